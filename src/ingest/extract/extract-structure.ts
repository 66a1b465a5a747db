import type { Fact, Quote } from '../../core/brief.schema.js';
import { type SentenceInfo, type SubjectFallback, scopeStart } from './fact-subject.js';
import {
  type Entities,
  type ExtractedEvent,
  type ExtractedOrganisation,
  type ExtractedPerson,
  type ExtractedPlace,
  findEntities,
} from './find-entities.js';
import { findQuotes } from './find-quotes.js';
import { findTopics } from './find-topics.js';
import { listFacts } from './list-facts.js';
import { findLists, type ListSpan } from './list-spans.js';
import { COMPANY_NOUNS } from './name-words.js';
import { numericFacts } from './numeric-facts.js';
import { reasonFacts } from './reason-facts.js';
import { statementFacts } from './statement-facts.js';
import { wordsOf } from './words.js';

export interface ExtractOptions {
  /** ISO 8601 date of the article. */
  published: string;
  title?: string;
}

/** Everything of a brief that is read from its sentences, except the date facts. */
export interface ExtractedStructure {
  people: ExtractedPerson[];
  organisations: ExtractedOrganisation[];
  places: ExtractedPlace[];
  events: ExtractedEvent[];
  facts: Fact[];
  quotes: Quote[];
  topics: string[];
}

/**
 * Reads an article's already-split sentences into the brief's entities, numeric and list facts, quotes and
 * topics, by rules only: fast enough for a hundred articles a second on one core.
 */
export function extractStructure(sentences: readonly string[], options: ExtractOptions): ExtractedStructure {
  const words = sentences.map(wordsOf);
  const lists = sentences.map(findLists);
  const entities = findEntities(
    sentences.map((text, index) => ({
      index,
      text,
      words: words[index] ?? [],
      companyItems: companyLists(text, lists[index] ?? []),
      itemStarts: new Set((lists[index] ?? []).flatMap((list) => list.itemStarts)),
    })),
  );
  const infos: SentenceInfo[] = sentences.map((text, index) => ({
    index,
    text,
    words: words[index] ?? [],
    mentions: entities.mentions[index] ?? [],
  }));
  const fallback = subjectFallback(infos, entities, options.title);
  const facts = infos.flatMap((info) => {
    const sentenceLists = lists[info.index] ?? [];
    const found = [
      ...numericFacts(info, fallback),
      ...listFacts(info, sentenceLists, fallback),
      ...reasonFacts(info, fallback),
    ];
    const input = { info, lists: sentenceLists, hasFacts: found.length > 0 };
    return [...found, ...statementFacts(input, fallback)].filter(isImpersonal);
  });
  const { people, organisations, places, events } = entities;
  for (const event of events) {
    const year = /^((?:19|20)\d{2})\s/.exec(event.name)?.[1];
    if (year) event.date = year;
  }
  return {
    people,
    organisations,
    places,
    events,
    facts,
    quotes: findQuotes(sentences, entities.mentions),
    topics: findTopics(words, sentences, options.title, entityWords(entities)),
  };
}

/** "I’m fortunate I was put into this position": a speaker's words about themselves are a quote, not a statement. */
const PERSONAL =
  /(?:^|[^\p{L}])(?:i|i’m|i'm|i’ve|i've|i’d|i'd|me|my|we|we’re|we're|our|us|you|your)(?![\p{L}'’])/iu;

function isImpersonal(fact: Fact): boolean {
  return (
    fact.kind !== 'statement' ||
    !(PERSONAL.test(fact.subject) || PERSONAL.test(fact.description) || /^['‘“"]/.test(fact.subject))
  );
}

/** "companies such as Huawei, Alibaba, and Changan Automobile": the items are companies. */
function companyLists(text: string, lists: readonly ListSpan[]): Array<{ start: number; end: number }> {
  return lists
    .filter((list) => {
      if (!list.qualifier) return false;
      const before = text
        .slice(Math.max(0, list.start - 60), list.start)
        .toLowerCase()
        .split(/[^\p{L}-]+/u);
      return before.slice(-5).some((word) => COMPANY_NOUNS.has(word));
    })
    .map((list) => ({ start: list.start, end: list.end }));
}

/** A fact whose sentence names nothing is about the sentence before's first name, or the article's main one. */
function subjectFallback(
  infos: readonly SentenceInfo[],
  entities: Entities,
  title?: string,
): SubjectFallback {
  const all = [...entities.organisations, ...entities.events, ...entities.people, ...entities.places];
  const main = all.reduce<(typeof all)[number] | undefined>(
    (best, e) => (!best || e.sentences.length > best.sentences.length ? e : best),
    undefined,
  );
  return {
    previous: (index) => {
      const info = infos[index - 1];
      if (!info) return undefined;
      const scope = scopeStart(info.text, info.text.length);
      return (info.mentions.find((m) => m.start >= scope) ?? info.mentions[0])?.name;
    },
    article: main?.name ?? title ?? 'the article',
  };
}

/** One-word names: an article about Huawei has "huawei" among its names, not among its topics. */
function entityWords(entities: Entities): Set<string> {
  const words = new Set<string>();
  for (const e of [...entities.people, ...entities.organisations, ...entities.places, ...entities.events]) {
    for (const form of [e.name, ...e.aliases]) if (!/\s/.test(form)) words.add(form.toLowerCase());
  }
  return words;
}
