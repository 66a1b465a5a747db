import { BoundedCache, LONGEST_CACHED_WORD } from '../bounded-cache.js';
import { normalizeWord } from './normalize-word.js';
import { stem } from './stem.js';
import { STOPWORDS } from './stopwords.js';
import { relatedKeys } from './wordnet.js';

/** A word or number of a text, with what it takes to match it against other texts. */
export interface Token {
  /** As written. */
  raw: string;
  /** Lower-cased, spelling-normalised ("centre" → "center", "organised" → "organized"). */
  norm: string;
  /** Porter stem of norm; numbers keep their digits. */
  stem: string;
  start: number;
  end: number;
  /** Written with a capital letter (or spelling out a known name). */
  capitalised: boolean;
  /** Part of a name the brief knows, however it was typed. */
  named?: boolean;
  isNumber: boolean;
  isStopword: boolean;
  /** stem plus the ids of the synonym groups it belongs to. */
  keys: readonly string[];
}

// Numbers with thousands separators, decimals, a percent sign or an ordinal ending, or words (apostrophes kept inside: "don't", "Huawei's").
const TOKEN_PATTERN = /\d+(?:[.,]\d+)*(?:%|st\b|nd\b|rd\b|th\b)?|[\p{L}\p{M}]+(?:['’][\p{L}]+)*/gu;

// Enough for every distinct word of a large library; past it the least recently used words are recomputed.
const WORD_CACHE_SIZE = 200_000;
const KEYS_CACHE = new BoundedCache<string, readonly string[]>(WORD_CACHE_SIZE, LONGEST_CACHED_WORD);

/**
 * A word's match keys: its stem, and the WordNet keys it shares with its synonyms and derivations
 * ("purchase" ~ "buy", "investment" ~ "invest"). WordNet replaced a hand-made list of synonym groups: on
 * the training questions the learned model did as well or better without the list.
 */
function keysOf(norm: string, stemmed: string): readonly string[] {
  let keys = KEYS_CACHE.get(norm);
  if (!keys) {
    keys = [...new Set([stemmed, ...relatedKeys(norm)])];
    KEYS_CACHE.set(norm, keys);
  }
  return keys;
}

/** Numbers are compared without separators, so "1,200" matches "1200". */
export function numberKey(raw: string): string {
  return raw.replace(/,(?=\d{3}\b)/g, '').replace(/(%|st|nd|rd|th)$/, '');
}

function isNumeric(raw: string): boolean {
  const first = raw.charCodeAt(0);
  return first >= 48 && first <= 57;
}

/**
 * The match keys of every word of a text, without building tokens: preparing a large library tokenises
 * every sentence once, and a million short-lived token objects would only feed the garbage collector.
 */
export function keysOfText(text: string): string[] {
  const keys: string[] = [];
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const raw = match[0];
    if (isNumeric(raw)) keys.push(numberKey(raw));
    else {
      const norm = normalizeWord(raw);
      for (const key of keysOf(norm, stemWord(norm))) keys.push(key);
    }
  }
  return keys;
}

/** Splits a text into tokens with offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const raw = match[0];
    const start = match.index;
    const isNumber = isNumeric(raw);
    const norm = isNumber ? numberKey(raw) : normalizeWord(raw);
    const stemmed = isNumber ? norm : stemWord(norm);
    tokens.push({
      raw,
      norm,
      stem: stemmed,
      start,
      end: start + raw.length,
      capitalised: !isNumber && /^\p{Lu}/u.test(raw),
      isNumber,
      isStopword: STOPWORDS.has(norm),
      keys: isNumber ? [norm] : keysOf(norm, stemmed),
    });
  }
  return tokens;
}

const STEM_CACHE = new BoundedCache<string, string>(WORD_CACHE_SIZE, LONGEST_CACHED_WORD);

export function stemWord(norm: string): string {
  return STEM_CACHE.getOrCompute(norm, stem);
}
