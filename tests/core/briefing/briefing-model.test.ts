import { describe, expect, it } from 'vitest';
import { bundledBriefingModel } from '../../../src/core/briefing/briefing-model.js';
import { SENTENCE_FEATURES } from '../../../src/core/briefing/select-sentences.js';

describe('the bundled briefing model', () => {
  it('reads the features the code computes, in their order (else run npm run train:briefing)', () => {
    const model = bundledBriefingModel();
    expect(model.sentence.features).toEqual([...SENTENCE_FEATURES]);
    expect(model.sentence.weights).toHaveLength(SENTENCE_FEATURES.length);
  });
});
