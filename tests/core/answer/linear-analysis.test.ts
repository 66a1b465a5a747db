import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../../src/core/answer/analyze-question.js';

/** CPU time (not wall time) of the fastest of a few runs: the least disturbed by a busy machine. */
function cpuMs(work: () => void, runs = 3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    work();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/** A run of capitalised words, the shape that made question analysis quadratic. */
const wall = (chars: number) =>
  `Who is ${'Chongqing Smart Expo '.repeat(Math.ceil(chars / 21))}?`.slice(0, chars);

describe('question analysis', () => {
  it('costs about linearly more for a longer question, even one long run of names', () => {
    analyzeQuestion(wall(2_000)); // warm-up: the word caches and the JIT
    const small = cpuMs(() => analyzeQuestion(wall(1_000)));
    const large = cpuMs(() => analyzeQuestion(wall(32_000)));
    // 32× the text: linear work costs about 32× (quadratic, about 1,000×); the 0.5 ms floor absorbs timer
    // grain on the small one, and the bound leaves room for a busy machine's noise.
    expect(large / Math.max(small, 0.5)).toBeLessThan(64);
  });
});
