import { describe, expect, it } from 'vitest';
import { parseEvalArgs, SUITES } from '../../scripts/eval/args.js';
import { DEFAULT_THRESHOLD } from '../../src/core/answer/answer-question.js';

describe('eval options', () => {
  it('runs every suite at the engine threshold by default', () => {
    const args = parseEvalArgs([], {});
    expect(args.suites).toEqual([...SUITES]);
    expect(args.threshold).toBe(DEFAULT_THRESHOLD);
  });

  it('picks suites (in the fixed order) and a threshold', () => {
    const args = parseEvalArgs(['--suite', 'cnndm, squad', '--threshold', '0.25'], {});
    expect(args.suites).toEqual(['squad', 'cnndm']);
    expect(args.threshold).toBe(0.25);
  });

  it('reads the sets from --eval-dir, else NEWSBRIEF_EVAL_DIR', () => {
    expect(parseEvalArgs(['--eval-dir', '/sets'], {}).seedSet).toBe('/sets/seed-qa.dev.json');
    expect(parseEvalArgs([], { NEWSBRIEF_EVAL_DIR: '/env' }).evalDir).toBe('/env');
  });

  it('reads the training data from --train-dir, else NEWSBRIEF_TRAIN_DIR, else beside the repository', () => {
    expect(parseEvalArgs(['--train-dir', '/train'], {}).trainDir).toBe('/train');
    expect(parseEvalArgs([], { NEWSBRIEF_TRAIN_DIR: '/env-train' }).trainDir).toBe('/env-train');
    expect(parseEvalArgs([], {}).trainDir).toMatch(/[/\\]shared[/\\]train$/);
    expect(parseEvalArgs(['--suite', 'train,news'], {}).suites).toEqual(['train', 'news']);
  });

  it('rejects unknown suites and thresholds outside 0–1', () => {
    expect(() => parseEvalArgs(['--suite', 'seed,nope'], {})).toThrow(/--suite/);
    expect(() => parseEvalArgs(['--threshold', '1.5'], {})).toThrow(/--threshold/);
    expect(() => parseEvalArgs(['--threshold', ''], {})).toThrow(/--threshold/);
  });
});
