import { type DomElement, type DomNode, isElement, TEXT_NODE } from './dom.js';

/**
 * An element's text as paragraphs separated by blank lines: every block (paragraph, heading, list item,
 * quote, table row…) becomes a paragraph of its own, inline whitespace collapses as a browser collapses it,
 * and <br> keeps its line break. Scripts, forms, figures and captions are not article text and are dropped.
 */

const BLOCKS = new Set(
  `address article aside blockquote body dd details dialog div dl dt fieldset footer h1 h2 h3 h4 h5 h6 header
hgroup hr li main nav ol p section summary table tbody thead tfoot tr ul`.split(/\s+/),
);
const CELLS = new Set(['td', 'th']);
const SKIPPED = new Set(
  `script style noscript template iframe object embed svg canvas video audio picture img figure figcaption
button form input select textarea head`.split(/\s+/),
);

export function blockText(root: DomElement): string {
  const paragraphs: string[] = [];
  let line = '';
  const flush = () => {
    const text = line
      .replace(/ {2,}/g, ' ')
      .split('\n')
      .map((part) => part.trim())
      .join('\n')
      .replace(/^\n+|\n+$/g, '');
    if (text) paragraphs.push(text);
    line = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === TEXT_NODE) {
      line += (node.textContent ?? '').replace(/[ \t\n\r\f\u00A0]+/g, ' ');
      return;
    }
    if (!isElement(node)) return;
    const tag = node.localName.toLowerCase();
    if (SKIPPED.has(tag)) return;
    if (tag === 'br') {
      line += '\n';
      return;
    }
    if (tag === 'pre') {
      flush();
      const text = (node.textContent ?? '').replace(/^\n+|\s+$/g, '');
      if (text) paragraphs.push(text);
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
    else if (CELLS.has(tag)) line += ' ';
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}
