import { BoundedCache } from '../bounded-cache.js';
import type { Brief, Fact } from '../brief.schema.js';
import { KeySet } from '../text/key-set.js';
import { keysOfText, type Token, tokenize } from '../text/tokenize.js';
import { referentKeys } from './referents.js';

export type EntityKind = 'person' | 'organisation' | 'place' | 'event';

export interface PreparedEntity {
  kind: EntityKind;
  name: string;
  /** The name and each alias as words, for finding mentions. */
  forms: EntityForm[];
  role?: string;
  organisation?: string;
  date?: string;
  place?: string;
  sentences: readonly number[];
}

/** A name as its normalised words and their stems; content words only in `stems`' check. */
export interface EntityForm {
  norms: readonly string[];
  stems: readonly string[];
  /** Stems of the words that are not stop words ("of", "the"). */
  contentStems: readonly string[];
}

export interface PreparedSentence {
  index: number;
  paragraph: number;
  text: string;
  keys: KeySet;
  /**
   * Keys of the two sentences before and the one after within the paragraph: a subject named just
   * before ("Lu Yong revealed …") or a quote's speaker named just after; and the names its pronouns
   * refer to ("He was jailed" after a sentence naming the man).
   */
  nearby: readonly KeySet[];
}

export interface PreparedFact {
  fact: Fact;
  /** Keys of subject and description: what the fact is about. */
  aboutKeys: KeySet;
  list: ListReading;
}

export interface ListReading {
  /** Stems of each item of a list fact. */
  itemStems: readonly (readonly string[])[];
  /** Most items are names: of the brief's entities, or capitalised. */
  listsNames: boolean;
}

const NOT_A_LIST: ListReading = { itemStems: [], listsNames: false };

/** Everything the answer engine needs from one brief, computed once and cached. */
export interface PreparedBrief {
  brief: Brief;
  sentences: PreparedSentence[];
  facts: PreparedFact[];
  entities: PreparedEntity[];
  /** The word sequences of every entity name and alias, for spotting names typed in lower case. */
  names: (readonly string[])[];
  /** Every key of the text, title and entity names: what the brief is about. */
  keys: KeySet;
  titleKeys: KeySet;
}

const cache = new WeakMap<Brief, PreparedBrief>();

export function prepareBrief(brief: Brief): PreparedBrief {
  let prepared = cache.get(brief);
  if (!prepared) {
    prepared = buildPrepared(brief);
    cache.set(brief, prepared);
  }
  return prepared;
}

/** The match keys of some tokens as a set (numbered in the current key table: see text/key-table.ts). */
export function keySet(tokens: readonly Token[]): KeySet {
  return KeySet.fromTokens(tokens);
}

function buildPrepared(brief: Brief): PreparedBrief {
  const speakers = speakersBySentence(brief);
  // A quoted sentence is the speaker's words even when the speaker is named elsewhere.
  const sentenceKeys = brief.text.sentences.map((sentence, index) => [
    ...keysOfText(sentence.text),
    ...(speakers.get(index) ?? []).flatMap(keysOfText),
  ]);
  const factKeys = brief.facts.map((fact) => keysOfText(`${fact.subject} ${fact.description}`));
  const nameTexts = [...brief.people, ...brief.organisations, ...brief.places, ...brief.events].flatMap(
    (e) => [e.name, ...e.aliases],
  );
  // The brief's keys (what it is about) are its sentences', its title's and its names': one union.
  const { sets, union } = KeySet.packWithUnion(
    [...sentenceKeys, keysOfText(brief.title), ...factKeys],
    sentenceKeys.length + 1,
    nameTexts.flatMap(keysOfText),
  );
  let next = 0;
  const take = () => sets[next++] as KeySet;

  const sentences: PreparedSentence[] = brief.text.sentences.map((sentence, index) => ({
    index,
    paragraph: sentence.paragraph,
    text: sentence.text,
    keys: take(),
    nearby: [],
  }));
  const referred = referentKeys(brief);
  for (const sentence of sentences) {
    const referent = referred[sentence.index];
    const around = neighbours(sentences, sentence);
    sentence.nearby = referent && referent.size > 0 ? [...around, referent] : around;
  }
  const entities = collectEntities(brief);
  const entityNames = new Set(entities.flatMap((e) => e.forms.map((form) => form.norms.join(' '))));
  const titleKeys = take();
  const facts = brief.facts.map((fact) => ({
    fact,
    aboutKeys: take(),
    list: fact.kind === 'list' ? readList(fact, entityNames) : NOT_A_LIST,
  }));
  const names = entities.flatMap((entity) => entity.forms.map((form) => form.norms));
  return { brief, sentences, facts, entities, names, keys: union, titleKeys };
}

