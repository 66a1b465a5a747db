import { describe, expect, it } from 'vitest';
import { HOSTILE_ARTICLES } from '../../scripts/fuzz/hostile-articles.js';
import { buildBrief } from '../../src/ingest/build-brief.js';
import { cpuMs } from '../helpers/cpu-time.js';

const read = (text: string) => () => {
  try {
    buildBrief({ origin: 'hostile.txt', text, published: '2024-01-01' });
  } catch {
    // A refusal is fine here; what is measured is how long it took to reach an answer.
  }
};

describe('ingest cost', () => {
  // Each shape once led a reader to rescan the sentence or the text per date, number or paragraph.
  it.each(HOSTILE_ARTICLES.map((article) => [article.shape, article] as const))(
    'grows about linearly with the article: %s',
    (_, article) => {
      read(article.text(5_000))(); // warm-up: caches and the JIT
      const small = cpuMs(read(article.text(20_000)), 2);
      const large = cpuMs(read(article.text(160_000)), 2);
      // 8× the text: linear work costs about 8× (quadratic, 64×); the 5 ms floor absorbs timer grain and
      // the bound leaves room for a busy machine.
      expect(large / Math.max(small, 5)).toBeLessThan(20);
    },
  );
});
