import { nounClasses } from '../text/wordnet.js';
import {
  type EntityKind,
  findReference,
  kindOfNoun,
  type Reference,
  STOP_WORDS,
  singularOf,
} from './bullet-openings.js';
import { escapeRegExp } from './clean-residue.js';

/**
 * A bullet stands alone, so it may not open with a word that points back into the article: "He said…",
 * "The company said…", "It was…". Such an opening is replaced by the name it points to — the person,
 * organisation or place the brief lists as mentioned just before — or, when no one name fits for sure,
 * the sentence cannot be a bullet. Which nouns name a kind of entity ("striker", "company", "city")
 * comes from WordNet's noun classes, not from a word list.
 */

export interface BulletEntity {
  name: string;
  aliases?: readonly string[] | undefined;
  /** Sentences that mention it. */
  sentences: readonly number[];
  /** A person's title or job as the article gives it. */
  role?: string | undefined;
  /** An organisation's kind: company, government body, … */
  kind?: string | undefined;
}

export interface ReferenceContext {
  index: number;
  /** Every sentence of the article; references point at those before `index`. */
  sentences: readonly { text: string }[];
  people: readonly BulletEntity[];
  organisations: readonly BulletEntity[];
  places: readonly BulletEntity[];
  /** The outlet and the wires never are what "it" or "the company" means ("… told CNN."). */
  excluded: (name: string) => boolean;
}

/**
 * The bullet with its opening reference replaced by a name; the bullet itself when it opens with none
 * (or with quoted words, which are the speaker's); null when the reference cannot be resolved for sure.
 */
export function resolveReference(text: string, context: ReferenceContext): string | null {
  const found = findReference(text);
  if (found === 'none') return text;
  if (found === 'dangling') return null;
  const entity = antecedent(found, text.slice(found.span.length), context);
  if (!entity) return null;
  // The name as the sentence pointed at calls it: "Craddock" there, not a longer form merged from elsewhere.
  const named = surfaceName(
    entity,
    context.sentences[lastMentionBefore(entity, context)]?.text ?? '',
    found.kind,
    context,
  );
  const name = found.possessive ? possessive(named, context.sentences) : named;
  return name + text.slice(found.span.length);
}

/** The one entity the reference can mean, or undefined. */
function antecedent(ref: Reference, rest: string, context: ReferenceContext): BulletEntity | undefined {
  const pool = entitiesOf(ref.kind, context);
  const found =
    ref.head !== undefined
      ? describedEntity(ref, pool, context)
      : ref.pronoun === 'it'
        ? subjectOfPrevious(pool, context)
        : personBefore(ref.pronoun === 'she' ? 'she' : 'he', pool, context);
  // "He told Mourinho…" is not Mourinho: a name the rest of the sentence uses is someone else's.
  return found && !namedIn(rest, namesOf(found, context)) ? found : undefined;
}

function entitiesOf(kind: EntityKind, context: ReferenceContext): BulletEntity[] {
  const all =
    kind === 'person' ? context.people : kind === 'organisation' ? context.organisations : context.places;
  return all.filter((e) => !context.excluded(e.name));
}

