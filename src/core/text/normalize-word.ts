import { BoundedCache, LONGEST_CACHED_WORD } from '../bounded-cache.js';

const BRITISH_TO_AMERICAN: ReadonlyArray<[RegExp, string]> = [
  [/^(\w{2,})tre(s?)$/, '$1ter$2'], // centre → center, metres → meters
  [/^(\w{3,})is(e|ed|es|ing|ation|ations|er|ers)$/, '$1iz$2'], // organised → organized
  [/^(\w{2,})our(s|ed|ing|ite|ites)?$/, '$1or$2'], // labour → labor, favourite → favorite
];

// Words as written ("Centre", "centre's"), as many as tokenize.ts keeps stems for; past that the least
// recently used are read again.
const SPELLING_CACHE = new BoundedCache<string, string>(200_000, LONGEST_CACHED_WORD);

/** Lower-cases a word, drops a possessive "'s" and folds British spellings into American ones. */
export function normalizeWord(word: string): string {
  const cached = SPELLING_CACHE.get(word);
  if (cached !== undefined) return cached;
  let norm = word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '');
  if (!/\d/.test(norm)) {
    for (const [pattern, replacement] of BRITISH_TO_AMERICAN) {
      if (pattern.test(norm)) {
        norm = norm.replace(pattern, replacement);
        break;
      }
    }
  }
  SPELLING_CACHE.set(word, norm);
  return norm;
}
