import { parseHtmlDocument } from '../../ingest/inputs/dom.js';
import { blockText } from '../../ingest/inputs/dom-text.js';
import { MAX_HTML_DEPTH, MAX_HTML_ELEMENTS, measureHtml } from '../../ingest/inputs/html-shape.js';
import { normalizeText } from '../../ingest/inputs/normalize-text.js';

/**
 * HTML from a feed → plain text with paragraphs separated by blank lines (the ingest's block reader:
 * scripts, styles, images and figure captions are dropped, entities decoded).
 */
export function htmlToText(html: string): string {
  // Plain text needs no DOM; most titles and many summaries are plain.
  if (!/[<&]/.test(html)) return html.replace(/\s+/g, ' ').trim();
  const { elements, deepest } = measureHtml(html);
  // A tree no article has (a feed is anyone's input) would take seconds to build: strip the tags instead.
  if (elements > MAX_HTML_ELEMENTS || deepest > MAX_HTML_DEPTH) {
    return html
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  }
  const body = parseHtmlDocument(html).body;
  return body ? normalizeText(blockText(body)) : '';
}

/** HTML → one line of text, as a title shows. */
export function htmlToLine(html: string): string {
  return htmlToText(html).replace(/\s+/g, ' ').trim();
}

/** Plain text → HTML: a <p> per blank-line-separated paragraph, single line breaks kept as <br>. */
export function textToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
