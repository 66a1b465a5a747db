import { describe, expect, it } from 'vitest';
import { bundledBriefingModel } from '../../../src/core/briefing/briefing-model.js';
import { SENTENCE_FEATURES } from '../../../src/core/briefing/select-sentences.js';
import { WORD_FEATURES } from '../../../src/core/briefing/word-importance.js';

describe('the bundled briefing model', () => {
  it('reads the features the code computes, in their order (else run npm run train:briefing)', () => {
    const model = bundledBriefingModel();
    expect(model.sentence.features).toEqual([...SENTENCE_FEATURES]);
    expect(model.sentence.weights).toHaveLength(SENTENCE_FEATURES.length);
    expect(model.word.features).toEqual([...WORD_FEATURES]);
    expect(model.word.weights).toHaveLength(WORD_FEATURES.length);
  });
});
