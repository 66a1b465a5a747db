import { dateStampElement } from './date-stamp.js';
import { type DomElement, type HtmlDocument, inlineText } from './dom.js';

/**
 * Takes the byline ("By Jane Okafor, Transport Correspondent") and the stand-alone date stamp out of a
 * page, so that they do not open the article's text: the metadata holds both. (Readability does this
 * only when the page has no author meta tag.) Short elements only; a date inside a sentence ("on
 * <time>Monday</time>") stays, and so does a dateline ("CHONGQING —"), which is part of the story.
 */

const BYLINE = /byline|author|writtenby|p-author/i;
const MAX_BYLINE_LENGTH = 100;

/** Removes them; returns the author's name as the first byline gives it. */
export function removeBylines(document: HtmlDocument): string | undefined {
  const body = document.body;
  if (!body) return undefined;
  let author: string | undefined;
  for (const element of Array.from(body.querySelectorAll('[class], [id], [rel], [itemprop]'))) {
    if (!isByline(element)) continue;
    const name = element.querySelector('[rel="author"], [itemprop~="name"]') ?? element;
    author ??= inlineText(name).replace(/^by\s+/i, '') || undefined;
    element.remove();
  }
  for (const time of Array.from(body.querySelectorAll('time'))) dateStampElement(time)?.remove();
  return author;
}

function isByline(element: DomElement): boolean {
  const tag = element.localName.toLowerCase();
  if (tag === 'body' || tag === 'article' || tag === 'main' || tag === 'html') return false;
  const marks = [element.getAttribute('class'), element.getAttribute('id'), element.getAttribute('itemprop')];
  const marked = element.getAttribute('rel') === 'author' || marks.some((mark) => mark && BYLINE.test(mark));
  const length = inlineText(element).length;
  return marked && length > 0 && length < MAX_BYLINE_LENGTH;
}
