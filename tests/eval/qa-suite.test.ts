import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { QaSet, SetQuestion } from '../../scripts/eval/dev-sets.js';
import type { IngestedSet } from '../../scripts/eval/ingest-set.js';
import { QUAIL_SPEC } from '../../scripts/eval/qa-sets.js';
import { type AskWith, runQaSuite, scoreOutcome, summarize } from '../../scripts/eval/qa-suite.js';
import { readTrainSet } from '../../scripts/eval/train-set.js';
import type { AnswerResult } from '../../src/core/answer/answer.js';
import { briefFromText } from '../helpers/brief-from-text.js';

const brief = briefFromText('brief-a', 'A', 'Rollo led the Norse raiders. They settled in Normandy in 911.');

const given = (answer: string, sentence: number, confidence: number): AnswerResult => ({
  abstained: false,
  question: '',
  brief: brief.id,
  answer,
  citation: { brief: brief.id, sentence, text: brief.text.sentences[sentence]?.text ?? '' },
  confidence,
  expected: 'description',
});
const abstention: AnswerResult = {
  abstained: true,
  question: '',
  brief: brief.id,
  message: "The article doesn't say.",
  missing: [],
  confidence: 0,
  expected: 'description',
};

const q = (id: string, question: string, answers: string[], type?: string): SetQuestion => ({
  id,
  article: 'art-a',
  question,
  answers,
  unanswerable: answers.length === 0,
  ...(type ? { type } : {}),
});

const set: QaSet = {
  articlesPath: 'a.jsonl',
  questionsPath: 'q.jsonl',
  articles: [{ id: 'art-a', text: brief.text.body }],
  questions: [
    q('1', 'Who led the raiders?', ['Rollo'], 'Character_identity'),
    q('2', 'When did they settle?', ['911'], 'Temporal_order'),
    q('3', 'What did they eat?', []),
    q('4', 'Who won?', []),
  ],
};
const ingested: IngestedSet = {
  briefs: [brief],
  byInput: new Map([['art-a', brief]]),
  problems: [],
  ingestMs: 0,
};

// Confidence 0.9 for Rollo, 0.3 for the date (answered only below 0.3), 0.5 for a wrong answer to "Who won?".
const replies: Record<string, [AnswerResult, number]> = {
  'Who led the raiders?': [given('Rollo the raider', 0, 0.9), 0.9],
  'When did they settle?': [given('in 911', 1, 0.3), 0.3],
  'What did they eat?': [abstention, 0],
  'Who won?': [given('Rollo', 0, 0.5), 0.5],
};
const asked: { briefId: string | undefined; threshold: number | undefined }[] = [];
const ask: AskWith = (question, _briefs, options) => {
  asked.push({ briefId: options.briefId, threshold: options.threshold });
  const [reply, confidence] = replies[question] ?? [abstention, 0];
  return confidence >= (options.threshold ?? 0) ? reply : abstention;
};