/** The names a sentence may call an entity by: its name, its aliases, a person's surname. */
function namesOf(entity: BulletEntity, context: ReferenceContext): string[] {
  const names = [entity.name, ...(entity.aliases ?? [])];
  const surname = /\s(\p{Lu}[\p{L}'’-]{2,})$/u.exec(entity.name)?.[1];
  if (surname && context.people.includes(entity)) names.push(surname);
  return names;
}

function surfaceName(
  entity: BulletEntity,
  sentence: string,
  kind: EntityKind,
  context: ReferenceContext,
): string {
  const found = namesOf(entity, context).filter((name) => namedIn(sentence, [name]));
  const name = found.sort((a, b) => b.length - a.length)[0] ?? entity.name;
  // "The Investigative Committee of …": the article's own "the" before an organisation's name stays.
  const the = new RegExp(`(?:^|[\\s(])(?:the|The)\\s+${escapeRegExp(name)}(?![\\p{L}])`, 'u');
  return kind !== 'person' && !/^The\s/.test(name) && the.test(sentence) ? `The ${name}` : name;
}

function namedIn(text: string, names: readonly string[]): boolean {
  return names.some((name) => new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'u').test(text));
}

function mentionedIn(entity: BulletEntity, index: number, context: ReferenceContext): boolean {
  return (
    entity.sentences.includes(index) &&
    namedIn(context.sentences[index]?.text ?? '', namesOf(entity, context))
  );
}

/** The last sentence before this one that names the entity (-1: none); the latest is checked first. */
function lastMentionBefore(entity: BulletEntity, context: ReferenceContext): number {
  const before = entity.sentences.filter((s) => s < context.index).sort((a, b) => b - a);
  return before.find((s) => mentionedIn(entity, s, context)) ?? -1;
}

/** How far back a description may find the entity an earlier sentence tied its noun to. */
const TIE_DISTANCE = 5;

/**
 * "The striker", "The company": the most recently mentioned entity the article ties that noun to (its
 * role, "striker Papiss Cisse", "Cedric Alexander, the public safety director"), a few sentences back at
 * most — for a place, the last place named. An organisation may also be the one that opens one of the
 * last two sentences, when its kind allows the noun ("the party" for a political party).
 */
function describedEntity(
  ref: Reference,
  pool: readonly BulletEntity[],
  context: ReferenceContext,
): BulletEntity | undefined {
  const head = ref.head as string;
  const candidates = pool.filter((e) => e.name.toLowerCase() !== head && lastMentionBefore(e, context) >= 0);
  const tied = candidates.filter((e) => isTiedTo(e, ref.qualifier ?? head, ref.kind, context));
  const latest = mostRecent(tied, context);
  // A person may be "the judge" after others spoke; a place or organisation named since is a rival.
  const limit =
    ref.kind === 'person'
      ? context.index - TIE_DISTANCE
      : Math.max(...candidates.map((e) => lastMentionBefore(e, context)));
  if (latest && lastMentionBefore(latest, context) >= limit) return latest;
  if (ref.kind !== 'organisation' || ref.qualifier !== head) return undefined;
  for (const back of [1, 2]) {
    const index = context.index - back;
    if (index < 0) return undefined;
    const named = candidates.filter((e) => mentionedIn(e, index, context));
    if (named.length === 0) continue;
    const only = named.length === 1 ? (named[0] as BulletEntity) : undefined;
    return only && kindAllows(only, head) && opens(only, context.sentences[index]?.text ?? '', context)
      ? only
      : undefined;
  }
  return undefined;
}

function mostRecent(entities: readonly BulletEntity[], context: ReferenceContext): BulletEntity | undefined {
  const ranked = entities.map((e) => [lastMentionBefore(e, context), e] as const).sort((a, b) => b[0] - a[0]);
  const [first, second] = ranked;
  return first && (!second || second[0] < first[0]) ? first[1] : undefined;
}

/** Whether the article ties the words ("striker", "Chelsea boss") to the entity: its role, name or a phrase. */
function isTiedTo(entity: BulletEntity, words: string, kind: EntityKind, context: ReferenceContext): boolean {
  const word = new RegExp(`\\b${escapeRegExp(words)}\\b`, 'i');
  if (word.test(entity.role ?? '') || word.test(entity.name)) return true;
  // A tie names the entity, so it can only be in a sentence that mentions it.
  const before = entity.sentences
    .filter((s) => s < context.index)
    .map((s) => context.sentences[s]?.text ?? '');
  return namesOf(entity, context).some((name) => {
    const n = escapeRegExp(name);
    const h = escapeRegExp(words).replace(/\s+/g, '\\s+');
    const patterns = [
      `\\b${h},?\\s+${n}`,
      `${n},\\s+(?:the|a|an)\\s+(?:[\\p{L}\\d'’-]+\\s+){0,4}?${h}\\b`,
      `${n}\\s+(?:is|was)\\s+(?:the|a|an)\\s+(?:[\\p{L}\\d'’-]+\\s+){0,4}?${h}\\b`,
      `\\bthe\\s+${h}\\s+of\\s+${n}`,
    ];
    // "Sumoto city" ties the city; "British Airways flight" does not tie the airline to "the flight".
    if (kind === 'place') patterns.push(`${n}\\s+${h}\\b`);
    const tie = new RegExp(patterns.join('|'), 'iu');
    return before.some((sentence) => tie.test(sentence));
  });
}

/** Nouns that can mean an organisation of any kind the brief does not name otherwise. */
const ANY_ORGANISATION = new Set([
  'group',
  'organisation',
  'organization',
  'company',
  'firm',
  'business',
  'club',
  'team',
]);

/**
 * Whether "the <head>" can mean an organisation no sentence ties the noun to: its kind names the noun
 * ("the party" for a political party), or the noun is a plain one for an organisation of its kind. Other
 * group nouns ("the dead", "the jury") are left unresolved.
 */
function kindAllows(entity: BulletEntity, head: string): boolean {
  const kind = entity.kind?.toLowerCase() ?? 'organisation';
  if (kind.split(/\s+/).includes(head)) return true;
  if (!ANY_ORGANISATION.has(head)) return false;
  if (kind === 'organisation' || head === 'group' || head === 'organisation' || head === 'organization')
    return true;
  return kind === 'company' ? head !== 'club' && head !== 'team' : kind === 'club' && head === 'team';
}

/** "It said…", "Its shares…": the organisation the sentence before is about — it opens that sentence. */
function subjectOfPrevious(
  pool: readonly BulletEntity[],
  context: ReferenceContext,
): BulletEntity | undefined {
  const index = context.index - 1;
  const named = pool.filter((e) => mentionedIn(e, index, context));
  const only = named.length === 1 ? named[0] : undefined;
  return only && opens(only, context.sentences[index]?.text ?? '', context) ? only : undefined;
}

/** Whether the sentence opens with the entity's name, after any dateline: "(CNN)Apple said…". */
function opens(entity: BulletEntity, sentence: string, context: ReferenceContext): boolean {
  const start = sentence.replace(
    /^(?:\p{Lu}[\p{L}., -]{0,40}?\s*)?\([^()]{2,40}\)\s*(?:-{1,2}|—|–)?\s*/u,
    '',
  );
  return namesOf(entity, context).some((name) =>
    new RegExp(`^(?:The\\s+)?${escapeRegExp(name)}(?![\\p{L}])`, 'u').test(start),
  );
}

const PRONOUNS = { he: /\b(?:he|him|his|himself)\b/i, she: /\b(?:she|her|hers|herself)\b/i } as const;
/** A sentence that goes on about the same "he": it opens with him, or quotes him ("…," he said). */
const CHAIN = {
  he: /^(?:He|His)\b|[,.!?]["”]\s+he\s+(?:said|says|added|adds|told|tells|wrote|writes)\b/,
  she: /^(?:She|Her)\b|[,.!?]["”]\s+she\s+(?:said|says|added|adds|told|tells|wrote|writes)\b/,
} as const;

/**
 * "He…": the one person named in the sentence before — or further back while the sentences between
 * go on about a "he" — when that sentence names no other person ("a man", "his lawyer") and nothing
 * in the article calls that person "she".
 */
function personBefore(
  gender: 'he' | 'she',
  pool: readonly BulletEntity[],
  context: ReferenceContext,
): BulletEntity | undefined {
  for (let index = context.index - 1; index >= Math.max(0, context.index - 3); index--) {
    const sentence = context.sentences[index]?.text ?? '';
    const named = pool.filter((e) => mentionedIn(e, index, context));
    if (named.length === 0) {
      if (CHAIN[gender].test(sentence)) continue;
      return undefined;
    }
    const only = named.length === 1 ? (named[0] as BulletEntity) : undefined;
    if (!only || hasOtherPerson(sentence, only, context) || !genderFits(only, gender, context))
      return undefined;
    return only;
  }
  return undefined;
}

/**
 * Someone else the sentence may be about: a person it mentions without a name ("a man", "the officer",
 * "his wife"), or a capitalised word the brief knows as no entity and WordNet as no word ("Pero").
 */
function hasOtherPerson(sentence: string, named: BulletEntity, context: ReferenceContext): boolean {
  const names = namesOf(named, context).map(escapeRegExp).join('|');
  const unnamed =
    /\b(?:[Aa]n?|[Tt]he|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{L}\d'’-]+\s+){0,2}?(\p{Ll}+)\b/gu;
  for (const match of sentence.matchAll(unnamed)) {
    const noun = match[1] as string;
    if (kindOfNoun(noun) !== 'person' || singularOf(noun) !== noun) continue;
    const end = match.index + match[0].length;
    const attached =
      new RegExp(`(?:${names}),\\s*$`, 'u').test(sentence.slice(0, match.index)) ||
      new RegExp(`^,?\\s+(?:${names})\\b`, 'u').test(sentence.slice(end));
    if (!attached) return true;
  }
  const known = [...context.people, ...context.organisations, ...context.places].flatMap((e) =>
    namesOf(e, context),
  );
  for (const match of sentence.matchAll(/(?<=[\s(,;:—–-])\p{Lu}\p{Ll}[\p{Ll}'’-]*/gu)) {
    const word = match[0].replace(/['’]s?$/, '');
    if (known.some((name) => name.split(/\s+/).includes(word))) continue;
    if (nounClasses(word.toLowerCase()).length === 0 && !STOP_WORDS.has(word.toLowerCase())) return true;
  }
  return false;
}

/** Vetoes "she" for a person whom the sentences naming them only ever follow with "he", and the reverse. */
function genderFits(entity: BulletEntity, gender: 'he' | 'she', context: ReferenceContext): boolean {
  const other = gender === 'he' ? 'she' : 'he';
  let same = 0;
  let opposite = 0;
  for (const index of entity.sentences) {
    if (index >= context.index) continue;
    const sentence = context.sentences[index]?.text ?? '';
    if (PRONOUNS[gender].test(sentence)) same++;
    if (PRONOUNS[other].test(sentence)) opposite++;
  }
  return same > 0 || opposite === 0;
}

/** "Mourinho's", "Jonny Evans'" — as the article writes a name ending in s, else AP style. */
function possessive(name: string, sentences: readonly { text: string }[]): string {
  const body = sentences.map((s) => s.text).join(' ');
  const curly = (body.match(/\p{L}’\p{L}/gu)?.length ?? 0) > (body.match(/\p{L}'\p{L}/gu)?.length ?? 0);
  const mark = curly ? '’' : "'";
  if (!/s$/i.test(name)) return `${name}${mark}s`;
  const written = new RegExp(`${escapeRegExp(name)}(['’]s?)(?!\\p{L})`, 'u').exec(body)?.[1];
  return `${name}${written ?? mark}`;
}
