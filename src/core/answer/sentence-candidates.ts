import type { Token } from '../text/tokenize.js';
import type { QuestionAnalysis } from './analyze-question.js';
import { type Candidate, kindFit } from './candidate.js';
import { tokensMatch } from './evidence.js';
import { nameMentions } from './name-mentions.js';
import { entitiesOf, type PreparedBrief } from './prepare-brief.js';
import type { RankedSentence } from './rank-sentences.js';
import { sliceText } from './spans.js';
import { findTypedSpans } from './typed-spans.js';

/** Answers read straight from the best sentences: typed values and named things. */
export function sentenceCandidates(
  analysis: QuestionAnalysis,
  prepared: PreparedBrief,
  ranked: readonly RankedSentence[],
): Candidate[] {
  const candidates: Candidate[] = [];
  ranked.forEach(({ sentence, tokens }, rank) => {
    const evidence = { keys: [sentence.keys], nearby: sentence.nearby };
    const matched = matchedPositions(analysis, tokens);
    const rankFactor = rank === 0 ? 1 : 0.92;
    const add = (answer: string, kind: string, span: { start: number; end: number }) => {
      let typeFit = kindFit(analysis.expected, kind);
      if (typeFit === 0 || echoesQuestion(analysis, tokens, span)) return;
      let counted: Candidate['counted'];
      if (analysis.counted && (kind === 'count' || kind === 'duration')) {
        counted = followedBy(tokens, span.start, analysis.counted) ? 'follows' : 'absent';
        if (counted === 'absent') typeFit *= 0.3;
      }
      const namesHead = namesTheHead(analysis, tokens, span);
      // "Which county …?": an answer that is itself a county ("Yunyang County") is the one asked for.
      if (namesHead) typeFit = Math.min(1, typeFit * 1.25);
      // "Edgar's sister": a possessive name modifies what the sentence is about; it is seldom the answer.
      if (/['’]s$/.test(answer)) typeFit *= 0.5;
      // "Who killed Harold II?" is not answered by "King Harold II": the asked-about name is not the answer.
      if (!namesHead && containsProperTerm(analysis, tokens, span)) typeFit *= 0.4;
      const closeness = proximity(matched, span);
      // "Which Singapore ministry": of the ministries named, the one carrying the question's name.
      const carriesName = namesHead && containsProperTerm(analysis, tokens, span);
      const support = (carriesName ? 1 : namesHead ? 0.5 + 0.5 * closeness : closeness) * rankFactor;
      candidates.push({
        answer,
        sentence: sentence.index,
        evidence,
        typeFit,
        support,
        origin: 'span',
        span,
        kind,
        ...(counted ? { counted } : {}),
      });
    };
    for (const typed of findTypedSpans(sentence.text)) {
      const span = tokenRange(tokens, typed.start, typed.end);
      if (span) add(typed.text, typed.kind, span);
    }
    for (const mention of nameMentions(tokens, entitiesOf(prepared.brief), sentence.text)) {
      add(mention.text, mention.kind, mention.span);
      // "Which processors …?": "Huawei Ascend series [processors]" — the name with the noun asked about.
      const end = headNounAfter(analysis, tokens, mention.span.end);
      if (end)
        add(sliceText(sentence.text, tokens, { start: mention.span.start, end }), 'entity', {
          start: mention.span.start,
          end,
        });
    }
  });
  return candidates;
}

/** The token positions covering characters [start, end) of the sentence, or null when none do. */
export function tokenRange(
  tokens: readonly Token[],
  start: number,
  end: number,
): { start: number; end: number } | null {
  const first = tokens.findIndex((t) => t.end > start);
  let last = first;
  while (last < tokens.length && (tokens[last] as Token).start < end) last++;
  return first === -1 || last === first ? null : { start: first, end: last };
}

/** Positions of sentence words that match the question, with the question word's weight. */
export function matchedPositions(
  analysis: QuestionAnalysis,
  tokens: readonly Token[],
): Array<[number, number]> {
  const positions: Array<[number, number]> = [];
  tokens.forEach((token, i) => {
    if (token.isStopword) return;
    for (const term of analysis.terms) {
      if (tokensMatch(term.token, token) > 0) {
        positions.push([i, term.weight]);
        return;
      }
    }
  });
  return positions;
}

/** Closeness of a span to the question's words in the sentence, rarer words counting more (0–1). */
export function proximity(
  matched: ReadonlyArray<[number, number]>,
  span: { start: number; end: number },
): number {
  let total = 0;
  let score = 0;
  for (const [position, weight] of matched) {
    const inside = position >= span.start && position < span.end;
    const distance = inside ? 0 : position < span.start ? span.start - position : position - span.end + 1;
    total += weight;
    score += weight / (1 + distance / 4);
  }
  return total === 0 ? 0.3 : score / total;
}

/** A span made only of the question's own words is no answer ("Who is Lu Yong?" → "Lu Yong"). */
export function echoesQuestion(
  analysis: QuestionAnalysis,
  tokens: readonly Token[],
  span: { start: number; end: number },
): boolean {
  const questionStems = new Set(analysis.tokens.map((t) => t.stem));
  for (let i = span.start; i < span.end; i++) {
    const token = tokens[i] as Token;
    if (!token.isStopword && !questionStems.has(token.stem)) return false;
  }
  return true;
}

/** The end of a head word of the question standing within three words after a name, if one does. */
function headNounAfter(
  analysis: QuestionAnalysis,
  tokens: readonly Token[],
  from: number,
): number | undefined {
  // Only for "which/what X" questions, where the head words are the noun asked about.
  const nounQuestion = analysis.expected === 'entity' || analysis.expected === 'list';
  const wanted = nounQuestion ? analysis.terms.filter((t) => t.role === 'head').map((t) => t.token.stem) : [];
  if (analysis.kindNoun) wanted.push(analysis.kindNoun.stem);
  if (wanted.length === 0) return undefined;
  for (let i = from; i < Math.min(tokens.length, from + 3); i++) {
    const token = tokens[i] as Token;
    if (wanted.includes(token.stem)) return i + 1;
    if (token.isStopword) return undefined;
  }
  return undefined;
}

function namesTheHead(
  analysis: QuestionAnalysis,
  tokens: readonly Token[],
  span: { start: number; end: number },
) {
  const wanted = analysis.terms.filter((t) => t.role === 'head').map((t) => t.token.stem);
  if (analysis.kindNoun) wanted.push(analysis.kindNoun.stem);
  for (let i = span.start; i < span.end; i++) if (wanted.includes((tokens[i] as Token).stem)) return true;
  return false;
}

/** The counted thing stands in the span or just after it: "70 [major investment projects]". */
function containsProperTerm(
  analysis: QuestionAnalysis,
  tokens: readonly Token[],
  span: { start: number; end: number },
) {
  const proper = analysis.terms.filter((t) => t.role === 'proper');
  return proper.some((term) => tokens.slice(span.start, span.end).some((t) => t.stem === term.token.stem));
}

function followedBy(tokens: readonly Token[], start: number, counted: Token): boolean {
  for (let i = start; i < Math.min(tokens.length, start + 6); i++) {
    if (tokensMatch(counted, tokens[i] as Token) > 0) return true;
  }
  return false;
}
