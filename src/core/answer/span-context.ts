import { type Token, tokenize } from '../text/tokenize.js';
import type { QuestionAnalysis } from './analyze-question.js';
import type { Candidate } from './candidate.js';
import { matchedPositions, tokenRange } from './sentence-candidates.js';

/** Where a candidate stands among the question's words in its sentence: the evidence a reader checks. */
export interface SpanContext {
  /** Share of the question's weight matched within four words before the answer (0–1). */
  left: number;
  /** The same after the answer. */
  right: number;
  /** Share of the answer's content words that are the question's own words. */
  inside: number;
  /** Words between the answer and the nearest question word (0 when it holds one). */
  distance: number;
  /** The answer's share of its sentence's words: a whole sentence answers nothing in particular. */
  share: number;
  /** Words between the answer and the nearest asked-about (head) word of the question. */
  headDistance: number;
  /** Share of the question's adjacent content-word pairs that stand adjacent in the sentence. */
  pairs: number;
}

/** A sentence read word by word, with the positions (and weights) of the question's words in it. */
export interface SentenceReading {
  tokens: readonly Token[];
  text: string;
  matched: ReadonlyArray<[number, number]>;
  /** Positions of the question's asked-about words. */
  heads: readonly number[];
  pairs: number;
}

/** Reads each sentence once per question, on demand: most candidates share a few sentences. */
export function sentenceReader(
  analysis: QuestionAnalysis,
  texts: readonly { text: string }[],
  known: ReadonlyMap<number, readonly Token[]>,
): (index: number) => SentenceReading | undefined {
  const read = new Map<number, SentenceReading>();
  return (index) => {
    let reading = read.get(index);
    const text = texts[index]?.text;
    if (!reading && text !== undefined) {
      const tokens = known.get(index) ?? tokenize(text);
      reading = {
        tokens,
        text,
        matched: matchedPositions(analysis, tokens),
        heads: headPositions(analysis, tokens),
        pairs: pairShare(analysis, tokens),
      };
      read.set(index, reading);
    }
    return reading;
  };
}

const WINDOW = 4;
/** No question word in the sentence at all: as far as a sentence goes. */
export const FAR = 40;

/** The span's context, or undefined when the candidate cannot be placed in its sentence's words. */
export function spanContext(
  analysis: QuestionAnalysis,
  candidate: Candidate,
  sentence: SentenceReading,
): SpanContext | undefined {
  const { tokens, text, matched, heads } = sentence;
  const span = candidate.span ?? locate(candidate.answer, tokens, text);
  if (!span) return undefined;
  const total = analysis.terms.reduce((sum, t) => sum + t.weight, 0) || 1;
  let left = 0;
  let right = 0;
  let distance = FAR;
  for (const [position, weight] of matched) {
    if (position >= span.start - WINDOW && position < span.start) left += weight;
    if (position >= span.end && position < span.end + WINDOW) right += weight;
    distance = Math.min(distance, gapTo(span, position));
  }
  let content = 0;
  let asked = 0;
  const askedPositions = new Set(matched.map(([p]) => p));
  for (let i = span.start; i < span.end; i++) {
    if ((tokens[i] as Token).isStopword) continue;
    content++;
    if (askedPositions.has(i)) asked++;
  }
  return {
    left: Math.min(1, left / total),
    right: Math.min(1, right / total),
    inside: content ? asked / content : 0,
    distance,
    share: tokens.length ? (span.end - span.start) / tokens.length : 1,
    headDistance: heads.reduce((d, p) => Math.min(d, gapTo(span, p)), FAR),
    pairs: sentence.pairs,
  };
}

function gapTo(span: { start: number; end: number }, position: number): number {
  return position < span.start ? span.start - position : position >= span.end ? position - span.end + 1 : 0;
}

function headPositions(analysis: QuestionAnalysis, tokens: readonly Token[]): number[] {
  const heads = new Set(analysis.terms.filter((t) => t.role === 'head').map((t) => t.token.stem));
  const positions: number[] = [];
  tokens.forEach((t, i) => {
    if (heads.has(t.stem)) positions.push(i);
  });
  return positions;
}

/** "[steam engines]" asked and "steam engines" written: a phrase of the question, not just its words. */
function pairShare(analysis: QuestionAnalysis, tokens: readonly Token[]): number {
  const stems = (ts: readonly Token[]) => ts.filter((t) => !t.isStopword).map((t) => t.stem);
  const asked = stems(analysis.tokens);
  if (asked.length < 2) return 0;
  const written = stems(tokens);
  const pairs = new Set<string>();
  for (let i = 1; i < written.length; i++) pairs.add(`${written[i - 1]} ${written[i]}`);
  let found = 0;
  for (let i = 1; i < asked.length; i++) if (pairs.has(`${asked[i - 1]} ${asked[i]}`)) found++;
  return found / (asked.length - 1);
}

/** A fact's value as written in its sentence ("212.1 billion yuan"), as token positions. */
function locate(answer: string, tokens: readonly Token[], text: string) {
  const at = text.indexOf(answer);
  return at === -1 ? undefined : (tokenRange(tokens, at, at + answer.length) ?? undefined);
}
