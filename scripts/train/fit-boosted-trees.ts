/**
 * Fits the ranker as gradient-boosted trees (Newton boosting, as XGBoost does): each round adds a tree
 * fitted to the loss's gradient and curvature at the current scores. Two losses:
 * - 'right' (pointwise logistic): the score is the log-odds that this candidate is right, learned from every
 *   question, unanswerable ones included — an absolute figure the confidence model builds on;
 * - 'rank' (listwise softmax): only which candidate of a question is right; relative scores.
 * Splits are searched over at most 32 quantile bins per feature. Deterministic: no sampling.
 */
import { sigmoid } from '../../src/core/answer/model/logistic.js';
import type { Tree, Trees } from '../../src/core/answer/model/trees.js';
import { type Binned, binFeatures } from './feature-bins.js';
import { round } from './fit-logistic.js';
import { growTree } from './grow-tree.js';

/** One question's candidates: their features, and 1 for each right one. */
export interface Group {
  x: Float64Array[];
  right: Uint8Array;
  /** How much the question counts. */
  weight: number;
}

export interface BoostOptions {
  rounds: number;
  depth: number;
  learningRate: number;
  /** L2 penalty on leaf values. */
  penalty: number;
  /** Least curvature a leaf must hold: no leaf for a handful of candidates. */
  minLeafWeight: number;
}

export const DEFAULT_BOOST: BoostOptions = {
  rounds: 100,
  depth: 4,
  learningRate: 0.15,
  penalty: 1,
  minLeafWeight: 2,
};

export type Objective = 'right' | 'rank';

export function fitBoostedTrees(
  features: readonly string[],
  groups: readonly Group[],
  objective: Objective,
  options = DEFAULT_BOOST,
): Trees {
  // A question with no right candidate teaches a ranking nothing, but tells the pointwise loss a lot.
  const used = objective === 'rank' ? groups.filter((g) => g.right.some((r) => r === 1)) : groups;
  const rows = used.flatMap((g) => g.x);
  const binned = binFeatures(rows, features.length);
  const starts: number[] = [];
  let offset = 0;
  for (const g of used) {
    starts.push(offset);
    offset += g.x.length;
  }
  const target = new Float64Array(rows.length);
  const weight = new Float64Array(rows.length);
  used.forEach((g, k) => {
    weight.fill(g.weight, starts[k] as number, (starts[k] as number) + g.x.length);
    const rights = objective === 'rank' ? g.right.reduce((a, b) => a + b, 0) : 1;
    g.right.forEach((r, i) => {
      target[(starts[k] as number) + i] = r / rights;
    });
  });
  const base = objective === 'rank' ? 0 : baseLogOdds(target);
  const score = new Float64Array(rows.length).fill(base);
  const gradient = new Float64Array(rows.length);
  const curvature = new Float64Array(rows.length);
  const trees: Tree[] = [];
  for (let round_ = 0; round_ < options.rounds; round_++) {
    if (objective === 'rank') {
      used.forEach((g, k) => {
        softmaxStep(starts[k] as number, g.x.length, score, target, gradient, curvature);
      });
    } else logisticStep(score, target, gradient, curvature);
    for (let i = 0; i < rows.length; i++) {
      gradient[i] = (gradient[i] as number) * (weight[i] as number);
      curvature[i] = (curvature[i] as number) * (weight[i] as number);
    }
    const tree = growTree(binned, gradient, curvature, options);
    addTree(tree, binned, score, options.learningRate);
    trees.push(scaled(tree, options.learningRate));
  }
  return { features: [...features], base: round(base), trees };
}

function baseLogOdds(target: Float64Array): number {
  const rate = Math.min(0.99, Math.max(0.01, target.reduce((a, b) => a + b, 0) / Math.max(1, target.length)));
  return Math.log(rate / (1 - rate));
}

function logisticStep(
  score: Float64Array,
  target: Float64Array,
  gradient: Float64Array,
  curvature: Float64Array,
) {
  for (let i = 0; i < score.length; i++) {
    const p = sigmoid(score[i] as number);
    gradient[i] = p - (target[i] as number);
    curvature[i] = Math.max(p * (1 - p), 1e-6);
  }
}

function softmaxStep(
  start: number,
  n: number,
  score: Float64Array,
  target: Float64Array,
  gradient: Float64Array,
  curvature: Float64Array,
): void {
  let top = Number.NEGATIVE_INFINITY;
  for (let i = start; i < start + n; i++) top = Math.max(top, score[i] as number);
  let sum = 0;
  for (let i = start; i < start + n; i++) sum += Math.exp((score[i] as number) - top);
  for (let i = start; i < start + n; i++) {
    const p = Math.exp((score[i] as number) - top) / sum;
    gradient[i] = p - (target[i] as number);
    curvature[i] = Math.max(p * (1 - p), 1e-6);
  }
}

function addTree(tree: Tree, binned: Binned, score: Float64Array, rate: number): void {
  for (let row = 0; row < score.length; row++) {
    let node = 0;
    while ((tree.feature[node] as number) !== -1) {
      const f = tree.feature[node] as number;
      const value = (binned.raw[row] as Float64Array)[f] as number;
      node =
        value <= (tree.threshold[node] as number)
          ? (tree.left[node] as number)
          : (tree.right[node] as number);
    }
    score[row] = (score[row] as number) + rate * (tree.value[node] as number);
  }
}

function scaled(tree: Tree, rate: number): Tree {
  return {
    ...tree,
    threshold: tree.threshold.map(round),
    value: tree.value.map((v) => round(v * rate)),
  };
}
