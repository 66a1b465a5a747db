import type { Brief, Fact } from '../brief.schema.js';
import { KeySet } from '../text/key-set.js';
import { type Token, tokenize } from '../text/tokenize.js';

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
   * Keys of the two sentences before and the one after, within the paragraph: a subject named just
   * before ("Lu Yong revealed …") or a quote's speaker named just after.
   */
  nearby: readonly KeySet[];
}

export interface PreparedFact {
  fact: Fact;
  /** Keys of subject and description: what the fact is about. */
  aboutKeys: KeySet;
  /** Stems of each item of a list fact. */
  itemStems: readonly (readonly string[])[];
  /** How many of the list's items name an entity of the brief (or look like a name). */
  namedItems: number;
}

/** Everything the answer engine needs from one brief, computed once and cached. */
export interface PreparedBrief {
  brief: Brief;
  sentences: PreparedSentence[];
  facts: PreparedFact[];
  entities: PreparedEntity[];
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

export function keySet(tokens: readonly Token[]): KeySet {
  return KeySet.fromTokens(tokens);
}

const NO_ITEMS: readonly (readonly string[])[] = [];

function buildPrepared(brief: Brief): PreparedBrief {
  const speakers = speakersBySentence(brief);
  const keysOf = (text: string) => tokenize(text).flatMap((t) => t.keys);
  // A quoted sentence is the speaker's words even when the speaker is named elsewhere.
  const sentenceKeys = brief.text.sentences.map((sentence, index) => [
    ...keysOf(sentence.text),
    ...(speakers.get(index) ?? []).flatMap(keysOf),
  ]);
  const factKeys = brief.facts.map((fact) => keysOf(`${fact.subject} ${fact.description}`));
  const names = [...brief.people, ...brief.organisations, ...brief.places, ...brief.events].flatMap((e) => [
    e.name,
    ...e.aliases,
  ]);
  const briefKeys = [...sentenceKeys.flat(), ...keysOf(brief.title), ...names.flatMap(keysOf)];
  const packed = KeySet.packAll([...sentenceKeys, ...factKeys, briefKeys, keysOf(brief.title)]);
  const take = () => packed.shift() as KeySet;

  const sentences: PreparedSentence[] = brief.text.sentences.map((sentence, index) => ({
    index,
    paragraph: sentence.paragraph,
    text: sentence.text,
    keys: take(),
    nearby: [],
  }));
  for (const sentence of sentences) sentence.nearby = neighbours(sentences, sentence);
  const entities = collectEntities(brief);
  const entityNames = new Set(entities.flatMap((e) => e.forms.map((form) => form.norms.join(' '))));
  const facts = brief.facts.map((fact) => {
    const items = (fact.items ?? []).map((item) => tokenize(item));
    return {
      fact,
      aboutKeys: take(),
      itemStems: items.length === 0 ? NO_ITEMS : items.map((tokens) => tokens.map((t) => t.stem)),
      namedItems: items.filter((tokens) => entityNames.has(formKey(tokens)) || tokens[0]?.capitalised).length,
    };
  });
  return { brief, sentences, facts, entities, keys: take(), titleKeys: take() };
}

function toForm(name: string): EntityForm {
  const tokens = tokenize(name);
  return {
    norms: tokens.map((t) => t.norm),
    stems: tokens.map((t) => t.stem),
    contentStems: tokens.filter((t) => !t.isStopword).map((t) => t.stem),
  };
}

function formKey(tokens: readonly Token[]): string {
  return tokens.map((t) => t.norm).join(' ');
}

function neighbours(sentences: readonly PreparedSentence[], sentence: PreparedSentence): KeySet[] {
  const around = [
    sentences[sentence.index - 1],
    sentences[sentence.index - 2],
    sentences[sentence.index + 1],
  ];
  return around.filter((s) => s?.paragraph === sentence.paragraph).map((s) => (s as PreparedSentence).keys);
}

function speakersBySentence(brief: Brief): Map<number, string[]> {
  const speakers = new Map<number, string[]>();
  for (const quote of brief.quotes)
    speakers.set(quote.sentence, [...(speakers.get(quote.sentence) ?? []), quote.speaker]);
  return speakers;
}

function collectEntities(brief: Brief): PreparedEntity[] {
  const forms = (name: string, aliases: readonly string[]) => [name, ...aliases].map(toForm);
  return [
    ...brief.people.map((p) => ({
      kind: 'person' as const,
      name: p.name,
      forms: forms(p.name, p.aliases),
      ...(p.role ? { role: p.role } : {}),
      ...(p.organisation ? { organisation: p.organisation } : {}),
      sentences: p.sentences,
    })),
    ...brief.organisations.map((o) => ({
      kind: 'organisation' as const,
      name: o.name,
      forms: forms(o.name, o.aliases),
      sentences: o.sentences,
    })),
    ...brief.places.map((p) => ({
      kind: 'place' as const,
      name: p.name,
      forms: forms(p.name, p.aliases),
      sentences: p.sentences,
    })),
    ...brief.events.map((e) => ({
      kind: 'event' as const,
      name: e.name,
      forms: forms(e.name, e.aliases),
      ...(e.date ? { date: e.date } : {}),
      ...(e.place ? { place: e.place } : {}),
      sentences: e.sentences,
    })),
  ];
}
