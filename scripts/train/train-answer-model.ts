/**
 * Learns the answer model from the training examples: a candidate ranker, then a confidence model fitted on
 * the ranker's out-of-fold choices (articles the ranker had not seen, as a held-back article will be), then
 * the abstention threshold.
 */
import { FEATURE_NAMES } from '../../src/core/answer/candidate-features.js';
import type { AnswerModel } from '../../src/core/answer/model/answer-model.js';
import { CONFIDENCE_FEATURES, confidenceFeatures } from '../../src/core/answer/model/confidence-features.js';
import { probability } from '../../src/core/answer/model/logistic.js';
import { type Trees, treesScore } from '../../src/core/answer/model/trees.js';
import { YES_NO_FEATURES } from '../../src/core/answer/yes-no.js';
import type { QuestionExample } from './answer-examples.js';
import type { Judged } from './answer-figures.js';
import { fitBoostedTrees, type Group } from './fit-boosted-trees.js';
import { fitLogistic, type Rows } from './fit-logistic.js';

export const FOLDS = 5;
export const CONFIDENCE_PENALTY = 1;
/**
 * Answer only when the answer is more likely right than wrong. The confidence is a calibrated probability,
 * so this is a statement about the answer, not a tuned number; ANSWER_MIN_CONFIDENCE moves it.
 */
export const THRESHOLD = 0.5;

export interface Trained {
  model: AnswerModel;
  /** Every question judged by models that never saw its article. */
  heldOut: Judged[];
  /** Every question judged by the final model, which saw them all. */
  inSample: Judged[];
}

export function trainAnswerModel(examples: readonly QuestionExample[], trainedOn: string): Trained {
  const ranked = examples.filter((e) => !e.yesNo);
  const fold = foldOf(ranked);
  const confidenceRows: Rows = {
    x: [],
    y: new Uint8Array(ranked.length),
    weight: new Float64Array(ranked.length),
  };
  const confidenceFold: number[] = [];
  const oofTop: { example: QuestionExample; f1: number; x: Float64Array | undefined }[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const ranker = fitBoostedTrees(
      FEATURE_NAMES,
      candidateGroups(ranked.filter((e) => fold(e) !== k)),
      'right',
    );
    for (const example of ranked.filter((e) => fold(e) === k)) oofTop.push(topOf(example, ranker));
  }
  oofTop.forEach((t, i) => {
    confidenceRows.x.push(t.x ?? new Float64Array(CONFIDENCE_FEATURES.length));
    confidenceRows.y[i] = t.x && !t.example.unanswerable && t.f1 >= 0.5 ? 1 : 0;
    (confidenceRows.weight as Float64Array)[i] = weightOf(t.example);
    confidenceFold.push(fold(t.example));
  });
  // Held-out confidence: fitted on the other folds' out-of-fold choices.
  const heldOut: Judged[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const train = pick(confidenceRows, (i) => confidenceFold[i] !== k && oofTop[i]?.x !== undefined);
    const model = fitLogistic(CONFIDENCE_FEATURES, train, { penalty: CONFIDENCE_PENALTY });
    oofTop.forEach((t, i) => {
      if (confidenceFold[i] !== k) return;
      heldOut.push(judged(t.example, t.f1, t.x ? probability(model, t.x) : 0));
    });
  }
  const ranker = fitBoostedTrees(FEATURE_NAMES, candidateGroups(ranked), 'right');
  const confidence = fitLogistic(
    CONFIDENCE_FEATURES,
    pick(confidenceRows, (i) => oofTop[i]?.x !== undefined),
    { penalty: CONFIDENCE_PENALTY },
  );
  const inSample = ranked.map((example) => {
    const top = topOf(example, ranker);
    return judged(example, top.f1, top.x ? probability(confidence, top.x) : 0);
  });
  const yesNo = fitLogistic(YES_NO_FEATURES, yesNoRows(examples), { penalty: CONFIDENCE_PENALTY });
  return {
    model: { version: 1, trainedOn, ranker, confidence, yesNo, threshold: THRESHOLD },
    heldOut,
    inSample,
  };
}

/** Every yes/no reading the engine made on the training questions, right or wrong. */
export function yesNoRows(examples: readonly QuestionExample[]): Rows {
  const read = examples.flatMap((e) => (e.yesNoReading ? [{ e, reading: e.yesNoReading }] : []));
  return {
    x: read.map((r) => r.reading.features),
    y: Uint8Array.from(read.map((r) => (r.reading.right ? 1 : 0))),
    weight: Float64Array.from(read.map((r) => weightOf(r.e))),
  };
}

function judged(example: QuestionExample, f1: number, confidence: number): Judged {
  return { source: example.source, unanswerable: example.unanswerable, f1, confidence };
}

/** The ranker's choice for a question and its confidence features. */
function topOf(example: QuestionExample, ranker: Trees) {
  if (example.candidates.length === 0) return { example, f1: 0, x: undefined };
  const order = example.candidates
    .map((c) => ({ answer: c.answer, features: c.features, logit: treesScore(ranker, c.features), f1: c.f1 }))
    .sort((a, b) => b.logit - a.logit);
  const best = order[0] as (typeof order)[number];
  return { example, f1: best.f1, x: Float64Array.from(confidenceFeatures(order)) };
}

/**
 * The news questions count more than the Wikipedia ones: the bot answers news, and they are fewer. Held-out
 * figures are reported per set, so the weight's effect on each is visible.
 */
export const NEWS_WEIGHT = 3;

function weightOf(example: QuestionExample): number {
  return example.source === 'news' ? NEWS_WEIGHT : 1;
}

function candidateGroups(examples: readonly QuestionExample[]): Group[] {
  return examples.map((e) => ({
    weight: weightOf(e),
    x: e.candidates.map((c) => c.features),
    right: Uint8Array.from(e.candidates.map((c) => (c.right ? 1 : 0))),
  }));
}

function pick(rows: Rows, keep: (i: number) => boolean): Rows {
  const x: Float64Array[] = [];
  const y: number[] = [];
  const weight: number[] = [];
  rows.x.forEach((row, i) => {
    if (!keep(i)) return;
    x.push(row);
    y.push(rows.y[i] as number);
    weight.push(rows.weight?.[i] ?? 1);
  });
  return { x, y: Uint8Array.from(y), weight: Float64Array.from(weight) };
}

/** Folds by source article, assigned in sorted order of the article names: deterministic and balanced. */
function foldOf(examples: readonly QuestionExample[]): (e: QuestionExample) => number {
  const groups = [...new Set(examples.map((e) => e.group))].sort();
  const index = new Map(groups.map((g, i) => [g, i % FOLDS]));
  return (e) => index.get(e.group) ?? 0;
}
