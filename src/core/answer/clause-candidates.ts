import type { Token } from '../text/tokenize.js';
import type { QuestionAnalysis } from './analyze-question.js';
import { type Candidate, kindFit } from './candidate.js';
import type { RankedSentence } from './rank-sentences.js';
import { echoesQuestion, matchedPositions, proximity } from './sentence-candidates.js';
import { sliceText } from './spans.js';

/**
 * Answers to "what", "why" and "how" questions: the part of a sentence that the question's own words
 * leave open — after a reason cue for "why", after a means cue for "how", otherwise the clause beside
 * the matched words.
 */
export function clauseCandidates(analysis: QuestionAnalysis, ranked: readonly RankedSentence[]): Candidate[] {
  const kind = clauseKind(analysis);
  if (!kind) return [];
  const candidates: Candidate[] = [];
  ranked.forEach(({ sentence, tokens }, rank) => {
    const { text } = sentence;
    const matched = matchedPositions(analysis, tokens);
    const spans = kind === 'clause' ? openSpans(tokens, text, matched) : cuedSpans(tokens, text, kind);
    // A "why" or "how" the sentence answers without a cue word ("Liu was jailed for picking quarrels") is
    // answered by the sentence itself, when it is short enough to read as an answer.
    if (kind !== 'clause' && tokens.length <= WHOLE_SENTENCE_WORDS)
      spans.push({ start: 0, end: tokens.length });
    for (const span of spans) {
      if (echoesQuestion(analysis, tokens, span)) continue;
      candidates.push({
        answer: sliceText(text, tokens, span),
        sentence: sentence.index,
        evidence: { keys: [sentence.keys], nearby: sentence.nearby },
        typeFit: kindFit(analysis.expected, kind),
        support: proximity(matched, span) * (rank === 0 ? 1 : 0.92),
        origin: kind === 'clause' ? 'clause' : 'cue',
        span,
        kind,
      });
    }
  });
  return candidates;
}

const WHOLE_SENTENCE_WORDS = 40;

function clauseKind(analysis: QuestionAnalysis): 'reason' | 'manner' | 'clause' | null {
  switch (analysis.expected) {
    case 'reason':
      return 'reason';
    case 'manner':
      return 'manner';
    case 'description':
    case 'entity':
    case 'list':
      return 'clause';
    default:
      return null;
  }
}

const REASON_CUES = [
  ['because', 'of'],
  ['because'],
  ['due', 'to'],
  ['owing', 'to'],
  ['thanks', 'to'],
  ['as', 'a', 'result', 'of'],
  ['in', 'view', 'of'],
  ['on', 'account', 'of'],
  ['in', 'order', 'to'],
  ['so', 'as', 'to'],
  ['amid'],
  ['since'],
];
const MANNER_CUES = [['through'], ['via'], ['by'], ['using'], ['with']];

function cuedSpans(tokens: readonly Token[], text: string, kind: 'reason' | 'manner') {
  const cues = kind === 'reason' ? REASON_CUES : MANNER_CUES;
  const spans: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const cue = cues.find((words) => words.every((w, j) => tokens[i + j]?.norm === w));
    if (!cue) continue;
    const start = i + cue.length;
    const end = clauseEnd(tokens, text, start, kind === 'manner' ? 8 : 14, kind === 'manner');
    if (end > start) spans.push({ start, end });
  }
  return spans;
}

/** Runs of words the question does not contain, next to words it does, cut at clause boundaries. */
function openSpans(tokens: readonly Token[], text: string, matched: ReadonlyArray<[number, number]>) {
  const isMatched = new Set(matched.map(([position]) => position));
  const spans: Array<{ start: number; end: number }> = [];
  let i = 0;
  while (i < tokens.length) {
    if (isMatched.has(i) || (tokens[i] as Token).isStopword) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < tokens.length && !isMatched.has(end) && !boundaryBetween(tokens, text, end - 1, end)) end++;
    while (end > i + 1 && (tokens[end - 1] as Token).isStopword) end--;
    if (end - i <= 14) spans.push({ start: i, end });
    i = end;
  }
  return spans;
}

function clauseEnd(
  tokens: readonly Token[],
  text: string,
  start: number,
  max: number,
  stopAtTo: boolean,
): number {
  let end = start;
  while (end < tokens.length && end - start < max) {
    if (end > start && boundaryBetween(tokens, text, end - 1, end)) break;
    const word = (tokens[end] as Token).norm;
    // "through online video [to discuss …]": the means ends where its purpose begins.
    if (end > start && (word === 'that' || (stopAtTo && word === 'to'))) break;
    end++;
  }
  while (end > start + 1 && (tokens[end - 1] as Token).isStopword) end--;
  return end;
}

/** Punctuation between two tokens that closes a clause. */
export function boundaryBetween(
  tokens: readonly Token[],
  text: string,
  left: number,
  right: number,
): boolean {
  const gap = text.slice((tokens[left] as Token).end, (tokens[right] as Token).start);
  return /[,;:()“”"!?—–]|\.\s|\s-\s/.test(gap);
}
