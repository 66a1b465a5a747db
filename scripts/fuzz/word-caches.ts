/**
 * The cache part of `npm run fuzz`: unique enormous words (as a pasted page or a hostile article brings)
 * run through the tokenizer whose word caches every question and brief goes through. The caches are bounded
 * by count; what must also hold is their weight: the heap may not grow by more than 50 MB, however many such
 * words pass.
 */
import { keysOfText } from '../../src/core/text/tokenize.js';
import { collectGarbage } from '../bench/measure.js';
import type { FuzzSection } from './section.js';

const HEAP_TARGET_MB = 50;

export function runWordCacheFuzz(options: { words?: number; chars?: number } = {}): FuzzSection {
  const words = options.words ?? 100_000;
  const chars = options.chars ?? 10_000;
  const gc = collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const body = 'q'.repeat(chars - 8);
  for (let i = 0; i < words; i++) keysOfText(body + letters(i));
  collectGarbage();
  const grownMb = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
  return {
    title: 'Word caches (heap after unique enormous words)',
    rows: [
      ['words', `${words.toLocaleString('en')} unique words of ${chars.toLocaleString('en')} characters`],
      [
        'heap growth',
        `${grownMb.toFixed(1)} MB (target ≤ ${HEAP_TARGET_MB} MB)${gc ? '' : ', without a full collection first'}`,
      ],
    ],
    failures: grownMb > HEAP_TARGET_MB ? [`the heap grew ${grownMb.toFixed(1)} MB from unique words`] : [],
  };
}

/** `i` in letters only ("aaaaaaab"), eight of them: unique, and one word, since nothing splits letters. */
function letters(i: number): string {
  let out = '';
  for (let rest = i, n = 0; n < 8; n++, rest = Math.floor(rest / 26)) {
    out = String.fromCharCode(97 + (rest % 26)) + out;
  }
  return out;
}
