import { AUXILIARIES, FUNCTION_WORDS, SPEECH_VERBS, type Word } from './words.js';

/** What a count counts: "70 [major investment projects] were signed" — its words and its head noun. */
export interface CountedPhrase {
  text: string;
  /** The noun that names what is counted ("projects"; "enterprises and institutions" for two). */
  head: string;
  /** Index of the word after the phrase. */
  next: number;
  end: number;
}

const IRREGULAR_PLURALS = new Set(
  `people men women children police staff personnel cattle sheep fish deer feet teeth mice geese crew media
data criteria phenomena youth clergy livestock offspring aircraft`.split(/\s+/),
);

/** Nouns that do not name a thing counted: "three times", "two of them". */
const NOT_COUNTED = new Set(['times', 'percent', 'per', 'cent', 'points', 'apiece', 'each', 'or', 'others']);

const MAX_WORDS = 6;

export function isPluralNoun(lower: string): boolean {
  if (IRREGULAR_PLURALS.has(lower)) return true;
  return lower.length > 3 && lower.endsWith('s') && !/(?:ss|us|is|ous|'s|’s)$/.test(lower);
}

/**
 * The noun phrase after a number, up to its plural head noun and any noun coordinated with it
 * ("100 [enterprises and scientific research institutions] in …"). Undefined when no noun follows.
 */
export function countedPhrase(
  sentence: string,
  words: readonly Word[],
  from: number,
  singular: boolean,
): CountedPhrase | undefined {
  const first = words[from];
  if (!first || NOT_COUNTED.has(first.lower)) return undefined;
  const end = phraseEnd(sentence, words, from, singular);
  if (end === undefined) return undefined;
  let last = end;
  const heads = [words[end]?.lower ?? ''];
  // "enterprises and scientific research institutions": a second plural noun joined by "and".
  if (words[end + 1]?.lower === 'and' && joined(sentence, words, end, end + 1)) {
    const second = phraseEnd(sentence, words, end + 2, false);
    if (second !== undefined && isPluralNoun(words[second]?.lower ?? '')) {
      last = second;
      heads.push(words[second]?.lower ?? '');
    }
  }
  const lastWord = words[last] as Word;
  return {
    text: sentence.slice(first.start, lastWord.end),
    head: heads.join(' and '),
    next: last + 1,
    end: lastWord.end,
  };
}

/**
 * Index of the head noun of a phrase starting at `from`: its first plural noun within a few words; for a
 * count of one, the last word before a function word ("1 [new case] of …").
 */
function phraseEnd(
  sentence: string,
  words: readonly Word[],
  from: number,
  singular: boolean,
): number | undefined {
  let lastContent: number | undefined;
  const limit = Math.min(words.length, from + (singular ? 2 : MAX_WORDS));
  for (let i = from; i < limit; i++) {
    const word = words[i] as Word;
    if (i > from && !joined(sentence, words, i - 1, i)) break;
    if (word.isNumber || AUXILIARIES.has(word.lower) || SPEECH_VERBS.has(word.lower)) break;
    // "small and medium-sized enterprises": "and" between modifiers, before any noun was reached.
    if (word.lower === 'and' && lastContent !== undefined) continue;
    if (FUNCTION_WORDS.has(word.lower)) break;
    // "13 Chinese companies": a capitalised modifier, not a name ("3 Huawei Ascend processors").
    if (word.capitalised && (i > from + 1 || words[i + 1]?.capitalised !== false)) break;
    if (isPluralNoun(word.lower) && !singular) return i;
    lastContent = i;
  }
  return singular ? lastContent : undefined;
}

/** Nothing but white space (or a hyphen) between two words. */
function joined(sentence: string, words: readonly Word[], left: number, right: number): boolean {
  const a = words[left];
  const b = words[right];
  if (!a || !b) return false;
  const gap = sentence.slice(a.end, b.start);
  return /^[\s-]+$/.test(gap);
}
