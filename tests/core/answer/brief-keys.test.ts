import { describe, expect, it } from 'vitest';
import { briefKeys } from '../../../src/core/answer/brief-keys.js';
import { prepareBrief } from '../../../src/core/answer/prepare-brief.js';
import { loadFixtureBriefs } from '../../fixtures/fixture-briefs.js';
import { loadSeedBrief } from '../../helpers/seed-brief.js';

describe("a brief's keys", () => {
  it('are the same for the index on disk (briefKeys) and for answering (prepareBrief)', async () => {
    for (const brief of [loadSeedBrief(), ...(await loadFixtureBriefs())]) {
      const prepared = [...prepareBrief(brief).keys].sort();
      expect(prepared).toEqual([...briefKeys(brief)].sort());
    }
    // The title's words, the names, and the text's numbers are among them.
    const seed = briefKeys(loadSeedBrief());
    for (const key of ['huawei', 'chongq', '212.1']) expect(seed).toContain(key);
  });
});
