import { findParagraphs } from './find-paragraphs.js';
import { findSentenceEnds } from './find-sentence-ends.js';
import { isSpace, type Span, trimSpan } from './spans.js';

export interface SplitSentence {
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

export interface SplitText {
  paragraphs: Span[];
  sentences: SplitSentence[];
}

/**
 * The longest sentence kept whole. Written sentences stay far below it (the longest of 33,686 in the cased
 * training articles has 717 characters); a run-on past it is cut at its clause breaks, so reading any one
 * sentence has a bounded cost and an article costs about its length.
 */
export const MAX_SENTENCE_CHARS = 1_000;

/**
 * Splits an article body into paragraphs and sentences with exact offsets:
 * `body.slice(start, end) === text` for every sentence, trimmed of surrounding whitespace.
 */
export function splitText(body: string): SplitText {
  const { paragraphs, lineBreaks } = findParagraphs(body);
  const sentences: SplitSentence[] = [];
  let nextBreak = 0;
  paragraphs.forEach((paragraph, index) => {
    let start = paragraph.start;
    while (nextBreak < lineBreaks.length && (lineBreaks[nextBreak] as number) < paragraph.end) {
      const lineEnd = lineBreaks[nextBreak++] as number;
      if (lineEnd < start) continue;
      start = pushSentences(body, index, start, lineEnd, sentences);
    }
    pushSentences(body, index, start, paragraph.end, sentences);
  });
  return { paragraphs, sentences };
}

/** Adds the sentences of body[start, end) and returns where the text after them begins. */
function pushSentences(
  body: string,
  paragraph: number,
  start: number,
  end: number,
  out: SplitSentence[],
): number {
  let from = start;
  for (const stop of findSentenceEnds(body, start, end)) {
    for (const piece of piecesOf(body, from, stop)) {
      const span = trimSpan(body, piece.start, piece.end);
      if (span) out.push({ paragraph, ...span, text: body.slice(span.start, span.end) });
    }
    from = stop;
  }
  return from;
}

/** body[start, end) in pieces of at most MAX_SENTENCE_CHARS, each ending at a clause break if it can. */
function* piecesOf(body: string, start: number, end: number): Generator<Span> {
  let from = start;
  while (end - from > MAX_SENTENCE_CHARS) {
    const stop = breakBefore(body, from, from + MAX_SENTENCE_CHARS);
    yield { start: from, end: stop };
    from = stop;
  }
  yield { start: from, end };
}

const CLAUSE_BREAKS = ';:,—–';

/** Just past the last clause break in the second half of body[start, limit), else the last space, else limit. */
function breakBefore(body: string, start: number, limit: number): number {
  const floor = start + Math.floor((limit - start) / 2);
  let space = -1;
  for (let at = limit - 1; at > floor; at--) {
    const char = body[at] as string;
    if (CLAUSE_BREAKS.includes(char)) return at + 1;
    if (space === -1 && isSpace(char)) space = at;
  }
  return space === -1 ? limit : space;
}