describe('SQuAD/QuAIL scoring', () => {
  it('scores answers by best-gold F1 and abstentions by the question kind', () => {
    const [first, second, third, fourth] = set.questions as [
      SetQuestion,
      SetQuestion,
      SetQuestion,
      SetQuestion,
    ];
    expect(scoreOutcome(first, given('Rollo the raider', 0, 1), null)).toMatchObject({
      score: 2 / 3,
      cited: true,
    });
    expect(scoreOutcome(second, abstention, null)).toMatchObject({ score: 0, cited: false, abstained: true });
    const closest = { ...abstention, closest: { brief: 'brief-a', sentence: 0, text: 'It was in 911.' } };
    expect(scoreOutcome(second, closest, null)).toMatchObject({ cited: false, located: true });
    expect(scoreOutcome(third, abstention, null)).toMatchObject({ score: 1, abstained: true });
    expect(scoreOutcome(fourth, given('Rollo', 0, 1), null).score).toBe(0);
    expect(scoreOutcome(fourth, null, 'boom')).toMatchObject({ abstained: false, score: 0 });
  });

  it('asks each question naming its brief, and reports metrics, the curve and the by-type tables', () => {
    asked.length = 0;
    const result = runQaSuite(QUAIL_SPEC, set, ingested, ask, 0.4, [0, 0.6]);
    expect(asked.every((a) => a.briefId === 'brief-a')).toBe(true);
    const metric = (name: string) => result.metrics.find((m) => m.name === name);
    // at 0.4: Rollo answered (F1 2/3, cited), the date abstained; "Who won?" answered wrongly
    expect(metric('answerable F1')?.value).toBeCloseTo(1 / 3, 10);
    expect(metric('cited sentence holds a gold answer (answers only)')?.count).toEqual({ hit: 1, total: 2 });
    expect(metric('cited (or closest) sentence holds a gold answer')?.count).toEqual({ hit: 1, total: 2 });
    expect(metric('unanswerable abstained')?.count).toEqual({ hit: 1, total: 2 });
    expect(metric('overall score (all questions)')?.value).toBeCloseTo((2 / 3 + 0 + 1 + 0) / 4, 10);
    // calibration at threshold 0 judges all three answers, one a bin: Rollo (0.9) and "in 911" (0.3) right
    // by F1 ≥ 0.5, "Who won?" (0.5) wrong as unanswerable
    expect(metric('expected calibration error')?.value).toBeCloseTo((0.1 + 0.7 + 0.5) / 3, 10);

    const [curve, byWord, byType, calibration] = result.tables ?? [];
    expect(calibration?.rows.map((r) => r[1])).toEqual([0, 0, 0, 1, 0, 1, 0, 0, 0, 1]);
    expect(curve?.rows.map((r) => [r[0], r[1], r[2], r[6]])).toEqual([
      [0, 2 / 3, 0.5, ''],
      [0.4, 1 / 3, 0.5, '←'],
      [0.6, 1 / 3, 1, ''],
    ]);
    expect(byWord?.rows.map((r) => r[0])).toEqual(['what', 'who', 'when']);
    expect(byType?.rows.map((r) => r[0])).toEqual(['Character_identity', 'Temporal_order', '(unanswerable)']);
    expect(result.items.map((i) => [i.id, i.ok, i.score])).toEqual([
      ['1', true, 2 / 3],
      ['2', false, 0],
      ['3', true, undefined],
      ['4', false, undefined],
    ]);
  });

  it('summarises an empty group without dividing by zero', () => {
    expect(summarize([])).toMatchObject({ f1: null, overall: null, answerable: 0 });
  });
});

describe('the training split', () => {
  it('combines its files into one set, keeping article and question ids distinct', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsbrief-train-test-'));
    try {
      const lines = (rows: object[]) => rows.map((r) => JSON.stringify(r)).join('\n');
      for (const name of ['one', 'two']) {
        await writeFile(join(dir, `${name}.articles.jsonl`), lines([{ id: 'p0', text: `Text of ${name}.` }]));
        const question = { id: 'q0', article: 'p0', question: 'What?', answers: [name], unanswerable: false };
        await writeFile(join(dir, `${name}.questions.jsonl`), lines([question]));
      }
      const { set, inputs } = await readTrainSet(dir, ['one', 'two']);
      expect(set.articles.map((a) => a.id)).toEqual(['p0', 'two:p0']);
      expect(set.questions.map((q) => [q.id, q.article, q.answers[0]])).toEqual([
        ['q0', 'p0', 'one'],
        ['two:q0', 'two:p0', 'two'],
      ]);
      expect(inputs.map((i) => i.origin)).toEqual([
        `${join(dir, 'one.articles.jsonl')}#p0`,
        `${join(dir, 'two.articles.jsonl')}#two:p0`,
      ]);
      await expect(readTrainSet(dir, ['three'])).rejects.toThrow(/--train-dir/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
