import type { ArticleInput } from '../article-input.js';
import { normalizeText } from './normalize-text.js';
import { checkArticleText } from './text-checks.js';

/** Plain text → an article, as it is (normalised line ends and blank lines only). */
export function readPlainText(origin: string, text: string): ArticleInput {
  const body = normalizeText(text);
  checkArticleText(origin, body);
  return { origin, text: body };
}
