import { type ArticleInput, IngestError } from '../article-input.js';
import { whyNotEnglish } from './english-check.js';
import { words } from './normalize-text.js';

/**
 * Fewer words than this is not an article, whatever it came in: a headline, a teaser, an index or error
 * page. A brief of two words is one bullet that says nothing, so every input kind is held to it.
 */
export const MIN_ARTICLE_WORDS = 40;

export function checkNotEmpty(origin: string, text: string): void {
  if (!text.trim()) throw new IngestError(origin, 'is empty (only whitespace); give it the article text');
}

/** The checks every article's text passes, whatever it came from: not empty, long enough, English. */
export function checkArticleText(origin: string, text: string): void {
  checkNotEmpty(origin, text);
  // The language first: text in another script has few "words" to count, and its language is the news.
  const notEnglish = whyNotEnglish(text);
  if (notEnglish) throw new IngestError(origin, notEnglish);
  const count = words(text).length;
  if (count < MIN_ARTICLE_WORDS) {
    throw new IngestError(
      origin,
      `is too short to brief: ${count} word${count === 1 ? '' : 's'} (an article has at least ${MIN_ARTICLE_WORDS})`,
    );
  }
}

/** The input without the fields that came out undefined, so that it prints and compares cleanly. */
export function definedFields(input: ArticleInput): ArticleInput {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as ArticleInput;
}
