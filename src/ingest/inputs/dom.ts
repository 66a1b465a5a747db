import { parseHTML } from 'linkedom';

/**
 * The few DOM members the readers use, typed here because the project compiles without the DOM library
 * (linkedom's own types lean on it and come through as `any`).
 */
export interface DomNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  readonly localName: string;
  readonly parentElement: DomElement | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}

export interface HtmlDocument {
  readonly title: string;
  readonly body: DomElement | null;
  readonly documentElement: DomElement;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Parses a whole HTML page (or a fragment, which lands in its body). */
export function parseHtmlDocument(html: string): HtmlDocument {
  const { document } = parseHTML(
    /<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`,
  );
  return document as HtmlDocument;
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

/** An element's text with its whitespace collapsed, as a browser shows it on one line. */
export function inlineText(node: DomNode | null | undefined): string {
  return (node?.textContent ?? '').replace(/[\s\u00A0]+/g, ' ').trim();
}
