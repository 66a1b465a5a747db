/**
 * Fits the briefing model: the sentence scorer by logistic regression on the oracle labels, then the
 * weights of the greedy choice by a small grid search for the best ROUGE-1 against the highlights. Both are
 * judged on held-out folds (articles the scorer had not seen), so the figures it reports are not flattered.
 */
import type { Logistic } from '../../src/core/answer/model/logistic.js';
import type { Brief } from '../../src/core/brief.schema.js';
import type { BriefingModel, SelectionWeights } from '../../src/core/briefing/briefing-model.js';
import { briefingWith } from '../../src/core/briefing/build-briefing.js';
import { SENTENCE_FEATURES } from '../../src/core/briefing/select-sentences.js';
import { rougeN, wordCount } from '../eval/rouge.js';
import { leadSentences } from '../eval/sentences.js';
import type { BriefingExample } from './briefing-examples.js';
import { fitLogistic } from './fit-logistic.js';

export const BRIEFING_FOLDS = 5;
const PENALTY = 1;
const GRID = {
  redundancy: [0, 0.2],
  wordCost: [0, 0.002],
  paragraphRepeat: [0, 0.1],
  topicGain: [0, 0.1, 0.3],
};

export interface SummaryFigures {
  rouge1: number;
  rouge2: number;
  words: number;
}

export interface BriefingTraining {
  model: BriefingModel;
  heldOut: SummaryFigures;
  inSample: SummaryFigures;
  lead3: SummaryFigures;
}

function fitScorer(examples: readonly BriefingExample[]): Logistic {
  const x: Float64Array[] = [];
  const y: number[] = [];
  for (const example of examples) {
    example.features.forEach((row, i) => {
      x.push(Float64Array.from(row));
      y.push(example.labels[i] ?? 0);
    });
  }
  return fitLogistic(SENTENCE_FEATURES, { x, y: Uint8Array.from(y) }, { penalty: PENALTY });
}

/** Mean ROUGE-1/2 F1 and words of summaries against their references. */
function figures(pairs: readonly { summary: string; reference: string }[]): SummaryFigures {
  const mean = (f: (p: { summary: string; reference: string }) => number) =>
    pairs.reduce((sum, p) => sum + f(p), 0) / Math.max(1, pairs.length);
  return {
    rouge1: mean((p) => rougeN(p.summary, p.reference, 1).f1),
    rouge2: mean((p) => rougeN(p.summary, p.reference, 2).f1),
    words: mean((p) => wordCount(p.summary)),
  };
}

function briefingsOf(
  examples: readonly BriefingExample[],
  scorerOf: (index: number) => Logistic,
  selection: SelectionWeights,
  trainedOn: string,
) {
  return examples.map((example, i) => ({
    summary: briefingWith(example.brief as Brief, {
      trainedOn,
      sentence: scorerOf(i),
      selection,
    }).bullets.join(' '),
    reference: example.highlights,
  }));
}

export function trainBriefingModel(
  examples: readonly BriefingExample[],
  trainedOn: string,
): BriefingTraining {
  const foldOf = (i: number) => i % BRIEFING_FOLDS;
  const foldScorers = Array.from({ length: BRIEFING_FOLDS }, (_, fold) =>
    fitScorer(examples.filter((_, i) => foldOf(i) !== fold)),
  );
  const heldOutScorer = (i: number) => foldScorers[foldOf(i)] as Logistic;
  let best: { selection: SelectionWeights; figures: SummaryFigures } | undefined;
  for (const redundancy of GRID.redundancy) {
    for (const wordCost of GRID.wordCost) {
      for (const paragraphRepeat of GRID.paragraphRepeat) {
        for (const topicGain of GRID.topicGain) {
          const selection = { redundancy, wordCost, paragraphRepeat, topicGain };
          const found = figures(briefingsOf(examples, heldOutScorer, selection, trainedOn));
          if (!best || found.rouge1 > best.figures.rouge1) best = { selection, figures: found };
        }
      }
    }
  }
  if (!best) throw new Error('no training articles');
  const scorer = fitScorer(examples);
  const model: BriefingModel = { trainedOn, sentence: scorer, selection: best.selection };
  return {
    model,
    heldOut: best.figures,
    inSample: figures(briefingsOf(examples, () => scorer, best.selection, trainedOn)),
    lead3: figures(examples.map((e) => ({ summary: leadSentences(e.article, 3), reference: e.highlights }))),
  };
}
