import { type Logistic, logit } from '../answer/model/logistic.js';
import { findTypedSpans } from '../answer/typed-spans.js';
import type { Brief } from '../brief.schema.js';
import { type Token, tokenize } from '../text/tokenize.js';
import { type BriefingModel, bundledBriefingModel } from './briefing-model.js';
import { quotedRanges, readWords, wordImportance } from './word-importance.js';

export interface ScoredSentence {
  index: number;
  /** The briefing model's log-odds that the sentence belongs in a summary; −∞ for a byline. */
  score: number;
  /** Typed figures the sentence states (sums, counts, shares, temperatures …). */
  figures: number;
  /** Share of the title's words the sentence says too. */
  titleOverlap: number;
  /** Stems and synonym groups of its words, to tell when two sentences say the same thing. */
  keys: ReadonlySet<string>;
  /** Positions in brief.topics of the topics the sentence speaks of. */
  topics: readonly number[];
  paragraph: number;
}

const FIGURE_KINDS = new Set(['money', 'count', 'percent', 'temperature', 'quantity', 'duration']);
/** In log-odds: enough to put a poor bullet below every other sentence. */
const POOR_BULLET_COST = 10;
const PRONOUN_START = /^["“‘']?(?:It|He|She|They|This|These|Those|Its|Their|His|Her)\b/;

/**
 * What the briefing model reads of each sentence, in this order (models/briefing-model.json names them):
 * where it stands, how long it is, whether it carries figures, the title's words, the article's recurring
 * words and main actors, and whether it is a quotation, a question, a fragment or an aside.
 */
export const SENTENCE_FEATURES = [
  'position',
  'positionShare',
  'firstSentence',
  'firstOfParagraph',
  'paragraphPosition',
  'words',
  'short',
  'long',
  'figures',
  'titleOverlap',
  'centrality',
  'salience',
  'mainEvent',
  'quoted',
  'opensWithQuote',
  'pronounStart',
  'question',
  'bareAttribution',
  'readerService',
  'specific',
  'wordImportance',
  'importanceMass',
] as const;

export interface SentenceReading {
  features: number[];
  /** A byline is never a bullet, whatever the model says. */
  byline: boolean;
  titleOverlap: number;
  /**
   * A fragment, a question, a bare "…, X said." or a word to the reader makes a poor bullet however
   * summary-like it is: used only when the article has nothing else.
   */
  poorBullet: boolean;
  figures: number;
  keys: ReadonlySet<string>;
  topics: readonly number[];
  paragraph: number;
  /** The stems of its words, each with the chance that a summary uses it. */
  wordWeights: ReadonlyMap<string, number>;
}

/** Each sentence's content words: what both models read. */
function contentTokens(brief: Brief): Token[][] {
  return brief.text.sentences.map((s) => tokenize(s.text).filter((t) => !t.isStopword));
}

/** The word model's features of each distinct word of the brief: training fits the word model on these. */
export function articleWords(brief: Brief, tokens: readonly Token[][] = contentTokens(brief)) {
  const titleStems = new Set(tokenize(brief.title).map((t) => t.stem));
  return readWords(
    tokens,
    brief.text.sentences.map((s) => quotedRanges(s.text)),
    titleStems,
  );
}

/** Every sentence of a brief as the briefing model reads it; training reads the same. */
export function readSentences(
  brief: Brief,
  wordModel: Logistic = bundledBriefingModel().word,
): SentenceReading[] {
  const sentences = brief.text.sentences;
  const tokens = contentTokens(brief);
  const importance = wordImportance(wordModel, articleWords(brief, tokens));
  const conceptKeys = tokens.map(allKeys);
  const topicKeys = brief.topics.map((topic) => tokenize(topic).filter((t) => !t.isStopword));
  const frequency = new Map<string, number>();
  for (const set of conceptKeys) for (const key of set) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  const titleTokens = tokenize(brief.title).filter((t) => !t.isStopword);
  const figureCount = countFigures(brief);
  const salience = entitySalience(brief);
  const mainEvent = mainEventSentences(brief);
  const entityKeys = entityKeysBySentence(brief);
  const centralities = conceptKeys.map((set) => centrality(set, frequency));
  const maxCentrality = Math.max(...centralities, 1e-9);
  const lastIndex = Math.max(1, sentences.length - 1);

  return sentences.map((sentence, index) => {
    const text = sentence.text.trim();
    const figures = Math.min(2, figureCount[index] ?? 0);
    const words = tokens[index]?.length ?? 0;
    const concepts = conceptKeys[index] as Set<string>;
    // "The innovation center" speaks of the Chongqing Artificial Intelligence Innovation Center, and so of AI.
    const about = new Set([...concepts, ...(entityKeys[index] ?? [])]);
    const topics = topicKeys.flatMap((topic, t) => (speaksOf(topic, about) ? [t] : []));
    const firstOfParagraph = sentences[index - 1]?.paragraph !== sentence.paragraph;
    const titleOverlap = share(titleTokens, concepts);
    const question = text.endsWith('?');
    const bareAttribution = isBareAttribution(text);
    const readerService = isReaderService(text);
    const wordWeights = new Map((tokens[index] ?? []).map((t) => [t.stem, importance.get(t.stem) ?? 0]));
    let mass = 0;
    for (const weight of wordWeights.values()) mass += weight;
    const flag = (on: boolean) => (on ? 1 : 0);
    const features = [
      1 / (1 + index),
      index / lastIndex,
      flag(index === 0),
      flag(firstOfParagraph),
      1 / (1 + sentence.paragraph),
      Math.min(words, 60) / 60,
      flag(words < 7),
      Math.max(0, words - 30) / 30,
      figures,
      titleOverlap,
      (centralities[index] ?? 0) / maxCentrality,
      salience[index] ?? 0,
      flag(mainEvent.has(index)),
      quotedShare(text),
      flag(/^["“‘']/.test(text)),
      flag(PRONOUN_START.test(text)),
      flag(question),
      flag(bareAttribution),
      flag(readerService),
      flag(isSpecific(text)),
      wordWeights.size === 0 ? 0 : mass / wordWeights.size,
      Math.min(mass, 10) / 10,
    ];
    return {
      features,
      byline: isByline(brief, text),
      titleOverlap,
      poorBullet: words < 7 || question || bareAttribution || readerService,
      figures,
      keys: concepts,
      topics,
      paragraph: sentence.paragraph,
      wordWeights,
    };
  });
}

/** Scores every sentence for a briefing with the briefing model (log-odds, so that they add). */
export function scoreSentences(
  brief: Brief,
  model: BriefingModel = bundledBriefingModel(),
): ScoredSentence[] {
  return scoreReadings(readSentences(brief, model.word), model.sentence);
}

/** Scores sentences already read: training reads each article once and tries many models on it. */
export function scoreReadings(readings: readonly SentenceReading[], model: Logistic): ScoredSentence[] {
  return readings.map((reading, index) => ({
    index,
    score: reading.byline
      ? Number.NEGATIVE_INFINITY
      : logit(model, reading.features) - (reading.poorBullet ? POOR_BULLET_COST : 0),
    figures: reading.figures,
    titleOverlap: reading.titleOverlap,
    keys: reading.keys,
    topics: reading.topics,
    paragraph: reading.paragraph,
  }));
}

/** The share of a sentence's characters inside quotation marks: a quote is colour, seldom the news. */
function quotedShare(text: string): number {
  let inside = 0;
  for (const match of text.matchAll(/[“"]([^”"]*)[”"]/g)) inside += match[0].length;
  return text.length === 0 ? 0 : inside / text.length;
}

/** Stems and synonym groups: "exhibition" shares a group with the title's "Expo". */
function allKeys(tokens: readonly Token[]): Set<string> {
  return new Set(tokens.flatMap((t) => t.keys));
}

/** A topic is spoken of when its head word (the last: "heat" of "extreme heat") and half its words are. */
function speaksOf(topic: readonly Token[], keys: ReadonlySet<string>): boolean {
  const head = topic.at(-1);
  return !!head && head.keys.some((k) => keys.has(k)) && share(topic, keys) >= 0.5;
}

/** Share of the words found among the keys, by stem or synonym. */
function share(words: readonly Token[], keys: ReadonlySet<string>): number {
  if (words.length === 0) return 0;
  return words.filter((w) => w.keys.some((k) => keys.has(k))).length / words.length;
}

/** Mean share of sentences that contain each of the sentence's words: high for the article's themes. */
function centrality(keys: ReadonlySet<string>, frequency: ReadonlyMap<string, number>): number {
  if (keys.size === 0) return 0;
  let total = 0;
  for (const key of keys) total += (frequency.get(key) ?? 1) - 1;
  return total / Math.sqrt(keys.size);
}

export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const key of a) if (b.has(key)) shared++;
  return shared;
}

export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const shared = overlap(a, b);
  return shared === 0 ? 0 : shared / Math.min(a.size, b.size);
}

/** Figures per sentence: the brief's typed facts, or, for a brief without facts, figures in the text. */
function countFigures(brief: Brief): number[] {
  const counts = brief.text.sentences.map(() => 0);
  // "Four aspects" is a count but not a key figure: small counts are how a sentence is organised.
  const numeric = brief.facts.filter(
    (f) => FIGURE_KINDS.has(f.kind) && !(f.kind === 'count' && f.number !== undefined && f.number < 10),
  );
  if (numeric.length > 0) {
    for (const fact of numeric) counts[fact.sentence] = (counts[fact.sentence] ?? 0) + 1;
    return counts;
  }
  return brief.text.sentences.map(
    (s) =>
      findTypedSpans(s.text).filter((span) => FIGURE_KINDS.has(span.kind) && span.kind !== 'count').length,
  );
}

/**
 * How much each sentence is about the article's main actors: every entity adds by how often the article
 * comes back to it, so the company at the centre of the story outweighs a one-off name. Scaled to 0–1.
 */
function entitySalience(brief: Brief): number[] {
  const scores = brief.text.sentences.map(() => 0);
  const entities = [...brief.people, ...brief.organisations, ...brief.places, ...brief.events];
  for (const entity of entities) {
    if (entity.name === brief.outlet || entity.name === brief.author) continue;
    const weight = Math.log2(1 + entity.sentences.length);
    for (const index of new Set(entity.sentences)) scores[index] = (scores[index] ?? 0) + weight;
  }
  const max = Math.max(...scores, 1e-9);
  return scores.map((score) => Math.min(1, score / max));
}

/** For each sentence, the words of the full names of the entities it mentions (by name or by reference). */
function entityKeysBySentence(brief: Brief): string[][] {
  const keys: string[][] = brief.text.sentences.map(() => []);
  for (const entity of [...brief.people, ...brief.organisations, ...brief.places, ...brief.events]) {
    const nameKeys = tokenize(entity.name).flatMap((t) => t.keys);
    for (const index of entity.sentences) keys[index]?.push(...nameKeys);
  }
  return keys;
}

/** Sentences about the event the article reports (the one its title names, else its most mentioned). */
function mainEventSentences(brief: Brief): Set<number> {
  const title = brief.title.toLowerCase();
  const named = brief.events.find((e) => [e.name, ...e.aliases].some((n) => title.includes(n.toLowerCase())));
  const event = named ?? [...brief.events].sort((a, b) => b.sentences.length - a.sentences.length)[0];
  return new Set(event?.sentences ?? []);
}

/** "Citizens can watch online", "For more information, visit …": service to the reader, not news. */
function isReaderService(text: string): boolean {
  return (
    /^(?:Citizens|Visitors|Readers|Residents|People|Users|Viewers|You|Anyone|Those interested)\b[^.]{0,40}?\b(?:can|may|should|are (?:advised|encouraged|invited|welcome))\b/.test(
      text,
    ) || /^For (?:more|further) (?:information|details)\b/i.test(text)
  );
}

/** Names a name or a number past its first word: news, not a general remark. */
function isSpecific(text: string): boolean {
  return /\d|\s\p{Lu}/u.test(text);
}

/** "…, Lu Yong, Senior Vice President of Huawei, said.": who spoke, while the words are elsewhere. */
function isBareAttribution(text: string): boolean {
  return /,\s*(?:said|says|added|noted|stated)\.$/.test(text.trim()) && !/[“”"]/.test(text);
}

/** "Reporter X reports from Y": who wrote it, not what happened. */
function isByline(brief: Brief, text: string): boolean {
  const short = text.split(/\s+/).length <= 14;
  return short && ((!!brief.author && text.includes(brief.author)) || /\breports? from\b/i.test(text));
}
