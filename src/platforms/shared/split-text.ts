/**
 * Splitting text to fit a chat platform's per-field limits, at line and then word boundaries, so that no
 * word is cut unless it alone is longer than the limit. Pure; shared by the Slack and Discord renderers.
 */

/** What a renderer says last when a reply was too long to show whole. */
export const TRIMMED_MARKER = '…and more (trimmed)';

/** Splits a line into fragments; `limit` is the most characters one fragment may have. */
export type LineSplitter = (line: string, limit: number) => string[];

/**
 * Splits one line (no newlines) into fragments of at most `limit` characters at the `gap` between words
 * (runs of spaces unless told otherwise). Only a single word longer than the limit is cut.
 */
export function splitLine(line: string, limit: number, gap: RegExp = / +/): string[] {
  if (line.length <= limit) return [line];
  const words = line.split(gap).filter((w) => w.length > 0);
  const fragments: string[] = [];
  let current = '';
  for (const word of words) {
    if (current && current.length + 1 + word.length <= limit) {
      current += ` ${word}`;
      continue;
    }
    if (current) fragments.push(current);
    current = word;
    while (current.length > limit) {
      fragments.push(current.slice(0, limit));
      current = current.slice(limit);
    }
  }
  if (current) fragments.push(current);
  return fragments;
}

/** A line of marked-up text: its (already escaped) body and how each fragment is dressed (bullet, bold…). */
export interface TextLine {
  body: string;
  /** Dresses fragment `index` of the body; its overhead must not grow with the index. */
  wrap?: (fragment: string, index: number) => string;
  /** Characters `wrap` may add beyond `wrap('', 0)`, such as an escape it adds only to some fragments. */
  reserve?: number;
}

/** A line cut into dressed fragments of at most `limit` characters each. */
export function lineFragments(line: TextLine, limit: number, split: LineSplitter = splitLine): string[] {
  const wrap = line.wrap ?? ((s: string) => s);
  const room = limit - wrap('', 0).length - (line.reserve ?? 0);
  return split(line.body, Math.max(room, 1)).map((fragment, index) => wrap(fragment, index));
}

/** Packs lines into texts of at most `limit` characters, splitting at line, then word, boundaries. */
export function packTextLines(
  lines: readonly TextLine[],
  limit: number,
  split: LineSplitter = splitLine,
): string[] {
  const texts: string[] = [];
  let current = '';
  for (const line of lines) {
    for (const piece of lineFragments(line, limit, split)) {
      if (current && current.length + 1 + piece.length <= limit) {
        current += `\n${piece}`;
      } else {
        if (current) texts.push(current);
        current = piece;
      }
    }
  }
  if (current) texts.push(current);
  return texts;
}

/** Text cut to at most `limit` characters at a word boundary, with "…" when anything was cut. */
export function truncateAtWord(text: string, limit: number, split: LineSplitter = splitLine): string {
  if (text.length <= limit) return text;
  const [first = ''] = split(text.replace(/\s+/g, ' '), limit - 1);
  return `${first}…`;
}
