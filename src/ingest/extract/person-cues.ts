import type { NameRun } from './name-runs.js';
import {
  CHINESE_SURNAMES,
  EVENT_HEADS,
  FIRST_NAMES,
  isDemonym,
  ORGANISATION_HEADS,
  PERSON_TITLES,
  PLACE_HEADS,
  ROLE_NOUNS,
  TITLES,
} from './name-words.js';
import { AUXILIARIES, FUNCTION_WORDS, SPEECH_VERBS, type Word } from './words.js';

/** What the words around a name say about the person it may name. */
export interface PersonCue {
  /** How sure: 3 a title or a role, 2 a speaker or a first name, 1 a weak hint. */
  weight: number;
  /** The name without a title written before it ("President Donald Trump" → "Donald Trump"). */
  name: string;
  role?: string;
  /** Where the role places the person: "Senior Vice President of Huawei" → Huawei. */
  roleSpan?: { start: number; end: number };
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady']);
const AGE_APPOSITION = /^,\s+\d{1,3},/;
const APPOSITION = /^,\s+((?:the |a |an |its |his |her )?[^,;:()“”"]{2,120}?)(?=,|\s+(?:said|says|told)\b)/;
/** A name after these is where something happens, not who speaks: "In Yunyang, officials said". */
const PLACE_PREPOSITIONS = new Set([
  'in',
  'at',
  'from',
  'near',
  'across',
  'to',
  'into',
  'throughout',
  'within',
  'outside',
  'inside',
  'on',
]);
const SAID_BEFORE = /(?:\b(?:said|says|added|told|explained|according to)|[,”"’]\s*said)\s+$/;

/** A title inside the run splits it: "Senate Majority Leader Mitch McConnell" → role + name. */
export function titleSplit(run: NameRun, words: readonly Word[]): PersonCue | undefined {
  for (let k = run.last - 1; k >= run.first; k--) {
    const lower = (words[k] as Word).lower;
    // "Actress Julia Louis-Dreyfus" at the start of a sentence: a job written with a capital.
    const roleFirst = k === run.first && ROLE_NOUNS.has(lower) && run.last - k >= 2;
    if (!PERSON_TITLES.has(lower) && !roleFirst) continue;
    const nameWords = words.slice(k + 1, run.last + 1);
    if (!nameWords.every((w) => w.capitalised && !isHead(w.lower)) || nameWords.length > 4) return undefined;
    // "Robert Earl Keen Jr": a first name before the title makes it part of the name.
    if (FIRST_NAMES.has((words[run.first] as Word).lower) && k > run.first) return undefined;
    const name = nameWords
      .map((w) => w.text)
      .join(' ')
      .replace(/['’]s$/, '');
    const roleWords = words.slice(run.first, k + 1);
    if (HONORIFICS.has(lower) && roleWords.length === 1) return { weight: 3, name };
    return { weight: 3, name, role: roleWords.map((w) => w.text).join(' ') };
  }
  return undefined;
}

function isHead(lower: string): boolean {
  return ORGANISATION_HEADS.has(lower) || EVENT_HEADS.has(lower) || PLACE_HEADS.has(lower);
}

/** Whether the run's words could be a person's name at all: a few capitalised words, no demonym alone. */
export function looksLikePersonName(run: NameRun, words: readonly Word[]): boolean {
  const count = run.last - run.first + 1;
  if (count > 4 || /\d/.test(run.text) || /\b(?:of|for|and|the)\b/.test(run.text)) return false;
  const first = (words[run.first] as Word).lower;
  if (count === 1 && (isDemonym(first) || TITLES.has(first))) return false;
  return !/^[A-Z]{2,}$/.test(run.text);
}

/** The cues around the run: a role before it, an apposition after it, a verb of saying. */
export function personCue(run: NameRun, sentence: string, words: readonly Word[]): PersonCue | undefined {
  const count = run.last - run.first + 1;
  const name = run.text;
  const before = words[run.first - 1];
  const next = words[run.last + 1];
  // "Adebayor's official Instagram account": a capitalised word before a noun modifies it.
  const modifier =
    count === 1 &&
    next !== undefined &&
    !next.capitalised &&
    !FUNCTION_WORDS.has(next.lower) &&
    /^\s+$/.test(sentence.slice(run.end, next.start));
  if (
    before &&
    !before.capitalised &&
    !modifier &&
    ROLE_NOUNS.has(before.lower.replace(/^(?:vice|deputy|co)-/, ''))
  ) {
    return { weight: 3, name, role: before.text };
  }
  const firstLower = (words[run.first] as Word).lower;
  if (before && PLACE_PREPOSITIONS.has(before.lower)) {
    return count >= 2 && FIRST_NAMES.has(firstLower) ? { weight: 2, name } : undefined;
  }
  let after = sentence.slice(run.end);
  if (/^['’]s\b/.test(after)) after = '';
  const age = AGE_APPOSITION.exec(after);
  if (age) after = after.slice(age[0].length - 1);
  const apposition = APPOSITION.exec(after);
  const rest = apposition ? after.slice(apposition[0].length).replace(/^,/, '') : after;
  const speaks = saysNext(rest) || SAID_BEFORE.test(sentence.slice(0, run.start));
  if (apposition?.[1] && describesPerson(apposition[1]) && (isRole(apposition[1]) || speaks)) {
    const start = run.end + (age ? age[0].length - 1 : 0) + apposition[0].indexOf(apposition[1]);
    const role = apposition[1].replace(/^(?:the|a|an) /, '');
    return { weight: 3, name, role, roleSpan: { start, end: start + apposition[1].length } };
  }
  if (age) return { weight: 3, name };
  if (speaks && count >= 2) return { weight: 2, name };
  if (count >= 2 && FIRST_NAMES.has(firstLower)) return { weight: 2, name };
  if (
    count === 2 &&
    CHINESE_SURNAMES.has(firstLower) &&
    /^[A-Z][a-z]{1,8}$/.test(words[run.last]?.text ?? '')
  )
    return { weight: speaks ? 2 : 1.5, name };
  if (speaks) return { weight: 1, name };
  return undefined;
}

/** "said", "has said", "told reporters": the run is the one speaking. */
function saysNext(text: string): boolean {
  const words = text
    .trimStart()
    .split(/\s+/, 3)
    .map((w) => w.toLowerCase().replace(/[^a-z’']/g, ''));
  const [first, second] = words;
  if (first && SPEECH_VERBS.has(first)) return true;
  return first !== undefined && AUXILIARIES.has(first) && second !== undefined && SPEECH_VERBS.has(second);
}

const ROLE_MODIFIERS = new Set(
  'former new current then acting interim senior vice deputy chief executive assistant associate longtime long-time retired late veteran'.split(
    ' ',
  ),
);

/**
 * An apposition that says who the person is: "Senior Vice President of Huawei", "the former Hearts boss",
 * "one of the three kite flyers" — not "in a major speech …" or "pictured campaigning this week".
 */
function describesPerson(text: string): boolean {
  const first = text.split(/\s+/)[0]?.toLowerCase() ?? '';
  if (
    /^(?:who|which|whose|that|where|when|seen|pictured|shown|left|right|above|below|centre|center)$/.test(
      first,
    )
  )
    return false;
  if (/(?:ing|ed)$/.test(first)) return false;
  return !FUNCTION_WORDS.has(first) || /^(?:the|a|an|his|her|its|their|one)$/.test(first);
}

/** An apposition naming a job: its first words are a job, a title or a name ("Huawei's CEO"). */
export function isRole(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => !/^(?:the|a|an|his|her|its|their)$/i.test(w));
  let i = 0;
  while (i < 2 && ROLE_MODIFIERS.has(words[i]?.toLowerCase() ?? '')) i++;
  const head = words[i] ?? '';
  const lower = head.toLowerCase().replace(/^(?:vice|deputy|co)-/, '');
  if (ROLE_NOUNS.has(lower) || PERSON_TITLES.has(lower)) return true;
  // "Arsenal defender", "Huawei's CEO", "Senior Vice President of Huawei".
  return (
    /^\p{Lu}/u.test(head) &&
    words.slice(i, i + 4).some((w) => ROLE_NOUNS.has(w.toLowerCase()) || TITLES.has(w.toLowerCase()))
  );
}
