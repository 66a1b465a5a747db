import { STOPWORDS } from '../../core/text/stopwords.js';
import type { Span } from './spans.js';

export interface Word extends Span {
  text: string;
}

export interface Name extends Span {
  text: string;
  words: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’&.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

/** The words of a sentence with their offsets (a trailing full stop is not part of a word). */
export function wordsOf(sentence: string): Word[] {
  return [...sentence.matchAll(WORD)].map((match) => {
    // A dotted acronym keeps its last stop: "U.S.", "D.C.".
    const text =
      /^(?:\p{L}\.)+\p{L}$/u.test(match[0]) && sentence[match.index + match[0].length] === '.'
        ? `${match[0]}.`
        : match[0];
    return { text, start: match.index, end: match.index + text.length };
  });
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// Asked once per word of the same sentence, so where its first word starts is kept between calls.
let lastSentence = '';
let lastFirstWord = -1;

/** Only punctuation (an opening quote, say) comes before this offset. */
export function startsSentence(sentence: string, offset: number): boolean {
  if (sentence !== lastSentence) {
    lastSentence = sentence;
    lastFirstWord = sentence.search(LETTER_OR_DIGIT);
  }
  return lastFirstWord === -1 || offset <= lastFirstWord;
}

/** Small words allowed inside a name when a capitalised word follows: "Ministry of Industry". */
const JOINERS = new Set(['of', 'for', 'de', 'the']);
const CAPITALISED = /^\p{Lu}/u;
const NUMBER_LEAD = /^\d+(?:st|nd|rd|th)?$/;

/**
 * Runs of capitalised words — "Chongqing Meteorological Observatory", "2022 Smart Expo", "Ministry of
 * Industry and Information Technology" stops at "and" — skipping words inside `exclude` (the date) and a
 * sentence-initial function word or participle ("The", "Launched").
 */
export function capitalisedNames(sentence: string, words: Word[], exclude: Span): Name[] {
  const names: Name[] = [];
  let run: Word[] = [];
  const close = () => {
    while (run.length > 0 && !CAPITALISED.test((run.at(-1) as Word).text)) run.pop();
    if (run.length > 0) {
      const start = (run[0] as Word).start;
      const end = (run.at(-1) as Word).end - (/['’]s$/.test((run.at(-1) as Word).text) ? 2 : 0);
      names.push({ start, end, text: sentence.slice(start, end), words: run.length });
    }
    run = [];
  };
  for (const [i, word] of words.entries()) {
    const inDate = word.start < exclude.end && word.end > exclude.start;
    const joined = run.length > 0 && /^\s+$/.test(sentence.slice((run.at(-1) as Word).end, word.start));
    if (!joined) close();
    if (inDate || !isNamePart(word, startsSentence(sentence, word.start), words[i + 1], run.length > 0))
      close();
    else run.push(word);
  }
  close();
  return names;
}

function isNamePart(word: Word, first: boolean, next: Word | undefined, inRun: boolean): boolean {
  if (CAPITALISED.test(word.text)) {
    if (!first) return true;
    return !STOPWORDS.has(word.text.toLowerCase()) && !/(?:ed|ing|ly)$/.test(word.text);
  }
  const nextCapitalised = next !== undefined && CAPITALISED.test(next.text);
  if (NUMBER_LEAD.test(word.text)) return !inRun && nextCapitalised;
  return inRun && JOINERS.has(word.text) && nextCapitalised;
}

/** The longest name, the nearest to `near` among equals. */
export function mainName(names: Name[], near: number): Name | undefined {
  let best: Name | undefined;
  for (const name of names) {
    const closer = best && Math.abs(name.start - near) < Math.abs(best.start - near);
    if (!best || name.words > best.words || (name.words === best.words && closer)) best = name;
  }
  return best;
}
