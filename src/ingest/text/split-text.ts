import { findParagraphs } from './find-paragraphs.js';
import { findSentenceEnds } from './find-sentence-ends.js';
import { type Span, trimSpan } from './spans.js';

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
    const span = trimSpan(body, from, stop);
    if (span) out.push({ paragraph, ...span, text: body.slice(span.start, span.end) });
    from = stop;
  }
  return from;
}
