/** Features cut into at most 32 bins at their quantiles, so a split is searched over bins, not values. */

export const MAX_BINS = 32;

export interface Binned {
  raw: readonly Float64Array[];
  /** bins[f][row]: the bin of row's value of feature f. */
  bins: Uint8Array[];
  /** edges[f][b]: the largest value in bin b; a split after bin b tests `x <= edges[f][b]`. */
  edges: number[][];
}

export function binFeatures(rows: readonly Float64Array[], d: number): Binned {
  const bins: Uint8Array[] = [];
  const edges: number[][] = [];
  for (let f = 0; f < d; f++) {
    const values = Float64Array.from(rows, (r) => r[f] as number).sort();
    const cuts: number[] = [];
    for (let b = 1; b <= MAX_BINS; b++) {
      const v = values[Math.min(values.length - 1, Math.floor((b * values.length) / MAX_BINS) - 1)];
      if (v !== undefined && (cuts.length === 0 || v > (cuts.at(-1) as number))) cuts.push(v);
    }
    const column = new Uint8Array(rows.length);
    rows.forEach((r, i) => {
      column[i] = binOf(r[f] as number, cuts);
    });
    bins.push(column);
    edges.push(cuts);
  }
  return { raw: rows, bins, edges };
}

/** The first bin whose edge is at least the value (binary search). */
function binOf(value: number, cuts: readonly number[]): number {
  let low = 0;
  let high = cuts.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (value <= (cuts[middle] as number)) high = middle;
    else low = middle + 1;
  }
  return low;
}
