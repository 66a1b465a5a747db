import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from '../../../src/core/answer/candidate-features.js';
import { bundledAnswerModel, readAnswerModel } from '../../../src/core/answer/model/answer-model.js';
import { CONFIDENCE_FEATURES } from '../../../src/core/answer/model/confidence-features.js';
import { treesScore } from '../../../src/core/answer/model/trees.js';

describe('the answer model file', () => {
  it('ships with the repository and matches the features the engine computes', () => {
    const model = bundledAnswerModel();
    expect(model.ranker.features).toEqual([...FEATURE_NAMES]);
    expect(model.confidence.features).toEqual([...CONFIDENCE_FEATURES]);
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThan(1);
  });

  it('refuses a model trained on other features, saying to retrain', () => {
    const stale = structuredClone(bundledAnswerModel());
    stale.ranker.features = [...stale.ranker.features.slice(1), 'a feature the engine no longer has'];
    expect(() => readAnswerModel(stale, 'models/x.json')).toThrow(
      /models\/x\.json: ranker\.features .*npm run train/,
    );
  });

  it('names the field of a malformed model', () => {
    const broken = { ...structuredClone(bundledAnswerModel()), threshold: 'high' };
    expect(() => readAnswerModel(broken, 'models/x.json')).toThrow(/models\/x\.json: threshold/);
  });

  it('refuses trees whose nodes point backwards, which would never end a walk', () => {
    const model = structuredClone(bundledAnswerModel());
    const tree = model.ranker.trees[0];
    if (!tree) throw new Error('no tree');
    tree.left[0] = 0;
    tree.feature[0] = 0;
    expect(() => readAnswerModel(model, 'models/x.json')).toThrow(/ranker\.trees are malformed/);
  });
});

describe('boosted trees', () => {
  it('add the leaf each tree sends the candidate to, on top of the base score', () => {
    const stump = {
      feature: [0, -1, -1],
      threshold: [0.5, 0, 0],
      left: [1, -1, -1],
      right: [2, -1, -1],
      value: [0, -1, 2],
    };
    const model = { features: ['x'], base: 0.25, trees: [stump, stump] };
    expect(treesScore(model, [0])).toBeCloseTo(0.25 - 2);
    expect(treesScore(model, [1])).toBeCloseTo(0.25 + 4);
  });
});
