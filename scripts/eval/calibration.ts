/**
 * Calibration of the engine's confidence: does an answer given with confidence 0.7 turn out right about 70 % of
 * the time? A reliability table over equal-width confidence bins and the expected calibration error (ECE),
 * the count-weighted mean gap between each bin's accuracy and its mean confidence.
 */
import type { Metric, SuiteTable } from './suite.js';

/** One answer the engine gave: how sure it was, and whether the answer was right. */
export interface ConfidencePair {
  confidence: number;
  correct: boolean;
}

export interface CalibrationBin {
  /** The bin covers [low, high); the last bin includes 1.0. */
  low: number;
  high: number;
  count: number;
  /** Null for an empty bin. */
  meanConfidence: number | null;
  accuracy: number | null;
}

export const CALIBRATION_BINS = 10;

/** Equal-width bins over 0–1; a confidence outside 0–1 is clamped into the first or last bin. */
export function reliabilityBins(pairs: readonly ConfidencePair[], bins = CALIBRATION_BINS): CalibrationBin[] {
  const members: ConfidencePair[][] = Array.from({ length: bins }, () => []);
  for (const pair of pairs) {
    // Confidence exactly 1.0 would index one past the end; it belongs to the top bin.
    const index = Math.min(bins - 1, Math.max(0, Math.floor(pair.confidence * bins)));
    members[index]?.push(pair);
  }
  return members.map((inBin, i) => {
    const count = inBin.length;
    const mean = (values: number[]) => (count > 0 ? values.reduce((s, v) => s + v, 0) / count : null);
    return {
      low: i / bins,
      high: (i + 1) / bins,
      count,
      meanConfidence: mean(inBin.map((p) => p.confidence)),
      accuracy: mean(inBin.map((p) => (p.correct ? 1 : 0))),
    };
  });
}

/** Σ bin count / N × |accuracy − mean confidence|; null when there is no answer to judge. */
export function expectedCalibrationError(bins: readonly CalibrationBin[]): number | null {
  const total = bins.reduce((s, b) => s + b.count, 0);
  if (total === 0) return null;
  return bins.reduce((sum, b) => {
    if (b.count === 0 || b.accuracy === null || b.meanConfidence === null) return sum;
    return sum + (b.count / total) * Math.abs(b.accuracy - b.meanConfidence);
  }, 0);
}

export interface CalibrationReport {
  metric: Metric;
  table: SuiteTable;
}

/**
 * The metric and reliability table a suite reports; `what` says which answers were judged and what "right"
 * meant for them, since that differs between sets.
 */
export function calibrationReport(pairs: readonly ConfidencePair[], what: string): CalibrationReport {
  const bins = reliabilityBins(pairs);
  return {
    metric: {
      name: 'expected calibration error',
      value: expectedCalibrationError(bins),
      target: null,
      unit: 'number',
    },
    table: {
      title: `calibration: ${what}, by confidence`,
      columns: [
        { name: 'confidence', unit: 'text' },
        { name: 'answers', unit: 'count' },
        { name: 'mean confidence', unit: 'share' },
        { name: 'right', unit: 'share' },
      ],
      rows: bins.map((b) => [
        `${b.low.toFixed(1)}–${b.high.toFixed(1)}`,
        b.count,
        b.meanConfidence,
        b.accuracy,
      ]),
    },
  };
}
