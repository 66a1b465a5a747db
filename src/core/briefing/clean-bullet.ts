import type { Brief } from '../brief.schema.js';
import { type BulletEntity, resolveReference } from './bullet-references.js';
import { balanceQuotes, quoteOpenAfter } from './clean-quotes.js';
import { type Stripped, stripLeading, stripResidue, stripUrls, tidy } from './clean-residue.js';

export type { BulletEntity } from './bullet-references.js';

/** What cleaning one sentence needs to know about its article. */
export interface BulletContext {
  /** The sentence's index in `sentences`. */
  index: number;
  /** Every sentence of the article, in order; those before `index` are what a "he" or "the company" points at. */
  sentences: readonly { text: string; paragraph: number }[];
  people: readonly BulletEntity[];
  organisations: readonly BulletEntity[];
  places: readonly BulletEntity[];
  url?: string | undefined;
  outlet?: string | undefined;
  author?: string | undefined;
}

/** Below this many words, what is left once furniture is cut out is not a sentence. */
const MIN_WORDS = 6;
/** How far back a quote may have opened and still run on into the sentence. */
const QUOTE_LOOKBACK = 40;
/** Wires whose name in a dateline or a "told CNN" is never what a bullet's "it" means. */
const WIRES =
  /^(?:CNN|Reuters|AP|AFP|UPI|Xinhua|Bloomberg|Associated Press|Agence France-Presse|Press Association)$/i;

/**
 * The brief's sentence `index` as a bullet — see `cleanSentence`. `text` replaces the sentence's own
 * words (a shortened form of it, say) while the brief still gives the context.
 */
export function cleanBullet(brief: Brief, index: number, text?: string): string | null {
  const sentence = text ?? brief.text.sentences[index]?.text;
  return sentence === undefined ? null : cleanSentence(sentence, bulletContext(brief, index));
}

export function bulletContext(brief: Brief, index: number): BulletContext {
  return {
    index,
    sentences: brief.text.sentences,
    people: brief.people,
    organisations: brief.organisations,
    places: brief.places,
    url: brief.url,
    outlet: brief.outlet,
    author: brief.author,
  };
}

/**
 * The sentence as a bullet, or null when it cannot be one. Only ever removes text, adds a closing
 * quotation mark, or puts a name from the brief in place of the word that pointed at it:
 *   1. a dateline, agency tag or byline at the start goes ("NEW YORK, March 23 (Reuters) -", "(CNN)");
 *   2. DailyMail headers, caption and link furniture go, anywhere ("PUBLISHED: …", "(pictured)");
 *   3. quotation marks are balanced: a quote that runs on is closed, a stray closing mark dropped;
 *   4. an opening "He", "It", "The company" becomes the name it means, or the sentence is refused;
 *   5. URLs go, with the "for more information, visit" that leads to them.
 * Null also when what is left after 1, 2 or 5 is under six words.
 */
export function cleanSentence(sentence: string, context: BulletContext): string | null {
  const current = context.sentences[context.index];
  const previous = context.sentences[context.index - 1];
  const residue = {
    outlet: context.outlet,
    author: context.author,
    url: context.url,
    opensParagraph: !previous || !current || previous.paragraph !== current.paragraph,
  };
  const steps: ((text: string) => Stripped | null)[] = [
    (text) => stripLeading(text, residue),
    stripResidue,
    (text) => stripLeading(text, residue),
    (text) => stripUrls(text, context.url),
  ];
  // One space between words: every pattern below then scans a run of spaces in one step.
  let text = sentence.trim().replace(/\s{2,}/g, ' ');
  let stripped = false;
  for (const step of steps) {
    const result = step(text);
    if (result === null) return null;
    text = result.text;
    stripped ||= result.stripped;
  }
  if (stripped) {
    text = endLike(tidy(text), sentence.trim());
    if (words(text) < MIN_WORDS) return null;
  }
  const openBefore = quoteRunsOn(context);
  text = balanceQuotes(text, openBefore);
  // The words of a quote that began in an earlier sentence are the speaker's: a "he" there is not ours to name.
  if (openBefore && !/^["“]/.test(text) && !/^["“]/.test(sentence.trim())) {
    return resolveReference(text, referenceContext(context)) === text ? text : null;
  }
  return /^["“‘']/.test(text) ? text : resolveReference(text, referenceContext(context));
}

function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** A cut that took the final full stop with it gives it back. */
function endLike(text: string, original: string): string {
  const end = /[.!?]["”’']?$/.exec(original)?.[0].charAt(0);
  return end && text && !/[.!?…]["”’']?$/.test(text) ? `${text}${end}` : text;
}

/** Whether a quote opened in the sentences before this one, in its paragraph, is still open. */
function quoteRunsOn(context: BulletContext): boolean {
  const paragraph = context.sentences[context.index]?.paragraph;
  const before: string[] = [];
  for (let i = context.index - 1; i >= Math.max(0, context.index - QUOTE_LOOKBACK); i--) {
    const sentence = context.sentences[i];
    if (!sentence || sentence.paragraph !== paragraph) break;
    before.unshift(sentence.text);
  }
  return quoteOpenAfter(before);
}

function referenceContext(context: BulletContext) {
  const outlet = context.outlet?.toLowerCase();
  return {
    index: context.index,
    sentences: context.sentences,
    people: context.people,
    organisations: context.organisations,
    places: context.places,
    excluded: (name: string) => WIRES.test(name) || name.toLowerCase() === outlet,
  };
}
