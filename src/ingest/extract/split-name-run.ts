import { EVENT_FIRST_HEADS, ORGANISATION_HEADS, PLACE_FIRST_HEADS, TITLES } from './name-words.js';
import { type Word, withoutPossessive } from './words.js';

/**
 * "Huawei and Chongqing" is two names, "Ministry of Industry and Information Technology" one: a run is cut at
 * "and" unless a head word before it governs what follows, and at "of" unless a head or title comes before.
 */
export function splitRun(words: readonly Word[], first: number, last: number): Array<[number, number]> {
  for (let k = first + 1; k < last; k++) {
    const lower = (words[k] as Word).lower;
    if (lower !== 'and' && lower !== 'of' && lower !== '&') continue;
    if (governedByHead(words, first, k, last)) continue;
    return [...trimEnds(words, first, k - 1), ...splitRun(words, k + 1, last)];
  }
  return trimEnds(words, first, last);
}

function governedByHead(words: readonly Word[], first: number, at: number, last: number): boolean {
  const lastWord = withoutPossessive((words[last] as Word).lower);
  const joiner = (words[at] as Word).lower;
  const next = words[at + 1]?.lower ?? '';
  for (let k = first; k < at; k++) {
    const lower = (words[k] as Word).lower;
    // "Ministry of Science and Technology": the "and" inside the head's "of" or "for" complement.
    const complement = words.slice(k + 1, at).map((w) => w.lower);
    if (ORGANISATION_HEADS.has(lower) && (joiner === 'of' || isFirstAndOfComplement(complement))) return true;
    // "Senior Vice President of Huawei and President of China Region" is one role, but "Prime Minister David
    // Cameron and US President Barack Obama" two people.
    if (TITLES.has(lower) && (joiner === 'of' || TITLES.has(next))) return true;
    if (joiner === 'of' && (PLACE_FIRST_HEADS.has(lower) || EVENT_FIRST_HEADS.has(lower))) return true;
  }
  // "National Development and Reform Commission": the head comes last.
  return joiner !== 'of' && ORGANISATION_HEADS.has(lastWord);
}

function isFirstAndOfComplement(between: readonly string[]): boolean {
  return (between[0] === 'of' || between[0] === 'for') && !between.includes('and');
}

/** Drops joiners left at either end after a cut. */
function trimEnds(words: readonly Word[], first: number, last: number): Array<[number, number]> {
  let a = first;
  let b = last;
  while (a <= b && !(words[a] as Word).capitalised && !/^\d+(?:st|nd|rd|th)$/.test((words[a] as Word).text))
    a++;
  while (b >= a && !(words[b] as Word).capitalised) b--;
  return a <= b ? [[a, b]] : [];
}
