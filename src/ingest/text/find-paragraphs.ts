import { type Span, trimSpan } from './spans.js';

export interface ParagraphLayout {
  paragraphs: Span[];
  /** Offsets where a sentence must end although no punctuation says so (the end of a headline-like line). */
  lineBreaks: number[];
}

/** A line ends a sentence when it ends in terminal punctuation, possibly inside closing quotes. */
export const ENDS_SENTENCE = /[.!?…]['"”’)\]]*$/;
const ENDS_OPEN = /(?:[,;:\-–—(]|\b(?:and|or|but|of|the|a|an|to|in|on|at|for|with|by|from|that|as))$/i;
const STARTS_UPPER = /^[\p{Lu}\d"“‘'(]/u;
const LIST_ITEM = /^(?:\d{1,2}[.)]|[-•*▪●])\s/;

/**
 * Paragraphs are separated by blank lines. Single newlines need judgement: in hard-wrapped text they are
 * just spaces, but where each line is a paragraph (as in many web extracts) they separate paragraphs; and a
 * short line of its own — a byline, a dateline, a headline — is always a paragraph.
 */
export function findParagraphs(body: string): ParagraphLayout {
  const blocks = linesByBlock(body).map((block) =>
    block.map((span) => ({ ...span, text: body.slice(span.start, span.end) })),
  );
  const wrapped = isHardWrapped(blocks.map((block) => block.map((line) => line.text)));
  const width = blocks.flat().reduce((widest, line) => Math.max(widest, line.text.length), 0);
  const paragraphs: Span[] = [];
  const lineBreaks: number[] = [];
  for (const block of blocks) {
    const alone = block.map((line, i) =>
      standsAlone(block[i - 1]?.text, line.text, block[i + 1]?.text, wrapped),
    );
    let first = 0;
    for (let i = 0; i + 1 < block.length; i++) {
      const line = block[i] as Line;
      const next = (block[i + 1] as Line).text;
      if (alone[i] || alone[i + 1] || LIST_ITEM.test(next) || endsParagraph(line.text, next, wrapped)) {
        paragraphs.push({ start: (block[first] as Line).start, end: line.end });
        first = i + 1;
      } else if (i === first && isHeadlineLike(line.text, next) && line.text.length < width * 0.75) {
        lineBreaks.push(line.end);
      }
    }
    paragraphs.push({ start: (block[first] as Line).start, end: (block.at(-1) as Line).end });
  }
  return { paragraphs, lineBreaks };
}

interface Line extends Span {
  text: string;
}

/** Where each line is a paragraph, a line ending a sentence (or a heading) ends its paragraph. */
function endsParagraph(line: string, next: string, wrapped: boolean): boolean {
  if (wrapped || !STARTS_UPPER.test(next)) return false;
  return ENDS_SENTENCE.test(line) || isHeadlineLike(line, next);
}

/**
 * A short capitalised line without final punctuation that no sentence runs into or out of: a byline, a
 * dateline, a heading. (The short last line of a wrapped paragraph is not one.)
 */
function standsAlone(
  previous: string | undefined,
  line: string,
  next: string | undefined,
  wrapped: boolean,
): boolean {
  if (line.length > 50 || ENDS_SENTENCE.test(line) || ENDS_OPEN.test(line)) return false;
  if (!STARTS_UPPER.test(line) || line.split(/\s+/).length > 8) return false;
  if (next !== undefined && !STARTS_UPPER.test(next)) return false;
  if (next === undefined && wrapped) return false;
  if (previous === undefined) return true;
  return ENDS_SENTENCE.test(previous) || (!wrapped && !ENDS_OPEN.test(previous));
}

/** A line that reads as a heading or caption: no final punctuation, no dangling word, a capital after it. */
function isHeadlineLike(line: string, next: string): boolean {
  if (ENDS_SENTENCE.test(line) || ENDS_OPEN.test(line) || !STARTS_UPPER.test(next)) return false;
  return line.split(/\s+/).length <= 30;
}

/** Text is hard-wrapped when most of its line breaks fall inside sentences. */
function isHardWrapped(blocks: string[][]): boolean {
  let breaks = 0;
  let inside = 0;
  for (const block of blocks) {
    for (const line of block.slice(0, -1)) {
      breaks++;
      if (!ENDS_SENTENCE.test(line)) inside++;
    }
  }
  return breaks >= 2 && inside * 2 >= breaks;
}

/** Non-blank lines (trimmed offsets), grouped into blocks that blank lines separate. */
function linesByBlock(body: string): Span[][] {
  const blocks: Span[][] = [];
  let block: Span[] = [];
  let at = 0;
  while (at <= body.length) {
    const newline = body.indexOf('\n', at);
    const end = newline === -1 ? body.length : newline;
    const line = trimSpan(body, at, end);
    if (line) block.push(line);
    else if (block.length > 0) {
      blocks.push(block);
      block = [];
    }
    at = end + 1;
  }
  if (block.length > 0) blocks.push(block);
  return blocks;
}
