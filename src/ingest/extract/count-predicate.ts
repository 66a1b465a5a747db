import { isVerb } from '../text/verbs.js';
import { AUXILIARIES, FUNCTION_WORDS, SPEECH_VERBS, type Word } from './words.js';

/**
 * What a count with no noun after it counts: the verb before it ("the blast [killed] two") or the state
 * after it ("left five [missing]", "two were [arrested]"), so "how many are missing?" finds five, not two.
 */
export interface CountPredicate {
  /** The verb or state word: "killed", "missing", "arrested". */
  head: string;
  /** The head stands after the number. */
  after: boolean;
  start: number;
  end: number;
}

/** Words of a state people are counted in that are neither participles ("injured") nor -ing forms ("missing"). */
const STATE_ADJECTIVES = new Set(['dead', 'alive', 'hurt', 'homeless', 'unaccounted']);
/** Words with a participle's ending that introduce a phrase or name a thing, not a state. */
const NOT_STATES = new Set(['including', 'according', 'following', 'regarding', 'concerning', 'excluding']);
const MAX_AUXILIARIES = 3;

export function countPredicate(
  sentence: string,
  words: readonly Word[],
  valueStart: number,
  valueEnd: number,
): CountPredicate | undefined {
  const next = words.findIndex((word) => word.start >= valueEnd);
  const after = next === -1 ? undefined : predicateAfter(sentence, words, next, valueEnd);
  return after ?? verbBefore(sentence, words, next === -1 ? words.length : next, valueStart, valueEnd);
}

/** "five missing", "14 injured", "two died", "two were arrested", "three had been hurt". */
function predicateAfter(
  sentence: string,
  words: readonly Word[],
  next: number,
  valueEnd: number,
): CountPredicate | undefined {
  const word = words[next] as Word;
  if (!onlySpace(sentence, valueEnd, word.start)) return undefined;
  if (isState(word) && endsPhrase(sentence, words, next + 1, word.end)) return predicate(word, true);
  // "two died", "400 signed the letter": the number is the verb's subject.
  if (isVerbAfter(words, next)) return predicate(word, true);
  let i = next;
  while (i < next + MAX_AUXILIARIES && AUXILIARIES.has(words[i]?.lower ?? '')) i++;
  const verb = words[i];
  if (i === next || !verb || verb.capitalised || AUXILIARIES.has(verb.lower)) return undefined;
  if (!onlySpace(sentence, (words[i - 1] as Word).end, verb.start)) return undefined;
  return isVerb(verb.text, words[i - 1]?.text, false) || isState(verb) ? predicate(verb, true) : undefined;
}

/** "killed two and …", "arrested 14 in the raids": a verb right before a number that nothing follows. */
function verbBefore(
  sentence: string,
  words: readonly Word[],
  next: number,
  valueStart: number,
  valueEnd: number,
): CountPredicate | undefined {
  let i = next - 1;
  while (i >= 0 && (words[i] as Word).end > valueStart) i--;
  const verb = words[i];
  if (!verb || verb.capitalised || !onlySpace(sentence, verb.end, valueStart)) return undefined;
  if (AUXILIARIES.has(verb.lower) || SPEECH_VERBS.has(verb.lower)) return undefined;
  if (!isVerb(verb.text, words[i - 1]?.text, false)) return undefined;
  return endsPhrase(sentence, words, next, valueEnd) ? predicate(verb, false) : undefined;
}

function isVerbAfter(words: readonly Word[], at: number): boolean {
  const word = words[at] as Word;
  if (word.capitalised || AUXILIARIES.has(word.lower) || SPEECH_VERBS.has(word.lower)) return false;
  return isVerb(word.text, words[at - 1]?.text, false);
}

function isState(word: Word): boolean {
  if (word.capitalised || NOT_STATES.has(word.lower)) return false;
  return STATE_ADJECTIVES.has(word.lower) || /^[a-z]{3,}(?:ed|ing)$/.test(word.lower);
}

/** Nothing more of the phrase follows: the sentence ends, punctuation stands, or a function word starts anew. */
function endsPhrase(sentence: string, words: readonly Word[], next: number, from: number): boolean {
  const word = words[next];
  if (!word) return true;
  return !onlySpace(sentence, from, word.start) || FUNCTION_WORDS.has(word.lower);
}

function onlySpace(sentence: string, from: number, to: number): boolean {
  return sentence.slice(from, to).trim() === '';
}

function predicate(word: Word, after: boolean): CountPredicate {
  return { head: word.lower, after, start: word.start, end: word.end };
}
