import { sigmoid } from '../answer/model/logistic.js';
import type { Brief } from '../brief.schema.js';
import type { Briefing, BriefingOptions } from './briefing.js';
import { type BriefingModel, bundledBriefingModel, type SelectionWeights } from './briefing-model.js';
import { cleanBullet } from './clean-bullet.js';
import { compressSentence, wordCount } from './compress-sentence.js';
import { makeHeadline } from './headline.js';
import { type ScoredSentence, scoreSentences, similarity } from './select-sentences.js';

const MIN_BULLETS = 3;
const MAX_BULLETS = 5;
/** Log-odds below which even a sentence with figures is no key fact (a poor bullet, say). */
const KEY_FACT_FLOOR = -8;
/** In log-odds, what saying all the title's words is worth in choosing the key fact. */
const TITLE_WEIGHT = 4;
/** The key fact is one of this many sentences that rank highest (chosen on the training articles). */
const KEY_FACT_AMONG = 5;

/**
 * A briefing from any valid brief, deterministic: the headline, 3–5 bullets of about `maxWords` words in
 * all — the sentence with the key figures first, then the rest in the article's order — and the source.
 */
export function buildBriefing(brief: Brief, options: BriefingOptions = {}): Briefing {
  const maxWords = options.maxWords ?? 80;
  // A brief never changes once loaded (a reload makes new objects), so its default briefing is made once:
  // /brief and digests ask for the same few briefings over and over, and each takes milliseconds.
  if (maxWords === 80) {
    const cached = DEFAULT_BRIEFINGS.get(brief);
    if (cached) return cached;
  }
  const briefing = makeBriefing(brief, maxWords);
  if (maxWords === 80) DEFAULT_BRIEFINGS.set(brief, Object.freeze(briefing));
  return briefing;
}

const DEFAULT_BRIEFINGS = new WeakMap<Brief, Briefing>();

function makeBriefing(brief: Brief, maxWords: number): Briefing {
  return briefingWith(brief, bundledBriefingModel(), maxWords);
}

/** A briefing made with the given model: training tries its candidate models through this. */
export function briefingWith(brief: Brief, model: BriefingModel, maxWords = 80): Briefing {
  return briefingFromScores(brief, scoreSentences(brief, model), model.selection, {
    maxWords,
    bullets: new Map(),
  });
}

export interface BriefingScratch {
  maxWords: number;
  /** Each sentence's bullet text once made: cleaning is the costly part, and it depends on the brief alone. */
  bullets: Map<number, string>;
}

/** A briefing from sentences already scored. */
export function briefingFromScores(
  brief: Brief,
  scored: readonly ScoredSentence[],
  selection: SelectionWeights,
  { maxWords, bullets }: BriefingScratch,
): Briefing {
  const text = (index: number) => {
    const known = bullets.get(index);
    if (known !== undefined) return known;
    const bullet = bulletText(brief, index);
    bullets.set(index, bullet);
    return bullet;
  };
  const chosen = chooseSentences(scored, maxWords, text, selection);
  return {
    briefId: brief.id,
    headline: makeHeadline(brief.title),
    bullets: orderForReading(chosen).map((s) => text(s.index)),
    source: {
      outlet: brief.outlet ?? null,
      published: brief.undated ? null : brief.published,
      url: brief.url ?? null,
    },
  };
}

/**
 * The sentence as a clean, short bullet, or '' when it cannot be one: shortened (the reporting frame goes:
 * "X said that"), then cleaned (datelines and web furniture cut, quotes balanced, an opening "he" named),
 * and shortened again when cleaning uncovered a frame ("(CNN) According to police, …").
 */
function bulletText(brief: Brief, index: number): string {
  const cleaned = cleanBullet(brief, index, compressSentence(brief.text.sentences[index]?.text ?? ''));
  if (cleaned === null) return '';
  const shorter = compressSentence(cleaned);
  return shorter === cleaned ? cleaned : (cleanBullet(brief, index, shorter) ?? '');
}