function readList(fact: Fact, names: ReadonlySet<string>): ListReading {
  const items = (fact.items ?? []).map((item) => tokenize(item));
  const named = items.filter(
    (tokens) => names.has(tokens.map((t) => t.norm).join(' ')) || tokens[0]?.capitalised,
  );
  return {
    itemStems: items.map((tokens) => tokens.map((t) => t.stem)),
    listsNames: items.length > 0 && named.length * 2 >= items.length,
  };
}

/** The brief's named entities, ready for matching (their forms shared with other briefs naming them). */
export function entitiesOf(brief: Brief): PreparedEntity[] {
  return prepareBrief(brief).entities;
}

// Names recur across a library (countries, companies, officials): each is read once while it is in use,
// and briefs naming it share one form.
const FORM_CACHE_SIZE = 50_000;
const formCache = new BoundedCache<string, EntityForm>(FORM_CACHE_SIZE);

function toForm(name: string): EntityForm {
  return formCache.getOrCompute(name, readForm);
}

function readForm(name: string): EntityForm {
  const tokens = tokenize(name);
  return {
    norms: tokens.map((t) => t.norm),
    stems: tokens.map((t) => t.stem),
    contentStems: tokens.filter((t) => !t.isStopword).map((t) => t.stem),
  };
}

function neighbours(sentences: readonly PreparedSentence[], sentence: PreparedSentence): KeySet[] {
  // News paragraphs are often one sentence long: the subject named in the paragraph before still holds.
  const before = [sentences[sentence.index - 1], sentences[sentence.index - 2]];
  const after = sentences[sentence.index + 1];
  const around = after?.paragraph === sentence.paragraph ? [...before, after] : before;
  return around.filter((s): s is PreparedSentence => s !== undefined).map((s) => s.keys);
}

function speakersBySentence(brief: Brief): Map<number, string[]> {
  const speakers = new Map<number, string[]>();
  for (const quote of brief.quotes)
    speakers.set(quote.sentence, [...(speakers.get(quote.sentence) ?? []), quote.speaker]);
  return speakers;
}

function collectEntities(brief: Brief): PreparedEntity[] {
  const entity = (
    kind: PreparedEntity['kind'],
    e: { name: string; aliases: readonly string[]; sentences: readonly number[] },
    attributes: { [key in 'role' | 'organisation' | 'date' | 'place']?: string | undefined } = {},
  ): PreparedEntity => ({
    kind,
    name: e.name,
    forms: [e.name, ...e.aliases].map(toForm),
    sentences: e.sentences,
    // Only the attributes the brief gives: an absent one stays absent rather than undefined.
    ...Object.fromEntries(Object.entries(attributes).filter(([, value]) => value)),
  });
  return [
    ...brief.people.map((p) => entity('person', p, { role: p.role, organisation: p.organisation })),
    ...brief.organisations.map((o) => entity('organisation', o)),
    ...brief.places.map((p) => entity('place', p)),
    ...brief.events.map((e) => entity('event', e, { date: e.date, place: e.place })),
  ];
}
