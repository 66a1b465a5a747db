import { startsSentence, type Word, wordsOf } from './names.js';
import { nounPhrase, phrase } from './phrases.js';
import type { Span } from './spans.js';
import { isVerb } from './verbs.js';

export interface DateContext {
  /** The noun phrase the date's clause is about, when there is one: "Chongqing Meteorological Observatory". */
  subject?: string;
  /** The few words that say what happened then: "joined hands with Huawei to build a cloud base". */
  description?: string;
}

interface Clause extends Span {
  words: Word[];
  /** Index in `words` of the first verb, or -1. */
  verb: number;
}

const CLAUSE_BREAK = /[,;:—–]|\s--?\s/g;
const SUBORDINATOR = /^(?:that|when|while|where|as|and|but|which|who)$/i;
const PREPOSITION =
  /^(?:at|in|on|during|after|before|amid|with|from|under|for|by|according|since|until|as)$/i;
const PRONOUN = /^(?:he|she|it|this|that|which|who)$/i;
const MAX_WORDS = 9;

/**
 * Reads what a date in a sentence is the date of. A date fronted before a comma ("On the 22nd, the
 * observatory continued…", "…that from July 1 to August 25, the city's…") belongs to the clause after it;
 * otherwise to its own clause ("will run out of money December 8"). The words from that clause's verb
 * describe the event; the words before the verb (or a verbless clause between) name its subject.
 */
export function readDateContext(sentence: string, date: Span): DateContext {
  const clauses = clausesOf(sentence, date);
  const home = clauses.find((clause) => clause.start <= date.start && date.start < clause.end);
  if (!home) return {};
  let target = home;
  let subjectWords: Word[] | undefined;
  let adverbial: Word[] | undefined;
  if (isFronted(sentence, home, date)) {
    for (const clause of clauses.slice(clauses.indexOf(home) + 1)) {
      target = clause;
      if (clause.verb >= 0) break;
      if (PREPOSITION.test(clause.words[0]?.text ?? '')) adverbial ??= clause.words;
      else subjectWords ??= clause.words;
    }
  }
  const verb = target.verb;
  const predicate = untilDate(verb >= 0 ? target.words.slice(verb) : target.words, date);
  // "…, Lu Yong, …, said." says little by itself; the adverbial it skipped says where.
  const described = predicate.length < 3 && adverbial ? [...predicate, ...adverbial] : predicate;
  const context: DateContext = {};
  const subject = nounPhrase(sentence, subjectWords ?? (verb > 0 ? target.words.slice(0, verb) : []));
  const description = phrase(sentence, described, MAX_WORDS, verb >= 0);
  if (subject) context.subject = subject;
  if (description) context.description = description;
  return context;
}

function clausesOf(sentence: string, date: Span): Clause[] {
  // Parenthetical asides ("(hereinafter referred to as the Smart Expo)") are neither subject nor event.
  const plain = sentence.replace(/\([^()]*\)/g, (aside) => ' '.repeat(aside.length));
  const words = wordsOf(plain).filter((word) => word.end <= date.start || word.start >= date.end);
  const clauses: Clause[] = [];
  let start = 0;
  for (const stop of [...plain.matchAll(CLAUSE_BREAK)].map((m) => m.index).concat(plain.length)) {
    const inside = words.filter((word) => word.start >= start && word.end <= stop);
    const holdsDate = date.start >= start && date.start < stop;
    if (holdsDate || inside.length > 0) {
      clauses.push({
        start,
        end: stop,
        words: inside,
        verb: inside.findIndex((_, i) => verbAt(sentence, inside, i)),
      });
    }
    start = stop + 1;
  }
  return clauses;
}

function verbAt(sentence: string, words: Word[], i: number): boolean {
  const word = words[i] as Word;
  const previous = words[i - 1]?.text;
  if (isVerb(word.text, previous, startsSentence(sentence, word.start))) return true;
  // Present tense after a name or pronoun: "Smart Expo focuses", "it adopts".
  return (
    /^[a-z]+[^s]s$/.test(word.text) &&
    previous !== undefined &&
    (/^\p{Lu}/u.test(previous) || PRONOUN.test(previous))
  );
}

/** Nothing but prepositions and nouns lead from the clause start (or "that") to the date, and nothing follows it. */
function isFronted(sentence: string, clause: Clause, date: Span): boolean {
  if (clause.words.some((word) => word.start >= date.end)) return false;
  const before = clause.words.filter((word) => word.end <= date.start);
  const from = before.findLastIndex((word) => SUBORDINATOR.test(word.text)) + 1;
  return !before.some((_, i) => i >= from && verbAt(sentence, before, i));
}

/** A date inside the predicate ends what it dates ("will run out of money | December 8 unless…"). */
function untilDate(words: Word[], date: Span): Word[] {
  const before = words.filter((word) => word.end <= date.start);
  return before.length >= 3 || before.length === words.length ? before : words;
}
