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
 * Reads what each date in a sentence is the date of. A date fronted before a comma ("On the 22nd, the
 * observatory continued…", "…that from July 1 to August 25, the city's…") belongs to the clause after it;
 * otherwise to its own clause ("will run out of money December 8"). The words from that clause's verb
 * describe the event; the words before the verb (or a verbless clause between) name its subject.
 *
 * The sentence is cut into clauses, and the walk from each clause to the next verb is worked out, once;
 * a date then reads only the clauses it touches, so a sentence costs about its length, not its length
 * times its dates.
 */
export function dateContextReader(sentence: string): (date: Span) => DateContext {
  const clauses = clausesOf(sentence);
  const walks = walksOf(clauses);
  return (date) => readDateContext(sentence, clauses, walks, date);
}

/** Where the walk over the clauses after a fronted date ends, and what it passed on the way. */
interface Walk {
  /** The first clause with a verb, else the last clause with words. */
  target?: Clause;
  /** The first verbless clause passed that is not a prepositional phrase. */
  subject?: Word[];
  /** The first verbless prepositional phrase passed. */
  adverbial?: Word[];
}

function readDateContext(sentence: string, clauses: Clause[], walks: Walk[], date: Span): DateContext {
  const index = firstClauseEndingAfter(clauses, date.start);
  const holding = clauses[index];
  if (!holding || holding.start > date.start) return {};
  const home = withoutDate(sentence, holding, date);
  let walk: Walk = { target: home };
  if (isFronted(sentence, home, date)) {
    let next = index + 1;
    // Clauses the date runs into ("March 3, | 2021, the…") are read without its words.
    const touched: Clause[] = [];
    for (; (clauses[next]?.start ?? date.end) < date.end; next++) {
      touched.push(withoutDate(sentence, clauses[next] as Clause, date));
    }
    walk = walkOver(touched, walks[next] ?? {});
    walk.target ??= home;
  }
  const target = walk.target as Clause;
  const { subject: subjectWords, adverbial } = walk;
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

/** The walk from each clause onwards, worked out from the last clause back. */
function walksOf(clauses: Clause[]): Walk[] {
  const walks: Walk[] = new Array(clauses.length + 1);
  walks[clauses.length] = {};
  for (let i = clauses.length - 1; i >= 0; i--) {
    walks[i] = walkOver([clauses[i] as Clause], walks[i + 1] as Walk);
  }
  return walks;
}

/** Walks over `clauses`, then goes on as `rest` does. */
function walkOver(clauses: Clause[], rest: Walk): Walk {
  const walk: Walk = {};
  for (const clause of clauses) {
    if (clause.words.length === 0) continue;
    walk.target = clause;
    if (clause.verb >= 0) return walk;
    if (PREPOSITION.test(clause.words[0]?.text ?? '')) walk.adverbial ??= clause.words;
    else walk.subject ??= clause.words;
  }
  const target = rest.target ?? walk.target;
  const subject = walk.subject ?? rest.subject;
  const adverbial = walk.adverbial ?? rest.adverbial;
  return {
    ...(target ? { target } : {}),
    ...(subject ? { subject } : {}),
    ...(adverbial ? { adverbial } : {}),
  };
}

/** The sentence's clauses, each with its words: one pass over the words and one over the breaks. */
function clausesOf(sentence: string): Clause[] {
  // Parenthetical asides ("(hereinafter referred to as the Smart Expo)") are neither subject nor event.
  const plain = sentence.replace(/\([^()]*\)/g, (aside) => ' '.repeat(aside.length));
  const words = wordsOf(plain);
  const clauses: Clause[] = [];
  let start = 0;
  let next = 0;
  for (const stop of [...plain.matchAll(CLAUSE_BREAK)].map((m) => m.index).concat(plain.length)) {
    const from = next;
    while (next < words.length && (words[next] as Word).end <= stop) next++;
    const inside = words.slice(from, next);
    clauses.push({ start, end: stop, words: inside, verb: firstVerb(sentence, inside) });
    start = stop + 1;
  }
  return clauses;
}

/** A clause without the date's own words, its verb found again if that changed them. */
function withoutDate(sentence: string, clause: Clause, date: Span): Clause {
  const words = clause.words.filter((word) => word.end <= date.start || word.start >= date.end);
  return words.length === clause.words.length
    ? clause
    : { ...clause, words, verb: firstVerb(sentence, words) };
}

function firstClauseEndingAfter(clauses: Clause[], offset: number): number {
  let low = 0;
  let high = clauses.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((clauses[middle] as Clause).end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function firstVerb(sentence: string, words: Word[]): number {
  return words.findIndex((_, i) => verbAt(sentence, words, i));
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
