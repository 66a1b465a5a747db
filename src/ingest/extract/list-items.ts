import { isPluralNoun } from './counted-phrase.js';
import type { Segment } from './list-spans.js';
import { AUXILIARIES, DETERMINERS, FUNCTION_WORDS, SPEECH_VERBS, type Word, wordsOf } from './words.js';

/** One item of an enumeration, with its offsets in the sentence. */
export interface Item {
  text: string;
  start: number;
  end: number;
  words: number;
  /** Nothing but punctuation follows it in its segment. */
  reachesEnd?: boolean;
}

const MAX_ITEM_WORDS = 6;
const MAX_NAME_WORDS = 10;
const NAME_JOINERS = new Set(['of', 'for', 'and', 'the', 'de', 'on', '&']);
const CLAUSE_WORDS = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'when',
  'where',
  'while',
  'because',
  'if',
]);

/** "fighting against the Pechenegs", "especially": a verb's phrase or an adverb, not a thing listed. */
export function isNotAnItem(text: string): boolean {
  return (
    /^\p{L}+ing\s+(?:against|with|for|to|in|on|at|from|by|of|into)\b/iu.test(text) ||
    /^\p{L}+ly$/iu.test(text)
  );
}

function breaksItem(word: Word): boolean {
  return AUXILIARIES.has(word.lower) || SPEECH_VERBS.has(word.lower) || CLAUSE_WORDS.has(word.lower);
}

/** A joiner inside a name: "Ministry [of] Science [and] Technology". */
function joinsNames(words: readonly Word[], k: number): boolean {
  return (
    NAME_JOINERS.has((words[k] as Word).lower) && !!words[k - 1]?.capitalised && !!words[k + 1]?.capitalised
  );
}

function spaced(text: string, left: Word, right: Word): boolean {
  return /^\s+$/.test(text.slice(left.end, right.start));
}

/** A whole segment as a middle item: a short noun phrase ("the National Development and Reform Commission"). */
export function wholeItem(segment: Segment, names: boolean): Item | undefined {
  const words = wordsOf(segment.text);
  const first = words[0];
  const last = words.at(-1);
  if (!first || !last || /[:“”"‘’]/.test(segment.text.replace(/(\p{L})’(\p{L})/gu, '$1$2'))) return undefined;
  if (words.length > (names ? MAX_NAME_WORDS : MAX_ITEM_WORDS) || words.some(breaksItem)) return undefined;
  if (FUNCTION_WORDS.has(first.lower) && !DETERMINERS.has(first.lower)) return undefined;
  const head = DETERMINERS.has(first.lower) ? words[1] : first;
  if (!head || (names && !head.capitalised && !head.isNumber)) return undefined;
  if (names && words.some((w, k) => !w.capitalised && !w.isNumber && k > 0 && !joinsNames(words, k)))
    return undefined;
  return {
    text: segment.text.slice(first.start, last.end),
    start: segment.start + first.start,
    end: segment.start + last.end,
    words: words.length,
  };
}

/** The item that starts at `offset` of a segment, after its "and": up to a break or the segment's end. */
export function findItemAfter(segment: Segment, offset: number, names: boolean): Item | undefined {
  const words = wordsOf(segment.text).filter((w) => w.start >= offset);
  const max = names ? MAX_NAME_WORDS : MAX_ITEM_WORDS;
  let last = -1;
  for (let k = 0; k < words.length && k < max; k++) {
    const word = words[k] as Word;
    if (k > 0 && !spaced(segment.text, words[k - 1] as Word, word)) break;
    if (breaksItem(word)) break;
    const leadingDeterminer = k === 0 && DETERMINERS.has(word.lower);
    if (names && !word.capitalised && !word.isNumber && !leadingDeterminer && !joinsNames(words, k)) break;
    if (!names && FUNCTION_WORDS.has(word.lower) && !leadingDeterminer) break;
    // "husbands, wives and children [suffer]": a word after the plural noun is its verb.
    if (!names && k > 0 && (word.capitalised || isPluralNoun((words[k - 1] as Word).lower))) break;
    last = k;
  }
  const first = words[0];
  const end = words[last];
  if (!first || !end || (last === 0 && DETERMINERS.has(first.lower))) return undefined;
  const reachesEnd = /^[\s.!?”"’]*$/.test(segment.text.slice(end.end));
  return {
    text: segment.text.slice(first.start, end.end),
    start: segment.start + first.start,
    end: segment.start + end.end,
    words: last + 1,
    reachesEnd,
  };
}

/** The item that ends a segment, read backwards to the word that introduces it ("… aspects: [urban digital base]"). */
export function findItemBefore(segment: Segment, names: boolean, maxWords: number): Item | undefined {
  const words = wordsOf(segment.text);
  const lastWord = words.at(-1);
  if (!lastWord || segment.text.slice(lastWord.end).trim() !== '') return undefined;
  const max = names ? MAX_NAME_WORDS : Math.min(MAX_ITEM_WORDS, maxWords);
  let first = words.length;
  for (let k = words.length - 1; k >= 0 && words.length - k <= max; k--) {
    const word = words[k] as Word;
    const next = words[k + 1];
    if (next && !spaced(segment.text, word, next)) break;
    if (breaksItem(word)) break;
    if (FUNCTION_WORDS.has(word.lower) && !(names && joinsNames(words, k))) break;
    if (names && !word.capitalised && !word.isNumber && !joinsNames(words, k)) break;
    first = k;
  }
  const firstWord = words[first];
  if (!firstWord) return undefined;
  return {
    text: segment.text.slice(firstWord.start, lastWord.end),
    start: segment.start + firstWord.start,
    end: segment.start + lastWord.end,
    words: words.length - first,
  };
}
