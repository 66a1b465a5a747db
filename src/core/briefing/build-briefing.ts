import type { Brief } from '../brief.schema.js';
import type { Briefing, BriefingOptions } from './briefing.js';
import { compressSentence, wordCount } from './compress-sentence.js';
import { makeHeadline } from './headline.js';
import { type ScoredSentence, scoreSentences, similarity } from './select-sentences.js';

const MIN_BULLETS = 3;
const MAX_BULLETS = 5;
/** A sentence that repeats this much of one already chosen adds nothing. */
const REDUNDANCY_WEIGHT = 1.6;
/** A sentence that brings in one of the brief's topics not yet covered. */
const TOPIC_GAIN = 0.9;
/** Every word spends the reader's attention: of two sentences saying as much, the shorter wins. */
const WORD_COST = 0.03;
const PARAGRAPH_REPEAT = 1;

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
  const chosen = chooseSentences(scoreSentences(brief), maxWords, (i) => bulletText(brief, i));
  const ordered = orderForReading(chosen);
  return {
    briefId: brief.id,
    headline: makeHeadline(brief.title),
    bullets: ordered.map((s) => bulletText(brief, s.index)),
    source: { outlet: brief.outlet ?? null, published: brief.published, url: brief.url ?? null },
  };
}

function bulletText(brief: Brief, index: number): string {
  return compressSentence(brief.text.sentences[index]?.text ?? '');
}

/**
 * Greedy choice by score, less what repeats a chosen bullet, plus the topics it adds — among the sentences
 * that still fit the word budget; at least three bullets when the article has them.
 */
function chooseSentences(
  scored: readonly ScoredSentence[],
  maxWords: number,
  text: (index: number) => string,
): ScoredSentence[] {
  const good = scored.filter((s) => s.score >= 0);
  const usable =
    good.length >= MIN_BULLETS
      ? good
      : [...scored].filter((s) => s.score > Number.NEGATIVE_INFINITY).slice(0, MIN_BULLETS);
  const lengths = new Map(usable.map((s) => [s, wordCount(text(s.index))]));
  const budget = maxWords;
  const chosen: ScoredSentence[] = [];
  let words = 0;
  while (chosen.length < MAX_BULLETS) {
    const open = usable.filter((s) => !chosen.includes(s));
    const fitting = open.filter((s) => words + (lengths.get(s) ?? 0) <= budget);
    const choices = fitting.length > 0 ? fitting : chosen.length < MIN_BULLETS ? open : [];
    const best = maxBy(choices, (candidate) => {
      const redundancy = Math.max(0, ...chosen.map((c) => similarity(candidate.keys, c.keys)));
      const bringsTopic = candidate.topics.some((t) => !chosen.some((c) => c.topics.includes(t)));
      const length = lengths.get(candidate) ?? 0;
      // A news paragraph is one development: a second bullet from it must be worth much more.
      const sameParagraph = chosen.some((c) => c.paragraph === candidate.paragraph) ? PARAGRAPH_REPEAT : 0;
      return (
        -sameParagraph +
        candidate.score -
        REDUNDANCY_WEIGHT * redundancy +
        (bringsTopic ? TOPIC_GAIN : 0) -
        WORD_COST * length
      );
    });
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

/** The key figures lead; the other bullets follow in the order the article tells them. */
function orderForReading(chosen: readonly ScoredSentence[]): ScoredSentence[] {
  const withFigures = chosen.filter((s) => s.figures > 0).sort((a, b) => b.score - a.score);
  const lead = withFigures[0];
  const rest = chosen.filter((s) => s !== lead).sort((a, b) => a.index - b.index);
  return lead ? [lead, ...rest] : rest;
}
