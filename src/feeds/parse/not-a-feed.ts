/**
 * The body is not a feed; the message says what it looked like instead, so whoever added the URL knows
 * what to fix (a web page's address rather than its feed's, a sitemap, an error page…).
 */
export class NotAFeedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotAFeedError';
  }
}

/** What a body that no feed parser could read looks like, as the end of "the URL returned …". */
export function describeBody(text: string): string {
  const start = skipProlog(text);
  if (!start) return 'an empty body';
  if (looksLikeHtml(start)) return 'an HTML page';
  if (start.startsWith('{') || start.startsWith('[')) return 'JSON';
  const root = /^<([\w:.-]+)/.exec(start)?.[1];
  if (root?.toLowerCase() === 'opml') return 'an OPML list of feeds (import it as OPML)';
  if (root) return `XML whose root element is <${root}>`;
  return `plain text beginning "${start.slice(0, 40).replace(/\s+/g, ' ')}"`;
}

export function looksLikeHtml(text: string): boolean {
  return /^<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(skipProlog(text));
}

/** The text after any leading whitespace, XML declaration, comments and processing instructions. */
export function skipProlog(text: string): string {
  return text.replace(/^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*/, '');
}
