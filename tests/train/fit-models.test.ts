import { describe, expect, it } from 'vitest';
import { fitBoostedTrees, type Group } from '../../scripts/train/fit-boosted-trees.js';
import { fitLogistic } from '../../scripts/train/fit-logistic.js';
import { probability } from '../../src/core/answer/model/logistic.js';
import { treesScore } from '../../src/core/answer/model/trees.js';

/** Questions of three candidates each: the right one has the highest first feature; the second is noise. */
function groups(n: number): Group[] {
  return Array.from({ length: n }, (_, q) => {
    const right = q % 3;
    const x = [0, 1, 2].map((i) =>
      Float64Array.from([
        i === right ? 0.8 + (q % 5) / 25 : ((i * 7 + q) % 5) / 10,
        ((q * 13 + i) % 11) / 11,
      ]),
    );
    return { x, right: Uint8Array.from([0, 1, 2].map((i) => (i === right ? 1 : 0))), weight: 1 };
  });
}

describe('training', () => {
  it('boosted trees learn to rank the right candidate first, the same way every time', () => {
    const data = groups(120);
    const options = { rounds: 20, depth: 2, learningRate: 0.3, penalty: 1, minLeafWeight: 1 };
    const trees = fitBoostedTrees(['signal', 'noise'], data, 'right', options);
    const picked = data.filter((g) => {
      const scores = g.x.map((x) => treesScore(trees, x));
      return g.right[scores.indexOf(Math.max(...scores))] === 1;
    });
    expect(picked.length / data.length).toBeGreaterThan(0.95);
    expect(fitBoostedTrees(['signal', 'noise'], data, 'right', options)).toEqual(trees);
  });

  it('logistic regression gives calibrated probabilities on a clean signal', () => {
    const x = Array.from({ length: 400 }, (_, i) => Float64Array.from([i / 400]));
    const y = Uint8Array.from(x.map((row) => ((row[0] as number) > 0.5 ? 1 : 0)));
    const model = fitLogistic(['x'], { x, y }, { penalty: 0.01 });
    expect(probability(model, [0.9])).toBeGreaterThan(0.9);
    expect(probability(model, [0.1])).toBeLessThan(0.1);
    expect(probability(model, [0.5])).toBeGreaterThan(0.2);
    expect(probability(model, [0.5])).toBeLessThan(0.8);
  });
});
