import { type ArticleInput, IngestError } from '../article-input.js';
import { whyNotEnglish } from './english-check.js';

export function checkNotEmpty(origin: string, text: string): void {
  if (!text.trim()) throw new IngestError(origin, 'is empty (only whitespace); give it the article text');
}

/** The checks every article's text passes, whatever it came from: not empty, English. */
export function checkArticleText(origin: string, text: string): void {
  checkNotEmpty(origin, text);
  const notEnglish = whyNotEnglish(text);
  if (notEnglish) throw new IngestError(origin, notEnglish);
}

/** The input without the fields that came out undefined, so that it prints and compares cleanly. */
export function definedFields(input: ArticleInput): ArticleInput {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as ArticleInput;
}
