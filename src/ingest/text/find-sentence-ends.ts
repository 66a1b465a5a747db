import { STOPWORDS } from '../../core/text/stopwords.js';
import { meaningOfStop, opensSentence } from './abbreviations.js';
import { isSpace } from './spans.js';

/** Runs of terminal punctuation: ".", "?!", "...", "…", ". . .". */
const TERMINATORS = /(?:\.(?: ?\.){2}|…|[.!?]+)/g;
const CLOSERS = '"”’\')]';

/**
 * Offsets just past each sentence end inside body[start, end). A stop ends a sentence only when
 * whitespace and something that can open a sentence follow it — never a lower-case word (". on the
 * platform"), never after a title or an initial, and after an ambiguous abbreviation ("Inc.", "U.S.") only
 * when a typical sentence opener follows. Closing quotes (and a stray footnote digit after them) stay
 * with the sentence they close.
 *
 * The searches run over `body` cut at `end` (a cheap view, offsets unchanged): run over the whole body, a
 * search that finds nothing in this stretch would read on to the article's end, once per paragraph.
 */
export function findSentenceEnds(body: string, start: number, end: number): number[] {
  const ends: number[] = [];
  const within = body.slice(0, end);
  let sentenceStart = start;
  TERMINATORS.lastIndex = start;
  for (let match = TERMINATORS.exec(within); match; match = TERMINATORS.exec(within)) {
    const stop = match.index + match[0].length;
    const after = endOfClosers(body, stop, end);
    if (after >= end) break;
    if (!isSpace(body[after])) continue;
    const next = nextWord(body, after, end);
    if (isSentenceEnd(body, match[0], match.index, sentenceStart, next)) {
      ends.push(after);
      sentenceStart = next.start;
    }
  }
  for (const missing of findMissingStops(within, start)) ends.push(missing);
  ends.push(end);
  return ends.sort((a, b) => a - b);
}

/** Past any closing quotes or brackets; a digit or two right after a closing quote is a stray footnote. */
function endOfClosers(body: string, from: number, limit: number): number {
  let at = from;
  while (at < limit && CLOSERS.includes(body[at] as string)) at++;
  if (at > from) {
    let digits = at;
    while (digits < limit && digits - at < 2 && /\d/.test(body[digits] as string)) digits++;
    if (digits > at && (digits === limit || isSpace(body[digits]))) return digits;
  }
  return at;
}

interface NextWord {
  start: number;
  /** The first character of the word itself, past any opening quote or bracket. */
  initial: string;
  word: string;
}

const NEXT_WORD = /['"“‘([]*([\p{L}\p{N}][\p{L}\p{N}'’-]*)?/uy;

function nextWord(body: string, from: number, limit: number): NextWord {
  let start = from;
  while (start < limit && isSpace(body[start])) start++;
  NEXT_WORD.lastIndex = start;
  const word = NEXT_WORD.exec(body)?.[1] ?? '';
  return { start, initial: word.charAt(0) || (body[start] ?? ''), word };
}

function isSentenceEnd(
  body: string,
  terminator: string,
  at: number,
  sentenceStart: number,
  next: NextWord,
): boolean {
  if (/^\p{Ll}/u.test(next.initial)) return false;
  const opensNext = /^\p{Lu}/u.test(next.initial) && opensSentence(next.word);
  if (/[?!]/.test(terminator)) return true;
  // An ellipsis marks words left out far more often than the end of a sentence.
  if (terminator !== '.') return opensNext;
  const word = wordBefore(body, at);
  if (isListMarker(body, word, at, sentenceStart)) return false;
  switch (meaningOfStop(word)) {
    case 'abbreviation':
      return false;
    case 'before-number':
      return !/^\d/.test(next.initial) && opensNext;
    case 'ambiguous':
      return opensNext;
    default:
      return true;
  }
}

/** Longer than any abbreviation or list marker; a longer "word" before a stop is read only this far. */
const LONGEST_WORD_BEFORE = 64;

/** The word before a stop, without opening quotes or brackets and without closing quotes ("warmth’"). */
function wordBefore(body: string, at: number): string {
  const floor = Math.max(0, at - LONGEST_WORD_BEFORE);
  let start = at;
  while (start > floor && !isSpace(body[start - 1])) start--;
  return body
    .slice(start, at)
    .replace(/^['"“‘([]+/, '')
    .replace(/['"”’)\]]+$/, '');
}

/** "1." or "b." opening a line or sentence numbers an item; it does not end anything. */
function isListMarker(body: string, word: string, at: number, sentenceStart: number): boolean {
  if (!/^(?:\d{1,2}|[a-z]|[ivx]{1,4})$/i.test(word)) return false;
  // Read back from the marker, not on from the sentence's start: "1. 2. 3. …" stays linear.
  for (let i = at - word.length - 1; i >= sentenceStart; i--) {
    if (!isSpace(body[i])) return false;
  }
  return true;
}

/**
 * Photo captions pasted into the text (common in DailyMail copy) run into the next sentence with no stop:
 * "…than a colleague The cost of divorce…". A lower-case content word followed by a capitalised pronoun or
 * article and then a lower-case word marks the seam; inside a sentence such titles ("The Times") are
 * capitalised throughout.
 */
const SEAM = /\s(?:The|An|He|She|It|They|We|His|Her|Their|Its|This|These|Those|But|However)\s\p{Ll}/gu;
const WORD_BEFORE_SEAM = /(?:^|[\s$£€])([\p{Ll}\d][\p{L}\d%-]*)[’'")]?$/u;

function findMissingStops(body: string, start: number): number[] {
  const found: number[] = [];
  SEAM.lastIndex = start;
  for (let match = SEAM.exec(body); match; match = SEAM.exec(body)) {
    const before = WORD_BEFORE_SEAM.exec(body.slice(Math.max(start, match.index - 30), match.index));
    const word = before?.[1];
    if (word && !STOPWORDS.has(word.toLowerCase())) found.push(match.index);
  }
  return found;
}
