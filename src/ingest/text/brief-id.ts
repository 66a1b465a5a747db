import { STOPWORDS } from '../../core/text/stopwords.js';

const MAX_WORDS = 6;
const MAX_SLUG = 60;

/**
 * The id of an article's brief: its publication date and a slug of its title, "2022-08-22-smart-expo-…".
 * It depends on nothing else, so ingesting the same article again gives the same id (and overwrites).
 * Throws a RangeError when `published` does not start with a YYYY-MM-DD date.
 */
export function briefIdFor(published: string, title: string): string {
  const date = /^\d{4}-\d{2}-\d{2}/.exec(published.trim())?.[0];
  if (!date) throw new RangeError(`published must start with a YYYY-MM-DD date, got "${published}"`);
  return `${date}-${slugOf(title)}`;
}

/** Lower-case ASCII content words of a title; a hash of it when none are left (a title in another script). */
export function slugOf(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’](?:s\b)?/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 1 && !STOPWORDS.has(word));
  let slug = '';
  for (const word of words.slice(0, MAX_WORDS)) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG) {
      slug ||= word.slice(0, MAX_SLUG);
      break;
    }
    slug = next;
  }
  return slug || `article-${hashOf(title)}`;
}

/** FNV-1a: short, stable across runs and platforms. */
function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
