import type { FeedItem } from './feed-item.js';
import { htmlToText } from './html-text.js';

/**
 * Whether an item passes a feed's word filters: kept when no include word is given or any appears, and
 * dropped when any exclude word appears. Words match whole ("art" is not in "start"), in any case; a
 * word with spaces is a phrase.
 */
export function itemMatches(item: FeedItem, include: readonly string[], exclude: readonly string[]): boolean {
  const wanted = patterns(include);
  const unwanted = patterns(exclude);
  if (wanted.length === 0 && unwanted.length === 0) return true;
  const text = [item.title, item.summary, item.contentHtml ? htmlToText(item.contentHtml) : null]
    .filter((part) => part !== null)
    .join('\n')
    .toLowerCase();
  if (unwanted.some((pattern) => pattern.test(text))) return false;
  return wanted.length === 0 || wanted.some((pattern) => pattern.test(text));
}

function patterns(words: readonly string[]): RegExp[] {
  return words
    .map((word) => word.trim().toLowerCase())
    .filter((word) => word !== '')
    .map((word) => {
      const body = word
        .split(/\s+/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('\\s+');
      // Letters and digits on either side would make it part of a longer word.
      return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'u');
    });
}
