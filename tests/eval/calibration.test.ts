import { describe, expect, it } from 'vitest';
import {
  calibrationReport,
  expectedCalibrationError,
  reliabilityBins,
} from '../../scripts/eval/calibration.js';

const pair = (confidence: number, correct: boolean) => ({ confidence, correct });

describe('calibration', () => {
  it('puts confidences in ten equal bins, 1.0 in the top one, and leaves empty bins empty', () => {
    const bins = reliabilityBins([pair(0, false), pair(0.05, true), pair(0.1, true), pair(1, true)]);
    expect(bins).toHaveLength(10);
    expect(bins.map((b) => b.count)).toEqual([2, 1, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(bins[0]).toMatchObject({ low: 0, high: 0.1, meanConfidence: 0.025, accuracy: 0.5 });
    expect(bins[2]).toMatchObject({ count: 0, meanConfidence: null, accuracy: null });
    expect(bins[9]).toMatchObject({ meanConfidence: 1, accuracy: 1 });
  });

  it('weighs each bin’s gap between accuracy and mean confidence by its share of the answers', () => {
    // bin 0.2–0.3: mean 0.25, right 1/2 (gap 0.25); bin 0.9–1.0: mean 0.95, right 0/2 (gap 0.95)
    const pairs = [pair(0.2, true), pair(0.3 - 1e-9, false), pair(0.9, false), pair(1, false)];
    expect(expectedCalibrationError(reliabilityBins(pairs))).toBeCloseTo(0.5 * 0.25 + 0.5 * 0.95, 6);
  });

  it('is zero for a perfectly calibrated set and null with no answers', () => {
    const perfect = [pair(0.75, true), pair(0.75, true), pair(0.75, true), pair(0.75, false)];
    expect(expectedCalibrationError(reliabilityBins(perfect))).toBeCloseTo(0, 10);
    expect(expectedCalibrationError(reliabilityBins([]))).toBeNull();
  });

  it('reports an informative metric and one table row per bin', () => {
    const report = calibrationReport([pair(0.55, true)], 'answers');
    expect(report.metric).toMatchObject({ name: 'expected calibration error', target: null, unit: 'number' });
    expect(report.metric.value).toBeCloseTo(0.45, 10);
    expect(report.table.rows).toHaveLength(10);
    expect(report.table.rows[5]).toEqual(['0.5–0.6', 1, 0.55, 1]);
  });
});
