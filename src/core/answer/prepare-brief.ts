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
  tokens: Token[];
  keys: ReadonlySet<string>;
}

export interface PreparedFact {
  fact: Fact;
  /** Tokens of subject and description: what the fact is about. */
  about: Token[];
  aboutKeys: ReadonlySet<string>;
}

/** Everything the answer engine needs from one brief, computed once and cached. */
export interface PreparedBrief {
  brief: Brief;
  sentences: PreparedSentence[];
  facts: PreparedFact[];
  entities: PreparedEntity[];
  /** Every key anywhere in the brief, with the number of sentences it occurs in. */
  sentenceFrequency: ReadonlyMap<string, number>;
  /** Keys of the title and entity names too: what the brief is about. */
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
  const sentences = brief.text.sentences.map((sentence, index) => {
    const tokens = tokenize(sentence.text);
    const keys = keySet(tokens);
    // A quoted sentence is the speaker's words even when the speaker is named elsewhere.
    for (const speaker of speakers.get(index) ?? [])
      for (const key of keySet(tokenize(speaker))) keys.add(key);
    return { index, paragraph: sentence.paragraph, text: sentence.text, tokens, keys };
  });
  const sentenceFrequency = new Map<string, number>();
  for (const sentence of sentences) {
    for (const key of sentence.keys) sentenceFrequency.set(key, (sentenceFrequency.get(key) ?? 0) + 1);
  }
  const facts = brief.facts.map((fact) => {
    const about = tokenize(`${fact.subject} ${fact.description}`);
    return { fact, about, aboutKeys: keySet(about) };
  });
  const entities = collectEntities(brief);
  const keys = new Set(sentenceFrequency.keys());
  for (const key of keySet(tokenize(brief.title))) keys.add(key);
  for (const entity of entities)
    for (const form of entity.forms) for (const key of keySet(form)) keys.add(key);
  return { brief, sentences, facts, entities, sentenceFrequency, keys };
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
