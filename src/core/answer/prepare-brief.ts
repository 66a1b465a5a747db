import type { Brief, Fact } from '../brief.schema.js';
import { type Token, tokenize } from '../text/tokenize.js';

export type EntityKind = 'person' | 'organisation' | 'place' | 'event';

export interface PreparedEntity {
  kind: EntityKind;
  name: string;
  /** Token lists of the name and each alias, for finding mentions. */
  forms: Token[][];
  role?: string;
  organisation?: string;
  date?: string;
  sentences: readonly number[];
}

export interface PreparedSentence {
  index: number;
  paragraph: number;
  text: string;
  keys: ReadonlySet<string>;
  /**
   * Keys of the two sentences before and the one after, within the paragraph: a subject named just
   * before ("Lu Yong revealed …") or a quote's speaker named just after.
   */
  nearby: readonly ReadonlySet<string>[];
}

export interface PreparedFact {
  fact: Fact;
  /** Keys of subject and description: what the fact is about. */
  aboutKeys: ReadonlySet<string>;
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
  keys: ReadonlySet<string>;
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

export function keySet(tokens: readonly Token[]): Set<string> {
  const keys = new Set<string>();
  for (const token of tokens) for (const key of token.keys) keys.add(key);
  return keys;
}

function buildPrepared(brief: Brief): PreparedBrief {
  const speakers = speakersBySentence(brief);
  const sentences: PreparedSentence[] = brief.text.sentences.map((sentence, index) => {
    const keys = keySet(tokenize(sentence.text));
    // A quoted sentence is the speaker's words even when the speaker is named elsewhere.
    for (const speaker of speakers.get(index) ?? [])
      for (const key of keySet(tokenize(speaker))) keys.add(key);
    return { index, paragraph: sentence.paragraph, text: sentence.text, keys, nearby: [] };
  });
  for (const sentence of sentences) sentence.nearby = neighbours(sentences, sentence);
  const entities = collectEntities(brief);
  const names = new Set(entities.flatMap((e) => e.forms.map(formKey)));
  const facts = brief.facts.map((fact) => {
    const items = (fact.items ?? []).map((item) => tokenize(item));
    return {
      fact,
      aboutKeys: keySet(tokenize(`${fact.subject} ${fact.description}`)),
      itemStems: items.map((tokens) => tokens.map((t) => t.stem)),
      namedItems: items.filter((tokens) => names.has(formKey(tokens)) || tokens[0]?.capitalised).length,
    };
  });
  const keys = new Set<string>();
  for (const sentence of sentences) for (const key of sentence.keys) keys.add(key);
  for (const key of keySet(tokenize(brief.title))) keys.add(key);
  for (const entity of entities)
    for (const form of entity.forms) for (const key of keySet(form)) keys.add(key);
  return { brief, sentences, facts, entities, keys };
}

function formKey(tokens: readonly Token[]): string {
  return tokens.map((t) => t.norm).join(' ');
}

function neighbours(
  sentences: readonly PreparedSentence[],
  sentence: PreparedSentence,
): ReadonlySet<string>[] {
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
  const forms = (name: string, aliases: readonly string[]) => [name, ...aliases].map((n) => tokenize(n));
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
      sentences: e.sentences,
    })),
  ];
}
