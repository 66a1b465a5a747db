import type { Token } from '../text/tokenize.js';

/** A token range of a sentence as the sentence's own text, punctuation inside it kept. */
export function sliceText(
  text: string,
  tokens: readonly Token[],
  span: { start: number; end: number },
): string {
  const first = tokens[span.start];
  const last = tokens[span.end - 1];
  return first && last ? text.slice(first.start, last.end) : '';
}
