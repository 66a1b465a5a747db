/**
 * Fits the briefing model: the sentence scorer by logistic regression on the oracle labels, then the
 * weights of the greedy choice by a small grid search for the best ROUGE-1 against the highlights. Both are
 * judged on held-out folds (articles the scorer had not seen), so the figures it reports are not flattered.
 */
import type { Logistic } from '../../src/core/answer/model/logistic.js';
import type { Brief } from '../../src/core/brief.schema.js';
import type { BriefingModel, SelectionWeights } from '../../src/core/briefing/briefing-model.js';
import { briefingFromScores } from '../../src/core/briefing/build-briefing.js';
import {
  readSentences,
  SENTENCE_FEATURES,
  type SentenceReading,
  scoreReadings,
} from '../../src/core/briefing/select-sentences.js';
import { WORD_FEATURES } from '../../src/core/briefing/word-importance.js';
import { rougeN, wordCount } from '../eval/rouge.js';
import { leadSentences } from '../eval/sentences.js';
import type { BriefingExample } from './briefing-examples.js';
import { fitLogistic } from './fit-logistic.js';

export const BRIEFING_FOLDS = 5;
const PENALTY = 1;
/** The values each choice weight may take; the search starts from the first of each. */
const GRID: Record<keyof SelectionWeights, readonly number[]> = {
  redundancy: [0, 0.1, 0.2, 0.4],
  // Dearer words make briefings terser: a little more ROUGE-1, fewer of the story's facts (models/README.md).
  wordCost: [0, 0.001, 0.002],
  paragraphRepeat: [0, 0.1],
  topicGain: [0, 0.1, 0.2, 0.3],
  minimumWorth: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6],
};
/** Coordinate ascent: each weight in turn set to its best value with the others held, this many rounds. */
const SEARCH_ROUNDS = 2;
/**
 * A weight moves off its current value only for a gain of this much ROUGE-1 (0.05 points): smaller gains
 * are noise across folds, and each move away from the first value makes briefings terser or stranger.
 */
const MIN_GAIN = 0.0005;

export interface SummaryFigures {
  rouge1: number;
  rouge2: number;
  words: number;
}

export interface BriefingTraining {
  model: BriefingModel;
  /** Figures by the articles' format in the training file, and for all of them ('all'). */
  heldOut: Record<string, SummaryFigures>;
  inSample: Record<string, SummaryFigures>;
  lead3: Record<string, SummaryFigures>;
}

type Pair = { summary: string; reference: string };

/** The figures of all the pairs and of each format's: cased CNN and restored DailyMail differ a lot. */
function figuresByFormat(examples: readonly BriefingExample[], pairs: readonly Pair[]) {
  const byFormat: Record<string, SummaryFigures> = { all: figures(pairs) };
  for (const format of new Set(examples.map((e) => e.format)))
    byFormat[format] = figures(pairs.filter((_, i) => examples[i]?.format === format));
  return byFormat;
}

type ReadExample = BriefingExample & { readings: SentenceReading[] };

/** The word model: which of an article's words its highlights use, from every word of every article. */
function fitWordModel(examples: readonly BriefingExample[]): Logistic {
  const x: Float64Array[] = [];
  const y: number[] = [];
  for (const example of examples) {
    for (const [stem, features] of example.words) {
      x.push(Float64Array.from(features));
      y.push(example.highlightStems.has(stem) ? 1 : 0);
    }
  }
  return fitLogistic(WORD_FEATURES, { x, y: Uint8Array.from(y) }, { penalty: PENALTY });
}

function fitScorer(examples: readonly ReadExample[]): Logistic {
  const x: Float64Array[] = [];
  const y: number[] = [];
  for (const example of examples) {
    example.readings.forEach((reading, i) => {
      x.push(Float64Array.from(reading.features));
      y.push(example.labels[i] ?? 0);
    });
  }
  return fitLogistic(SENTENCE_FEATURES, { x, y: Uint8Array.from(y) }, { penalty: PENALTY });
}

/** Mean ROUGE-1/2 F1 and words of summaries against their references. */
function figures(pairs: readonly Pair[]): SummaryFigures {
  const mean = (f: (p: Pair) => number) =>
    pairs.reduce((sum, p) => sum + f(p), 0) / Math.max(1, pairs.length);
  return {
    rouge1: mean((p) => rougeN(p.summary, p.reference, 1).f1),
    rouge2: mean((p) => rougeN(p.summary, p.reference, 2).f1),
    words: mean((p) => wordCount(p.summary)),
  };
}

function briefingsOf(
  examples: readonly ReadExample[],
  scorerOf: (index: number) => Logistic,
  selection: SelectionWeights,
) {
  return examples.map((example, i) => ({
    summary: briefingFromScores(
      example.brief as Brief,
      scoreReadings(example.readings, scorerOf(i)),
      selection,
      {
        maxWords: 80,
        bullets: example.bullets,
      },
    ).bullets.join(' '),
    reference: example.highlights,
  }));
}

export function trainBriefingModel(
  articles: readonly BriefingExample[],
  trainedOn: string,
): BriefingTraining {
  if (articles.length === 0) throw new Error('no training articles');
  // The word model has ten weights over about a million words, so it is fit once on all the articles; the
  // sentence scorer and the choice weights, which the figures judge, are fit on folds.
  const word = fitWordModel(articles);
  const examples = articles.map((a) => ({ ...a, readings: readSentences(a.brief as Brief, word) }));
  const foldOf = (i: number) => i % BRIEFING_FOLDS;
  const foldScorers = Array.from({ length: BRIEFING_FOLDS }, (_, fold) =>
    fitScorer(examples.filter((_, i) => foldOf(i) !== fold)),
  );
  const heldOutScorer = (i: number) => foldScorers[foldOf(i)] as Logistic;
  const judge = (selection: SelectionWeights) => figures(briefingsOf(examples, heldOutScorer, selection));
  const start = Object.fromEntries(
    Object.entries(GRID).map(([name, values]) => [name, values[0]]),
  ) as SelectionWeights;
  let best = { selection: start, figures: judge(start) };
  for (let round = 0; round < SEARCH_ROUNDS; round++) {
    for (const [name, values] of Object.entries(GRID) as [keyof SelectionWeights, readonly number[]][]) {
      for (const value of values) {
        if (value === best.selection[name]) continue;
        const selection = { ...best.selection, [name]: value };
        const found = judge(selection);
        if (found.rouge1 > best.figures.rouge1 + MIN_GAIN) best = { selection, figures: found };
      }
    }
  }
  const scorer = fitScorer(examples);
  const model: BriefingModel = { trainedOn, word, sentence: scorer, selection: best.selection };
  return {
    model,
    heldOut: figuresByFormat(examples, briefingsOf(examples, heldOutScorer, best.selection)),
    inSample: figuresByFormat(
      examples,
      briefingsOf(examples, () => scorer, best.selection),
    ),
    lead3: figuresByFormat(
      examples,
      examples.map((e) => ({ summary: leadSentences(e.article, 3), reference: e.highlights })),
    ),
  };
}
