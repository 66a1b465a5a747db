/** A stretch of the body: offsets of its first character and just past its last. */
export interface Span {
  start: number;
  end: number;
}

/** Whitespace, including the zero-width spaces and byte-order marks that web copy leaves behind. */
export const SPACE = /[\s\u200b\ufeff]/;

export function isSpace(char: string | undefined): boolean {
  return char !== undefined && SPACE.test(char);
}

/** body[start, end) without surrounding whitespace; undefined when nothing else is left. */
export function trimSpan(body: string, start: number, end: number): Span | undefined {
  let s = start;
  let e = end;
  while (s < e && isSpace(body[s])) s++;
  while (e > s && isSpace(body[e - 1])) e--;
  return s < e ? { start: s, end: e } : undefined;
}
