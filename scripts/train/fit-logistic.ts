/**
 * Fits a logistic model by Newton's method (iteratively reweighted least squares) with an L2 penalty on
 * the standardised weights. Deterministic: no random start, no sampling, so `npm run train` writes the
 * same model from the same data.
 */
import { type Logistic, sigmoid } from '../../src/core/answer/model/logistic.js';
import { dot, solve, standardisation, standardised } from './linear-algebra.js';

export interface Rows {
  x: Float64Array[];
  y: Uint8Array;
  /** How much each row counts (1 when absent). */
  weight?: Float64Array;
}

export interface FitOptions {
  /** L2 penalty on the standardised weights (not on the bias). */
  penalty: number;
  iterations?: number;
}

export function fitLogistic(features: readonly string[], rows: Rows, options: FitOptions): Logistic {
  const d = features.length;
  const { mean, scale } = standardisation(rows.x, d);
  const z = standardised(rows.x, mean, scale);
  const w = new Float64Array(d + 1);
  for (let iteration = 0; iteration < (options.iterations ?? 25); iteration++) {
    const gradient = new Float64Array(d + 1);
    const hessian = Array.from({ length: d + 1 }, () => new Float64Array(d + 1));
    z.forEach((row, i) => {
      const p = sigmoid(dot(w, row));
      const weight = rows.weight?.[i] ?? 1;
      const residual = weight * (p - (rows.y[i] as number));
      const curvature = weight * Math.max(p * (1 - p), 1e-9);
      for (let a = 0; a <= d; a++) {
        const ra = row[a] as number;
        if (ra === 0) continue;
        gradient[a] = (gradient[a] as number) + residual * ra;
        const line = hessian[a] as Float64Array;
        for (let b = a; b <= d; b++) line[b] = (line[b] as number) + curvature * ra * (row[b] as number);
      }
    });
    for (let a = 1; a <= d; a++) {
      gradient[a] = (gradient[a] as number) + options.penalty * (w[a] as number);
      (hessian[a] as Float64Array)[a] = ((hessian[a] as Float64Array)[a] as number) + options.penalty;
    }
    for (let a = 0; a <= d; a++)
      for (let b = 0; b < a; b++) (hessian[a] as Float64Array)[b] = (hessian[b] as Float64Array)[a] as number;
    const step = solve(hessian, gradient);
    let largest = 0;
    for (let a = 0; a <= d; a++) {
      w[a] = (w[a] as number) - (step[a] as number);
      largest = Math.max(largest, Math.abs(step[a] as number));
    }
    if (largest < 1e-7) break;
  }
  return {
    features: [...features],
    bias: round(w[0] as number),
    weights: Array.from(w.subarray(1), round),
    mean: mean.map(round),
    scale: scale.map(round),
  };
}

export function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
