/** The few numeric pieces the trainers share: feature standardisation and a small dense solver. */

export function standardisation(x: readonly Float64Array[], d: number): { mean: number[]; scale: number[] } {
  const mean = new Array<number>(d).fill(0);
  const square = new Array<number>(d).fill(0);
  for (const row of x) {
    for (let j = 0; j < d; j++) {
      mean[j] = (mean[j] as number) + (row[j] as number);
      square[j] = (square[j] as number) + (row[j] as number) ** 2;
    }
  }
  const n = Math.max(1, x.length);
  const scale = mean.map((sum, j) => {
    const variance = (square[j] as number) / n - (sum / n) ** 2;
    // A feature that never varies in training keeps scale 1: its weight stays at zero under the penalty.
    return variance > 1e-12 ? Math.sqrt(variance) : 1;
  });
  return { mean: mean.map((sum) => sum / n), scale };
}

/** Solves A·x = b by Gaussian elimination with partial pivoting (A is small and positive definite). */
export function solve(a: Float64Array[], b: Float64Array): Float64Array {
  const n = b.length;
  const m: Float64Array[] = a.map((row, i) => Float64Array.from([...row, b[i] as number]));
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++)
      if (
        Math.abs((m[r] as Float64Array)[col] as number) > Math.abs((m[pivot] as Float64Array)[col] as number)
      )
        pivot = r;
    const swap = m[col] as Float64Array;
    m[col] = m[pivot] as Float64Array;
    m[pivot] = swap;
    const top = m[col] as Float64Array;
    const lead = (top[col] as number) || 1e-12;
    for (let r = col + 1; r < n; r++) {
      const row = m[r] as Float64Array;
      const factor = (row[col] as number) / lead;
      if (factor === 0) continue;
      for (let c = col; c <= n; c++) row[c] = (row[c] as number) - factor * (top[c] as number);
    }
  }
  const x = new Float64Array(n);
  for (let r = n - 1; r >= 0; r--) {
    const row = m[r] as Float64Array;
    let sum = row[n] as number;
    for (let c = r + 1; c < n; c++) sum -= (row[c] as number) * (x[c] as number);
    x[r] = sum / ((row[r] as number) || 1e-12);
  }
  return x;
}

export function dot(w: Float64Array, row: Float64Array): number {
  let s = 0;
  for (let i = 0; i < w.length; i++) s += (w[i] as number) * (row[i] as number);
  return s;
}

/** Each row standardised, with a leading 1 for the bias. */
export function standardised(
  x: readonly Float64Array[],
  mean: readonly number[],
  scale: readonly number[],
): Float64Array[] {
  const d = mean.length;
  return x.map((row) => {
    const s = new Float64Array(d + 1);
    s[0] = 1;
    for (let j = 0; j < d; j++) s[j + 1] = ((row[j] as number) - (mean[j] as number)) / (scale[j] as number);
    return s;
  });
}
