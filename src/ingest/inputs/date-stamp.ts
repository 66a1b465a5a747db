import { type DomElement, type HtmlDocument, inlineText } from './dom.js';
import { words } from './normalize-text.js';

/** Inline elements: a <time> inside one belongs to the block around it. */
const INLINE = new Set('a abbr b em i mark q small span strong sub sup time u'.split(' '));
/** Blocks of running text; a <time> outside any sits in a container (header, div) on its own. */
const TEXT_BLOCKS = new Set('p li td th dd dt blockquote figcaption h1 h2 h3 h4 h5 h6'.split(' '));
/** Words besides the date that a date stamp may carry ("Published on", "Last updated"). */
const MAX_STAMP_WORDS = 4;

/**
 * The page's publication date stamp: a <time datetime> marked as such (pubdate, itemprop datePublished),
 * else the first date stamp, preferring those in the <article>. A <time> inside a sentence ("the vote
 * was held on <time>Friday</time>.") dates an event, not the article.
 */
export function dateStampTime(document: HtmlDocument): string | undefined {
  const marked = document.querySelector('time[pubdate][datetime], time[itemprop~="datePublished"][datetime]');
  if (marked) return marked.getAttribute('datetime') ?? undefined;
  const times = [
    ...Array.from(document.querySelectorAll('article time[datetime]')),
    ...Array.from(document.querySelectorAll('time[datetime]')),
  ];
  return times.find((time) => dateStampElement(time))?.getAttribute('datetime') ?? undefined;
}

/**
 * What to remove to take a date stamp out of the text: the short block it stands in ("Published
 * 11 March 2024"), or the <time> itself when it stands in a container; null when it is part of a sentence.
 */
export function dateStampElement(time: DomElement): DomElement | null {
  let block = time.parentElement;
  while (block && INLINE.has(block.localName.toLowerCase())) block = block.parentElement;
  if (!block || !TEXT_BLOCKS.has(block.localName.toLowerCase())) return time;
  const text = inlineText(block);
  const rest = words(text.replace(inlineText(time), ' ')).length;
  return rest <= MAX_STAMP_WORDS && !/[.!?"”]$/.test(text) ? block : null;
}
