export const MAX_HEADLINE = 90;

/**
 * The article's title as a headline of at most 90 characters: the whole title when it fits, else its
 * first sentence or clause that fits, else the title cut at a word with an ellipsis.
 */
export function makeHeadline(title: string): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (clean.length <= MAX_HEADLINE) return clean;
  for (const separator of [/(?<=[.!?])\s+/, /[;:]\s+|\s+[—–-]\s+/]) {
    const first = clean
      .split(separator)[0]
      ?.trim()
      .replace(/[.;:]$/, '');
    if (first && first.length >= 20 && first.length <= MAX_HEADLINE) return first;
  }
  const cut = clean.slice(0, MAX_HEADLINE - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${cut.slice(0, lastSpace > 40 ? lastSpace : cut.length).replace(/[,;:]$/, '')}…`;
}
