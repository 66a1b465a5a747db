/**
 * Article text as newsbrief stores it: LF line ends, no trailing spaces, at most one blank line between
 * paragraphs, no blank lines at either end. Everything else stays verbatim.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\f\v]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '')
    .replace(/\n+$/, '');
}

/** Words as a reader counts them: runs of letters and digits, with inner apostrophes or hyphens. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}
