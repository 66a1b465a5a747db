import { ORGANISATION_HEADS } from './name-words.js';
import { splitRun } from './split-name-run.js';
import { FUNCTION_WORDS, isPossessive, MONTHS, WEEKDAYS, type Word, withoutPossessive } from './words.js';

/** A run of capitalised words that may be a name: "Ministry of Science and Technology", "Lu Yong". */
export interface NameRun {
  sentence: number;
  /** As written, without a final possessive ("Huawei’s" → "Huawei"). */
  text: string;
  start: number;
  end: number;
  /** Indexes of its first and last word. */
  first: number;
  last: number;
  /** It begins the sentence, where every word is capitalised. */
  initial: boolean;
  /** The whole run stands in quotation marks: a title or a theme (“Smart City”), not a name. */
  quoted: boolean;
}

/** Small words inside names: "Bank of England", "Rio de Janeiro", "Ludwig van Beethoven". */
const JOINERS = new Set([
  'of',
  'for',
  'and',
  'the',
  'de',
  'del',
  'da',
  'di',
  'du',
  'des',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'al',
  'el',
  'bin',
  'ibn',
  '&',
]);
/** Abbreviations whose full stop does not end a name: "Mr. Wang", "St. Louis". */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'prof',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'capt',
  'sgt',
  'mt',
  'ft',
]);
const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million billion dozens hundreds thousands millions'.split(
    ' ',
  ),
);
const OPEN_QUOTES = new Set(['“', '"', '‘', "'"]);
const CLOSE_QUOTES = new Set(['”', '"', '’', "'"]);

/**
 * The name runs of a sentence. `breaks` are offsets where a list item starts: "Zentrix, Movari and Quellon
 * Motors" holds three names, though "Movari and Quellon Motors" could be read as one.
 */
export function findNameRuns(
  sentence: string,
  words: readonly Word[],
  index: number,
  breaks: ReadonlySet<number> = new Set(),
): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < words.length) {
    if (!startsName(sentence, words, i)) {
      i++;
      continue;
    }
    let last = i;
    let j = i + 1;
    while (j < words.length && !breaks.has((words[j] as Word).start) && continues(sentence, words, last, j)) {
      const word = words[j] as Word;
      if (word.capitalised || word.isNumber) last = j;
      j++;
    }
    for (const [first, end] of splitRun(words, i, last))
      runs.push(makeRun(sentence, words, index, first, end));
    i = last + 1;
  }
  return runs;
}

function startsName(sentence: string, words: readonly Word[], i: number): boolean {
  const word = words[i] as Word;
  if (/^\d+(?:st|nd|rd|th)$/.test(word.text)) return words[i + 1]?.capitalised === true; // "21st Century …"
  if (!word.capitalised || WEEKDAYS.has(word.lower)) return false;
  // "The", "In", "However" open sentences and quotations; inside a sentence "Per Mertesacker" is a name.
  const previous = words[i - 1];
  const opensClause = !previous || /[“"‘'(:—.!?]/.test(sentence.slice(previous.end, word.start));
  if (FUNCTION_WORDS.has(word.lower) && (opensClause || word.lower === 'i' || word.lower === 'a'))
    return false;
  // A month starts a date, not a name; a lone capital is an initial ("D.C.") or a list letter.
  if (NUMBER_WORDS.has(word.lower) || MONTHS.has(word.lower) || word.text.length === 1) return false;
  // "Giving the Scottish Parliament …" at the start of a sentence: a verb, capitalised by position.
  return !(
    i === 0 &&
    /(?:ing|ly)$/.test(word.lower) &&
    words[i + 1] !== undefined &&
    !words[i + 1]?.capitalised
  );
}

/** Whether the word at `j` carries on the name whose last capitalised word is at `last`. */
function continues(sentence: string, words: readonly Word[], last: number, j: number): boolean {
  const previous = words[j - 1] as Word;
  const word = words[j] as Word;
  const gap = sentence.slice(previous.end, word.start);
  const spaced = /^\s+$/.test(gap) || (gap === '. ' && ABBREVIATIONS.has(previous.lower));
  if (!spaced) return false;
  if (isPossessive(previous.text) && j - 1 === last) {
    // "People’s Government" goes on; "Trump's Democratic rivals" does not.
    const head = withoutPossessive(word.lower);
    if (previous.lower !== 'people’s' && previous.lower !== "people's" && !ORGANISATION_HEADS.has(head))
      return false;
  }
  if (word.capitalised) {
    if (WEEKDAYS.has(word.lower) || FUNCTION_WORDS.has(word.lower) || NUMBER_WORDS.has(word.lower))
      return false;
    return !(MONTHS.has(word.lower) && words[j + 1]?.isNumber);
  }
  if (word.isNumber) return false;
  if (!JOINERS.has(word.lower)) return false;
  // A joiner needs a name after it ("of the" may stand together; "and the" starts another name).
  const next = words[j + 1];
  if (word.lower === 'and' && next?.lower === 'the') return false;
  if (next?.capitalised) return true;
  return next !== undefined && JOINERS.has(next.lower) && words[j + 2]?.capitalised === true;
}

function makeRun(
  sentence: string,
  words: readonly Word[],
  index: number,
  first: number,
  last: number,
): NameRun {
  const firstWord = words[first] as Word;
  const lastWord = words[last] as Word;
  const end = isPossessive(lastWord.text) ? lastWord.end - 2 : lastWord.end;
  const before = sentence.slice(0, firstWord.start).trim();
  return {
    sentence: index,
    text: sentence.slice(firstWord.start, end),
    start: firstWord.start,
    end,
    first,
    last,
    initial: before === '' || (before.length === 1 && OPEN_QUOTES.has(before)),
    quoted: OPEN_QUOTES.has(sentence[firstWord.start - 1] ?? '') && CLOSE_QUOTES.has(sentence[end] ?? ''),
  };
}
