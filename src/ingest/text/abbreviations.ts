import { STOPWORDS } from '../../core/text/stopwords.js';

/**
 * What a full stop after a word means. News text is full of abbreviated titles, months and company
 * suffixes; each class needs a different test before the stop can end a sentence.
 */

/** Titles always stand before a name, so their stop never ends a sentence ("Dr. Lu", "Sen. Warren"). */
const TITLES = new Set(
  `Mr Mrs Ms Mx Dr Prof Sen Rep Gov Gen Lt Col Sgt Capt Cmdr Adm Maj Cpl Pvt Rev Hon Pres Insp Det Supt Fr
Messrs Mme Mlle vs v cf viz e.g i.e approx`.split(/\s+/),
);

/** Stand before a number: "Aug. 22", "No. 10", "Vol. 3". Before anything else they are ambiguous. */
const BEFORE_NUMBERS = new Set(
  'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec No Nos Vol Fig Art Sec Ch pp p Ex Nr'.split(' '),
);

/**
 * May end a sentence or sit inside one: "Apple Inc. said" / "shares in Apple Inc. The company…".
 * Such a stop ends the sentence only when a word that typically opens one follows.
 */
const AMBIGUOUS = new Set(
  'Inc Ltd Co Corp Bros Jr Sr St Ave Rd Blvd Mt Ft etc al plc Dept Univ Assn Est'.split(' '),
);

/** Dotted acronyms and times of day: "U.S", "U.K", "D.C", "a.m", "p.m". */
const DOTTED = /^(?:[A-Za-z]\.)+[A-Za-z]$/;

/** A single capital: an initial ("J. K. Rowling", "George W. Bush") far more often than a sentence end. */
const INITIAL = /^[A-Z]$/;

export type StopMeaning = 'abbreviation' | 'ambiguous' | 'before-number' | 'word';

/** Classifies the word written just before a full stop (without the stop). */
export function meaningOfStop(word: string): StopMeaning {
  if (TITLES.has(word)) return 'abbreviation';
  if (BEFORE_NUMBERS.has(word)) return 'before-number';
  if (AMBIGUOUS.has(word) || DOTTED.test(word) || INITIAL.test(word)) return 'ambiguous';
  return 'word';
}

/** Words that commonly open a sentence: function words ("The", "He", "But", "In") and a few adverbs. */
export function opensSentence(word: string): boolean {
  const lower = word.toLowerCase();
  return STOPWORDS.has(lower) || SENTENCE_OPENERS.has(lower);
}

const SENTENCE_OPENERS = new Set(
  `meanwhile however although though because despite since earlier later last next now still then thus
officials police authorities yesterday today tomorrow according many several some`.split(/\s+/),
);
