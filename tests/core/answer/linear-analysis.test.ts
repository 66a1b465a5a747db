import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../../src/core/answer/analyze-question.js';
import { cpuMs } from '../../helpers/cpu-time.js';

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
