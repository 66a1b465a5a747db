import { IngestError } from '../article-input.js';

/**
 * Limits on a page's element tree, checked on the raw HTML before any parser builds it. An article page has
 * a few thousand elements nested a few dozen deep; 5,000 nested <div>s took seconds in the DOM and
 * Readability, and 8,400 nested tables exhausted the stack.
 */
export const MAX_HTML_ELEMENTS = 50_000;
export const MAX_HTML_DEPTH = 400;

/** Elements that never have content, so never nest (HTML's void elements). */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
/** Elements whose content is text, not tags: "a<b" in a script opens nothing. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const TAG_NAME = /^(\/?)([a-zA-Z][\w:-]*)/;

/** Throws an IngestError naming the page when its tree is larger or deeper than any article's. */
export function checkHtmlShape(origin: string, html: string): void {
  const { elements, deepest } = measureHtml(html);
  if (elements > MAX_HTML_ELEMENTS) {
    throw new IngestError(
      origin,
      `is not read: it has over ${MAX_HTML_ELEMENTS.toLocaleString('en')} HTML elements (an article page has a few thousand)`,
    );
  }
  if (deepest > MAX_HTML_DEPTH) {
    throw new IngestError(
      origin,
      `is not read: its HTML nests over ${MAX_HTML_DEPTH} elements deep (an article page nests a few dozen)`,
    );
  }
}

/**
 * Counts elements and the deepest nesting in one pass that reads each character a bounded number of times
 * (no regular expression runs to the end of the text from every "<"), and stops once a limit is passed.
 */
export function measureHtml(html: string): { elements: number; deepest: number } {
  let elements = 0;
  let depth = 0;
  let deepest = 0;
  let at = html.indexOf('<');
  let close = -1;
  while (at !== -1 && elements <= MAX_HTML_ELEMENTS && deepest <= MAX_HTML_DEPTH) {
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      if (end === -1) break;
      at = html.indexOf('<', end + 3);
      continue;
    }
    if (close <= at) close = html.indexOf('>', at + 1);
    if (close === -1) break;
    const next = html.indexOf('<', at + 1);
    // "a < b": another "<" before this one closes, so this one opens no tag.
    if (next !== -1 && next < close) {
      at = next;
      continue;
    }
    const tag = html.slice(at + 1, close);
    const name = TAG_NAME.exec(tag);
    let resume = close + 1;
    if (name?.[1]) depth = Math.max(0, depth - 1);
    else if (name?.[2]) {
      const element = name[2].toLowerCase();
      elements++;
      if (!tag.endsWith('/') && !VOID.has(element)) deepest = Math.max(deepest, ++depth);
      if (RAW_TEXT.has(element)) {
        const end = findClosing(html, element, resume);
        if (end === -1) break;
        resume = end;
      }
    }
    at = html.indexOf('<', resume);
  }
  return { elements, deepest };
}

/** Where `</name` starts after `from`, in any case; -1 when the element never closes. */
function findClosing(html: string, name: string, from: number): number {
  const pattern = new RegExp(`</${name}`, 'gi');
  pattern.lastIndex = from;
  return pattern.exec(html)?.index ?? -1;
}