/**
 * Greedy choice by the model's probability, plus a topic no bullet covers yet, less what repeats a chosen
 * bullet, the words it spends and a second bullet from one paragraph — among the sentences that still fit the word budget; at least three
 * bullets when the article has them.
 */
function chooseSentences(
  scored: readonly ScoredSentence[],
  maxWords: number,
  text: (index: number) => string,
  weights: SelectionWeights,
): ScoredSentence[] {
  const usable = scored.filter((s) => s.score > Number.NEGATIVE_INFINITY && text(s.index) !== '');
  const lengths = new Map(usable.map((s) => [s, wordCount(text(s.index))]));
  // The key fact goes in first: the figures a story turns on (a score, a tally, a total) are never dropped
  // for background. It is the sentence with figures that ranks highest, counting what it shares with the
  // title, if it is among the few that rank highest at all (on the training articles, forcing in a figure
  // from further down cost more than it carried).
  const keyRank = (s: ScoredSentence) => s.score + TITLE_WEIGHT * s.titleOverlap;
  const leading = new Set([...usable].sort((a, b) => keyRank(b) - keyRank(a)).slice(0, KEY_FACT_AMONG));
  const keyFact = maxBy(
    usable.filter((s) => s.figures > 0 && leading.has(s) && (lengths.get(s) ?? 0) <= maxWords),
    keyRank,
  );
  const chosen: ScoredSentence[] = keyFact && keyFact.score > KEY_FACT_FLOOR ? [keyFact] : [];
  let words = chosen.reduce((sum, s) => sum + (lengths.get(s) ?? 0), 0);
  while (chosen.length < MAX_BULLETS) {
    const open = usable.filter((s) => !chosen.includes(s));
    const fitting = open.filter((s) => words + (lengths.get(s) ?? 0) <= maxWords);
    const choices = fitting.length > 0 ? fitting : chosen.length < MIN_BULLETS ? open : [];
    const worth = (candidate: ScoredSentence) => {
      const redundancy = Math.max(0, ...chosen.map((c) => similarity(candidate.keys, c.keys)));
      // A news paragraph is one development: a second bullet from it must be worth more.
      const sameParagraph = chosen.some((c) => c.paragraph === candidate.paragraph) ? 1 : 0;
      const bringsTopic = candidate.topics.some((t) => !chosen.some((c) => c.topics.includes(t))) ? 1 : 0;
      return (
        sigmoid(candidate.score) +
        weights.topicGain * bringsTopic -
        weights.redundancy * redundancy -
        weights.wordCost * (lengths.get(candidate) ?? 0) -
        weights.paragraphRepeat * sameParagraph
      );
    };
    const best = maxBy(choices, worth);
    // Past three bullets, a filler ("Read more.", a stray aside) is worse than a shorter briefing.
    if (best && chosen.length >= MIN_BULLETS && worth(best) < weights.minimumWorth) break;
    if (!best) break;
    chosen.push(best);
    words += lengths.get(best) ?? 0;
  }
  return chosen;
}

function maxBy<T>(items: readonly T[], value: (item: T) => number): T | undefined {
  let best: T | undefined;
  let bestValue = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    const v = value(item);
    if (v > bestValue) {
      best = item;
      bestValue = v;
    }
  }
  return best;
}

/**
 * What happened leads: the key fact (the first bullet chosen with figures), else the bullet the model is
 * surest of; the other bullets follow in the order the article tells them.
 */
function orderForReading(chosen: readonly ScoredSentence[]): ScoredSentence[] {
  const surest = chosen.find((s) => s.figures > 0) ?? maxBy(chosen, (s) => s.score);
  const rest = chosen.filter((s) => s !== surest).sort((a, b) => a.index - b.index);
  return surest ? [surest, ...rest] : rest;
}
