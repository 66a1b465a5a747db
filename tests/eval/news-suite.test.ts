import { describe, expect, it } from 'vitest';
import type { IngestedSet } from '../../scripts/eval/ingest-set.js';
import type { NewsSet } from '../../scripts/eval/news-set.js';
import { runNewsSuite } from '../../scripts/eval/news-suite.js';
import type { AskWith } from '../../scripts/eval/qa-suite.js';
import type { AnswerResult } from '../../src/core/answer/answer.js';

const article = { text: 'unused: the fake engine reads nothing', key_facts: [], source_id: 's' };
const set: NewsSet = {
  path: 'news.json',
  about: 'a tiny hand-made set',
  articles: [
    { id: 'art-a', ...article },
    { id: 'art-b', ...article },
  ],
  questions: [
    { id: 'a1', article: 'art-a', q: 'How many years?', any: [['six'], ['6']], kind: 'how-many' },
    { id: 'a2', article: 'art-a', q: 'Is it blocked?', any: [['yes']], kind: 'yes-no' },
    { id: 'a3', article: 'art-b', q: 'Who is the czar?', any: [['lu wei']], kind: 'who' },
    { id: 'u1', article: 'art-b', q: 'How old is he?', unanswerable: true, near_miss: true },
    { id: 'u2', article: 'art-b', q: 'When does it start?', unanswerable: true },
  ],
};
// No real briefs: the fake engine answers from this table, so each brief id is its article's id.
const ingested: IngestedSet = { briefs: [], byInput: new Map(), problems: [], ingestMs: 0 };

const answer = (brief: string, text: string, confidence: number): AnswerResult => ({
  abstained: false,
  question: '',
  brief,
  answer: text,
  citation: { brief, sentence: 0, text },
  confidence,
  expected: 'description',
});
const abstain = (brief: string | null): AnswerResult => ({
  abstained: true,
  question: '',
  brief,
  message: "The article doesn't say.",
  missing: [],
  confidence: 0,
  expected: 'description',
});

// a1 right (0.9); a2 wrong with high confidence ("eyes" is not "yes"); a3 abstained; u1 abstained;
// u2 answered (0.5), which is wrong. Asked without a brief, a1 goes to the other article.
const replies: Record<string, (brief: string) => AnswerResult> = {
  'How many years?': (b) => answer(b, '6 years', 0.9),
  'Is it blocked?': (b) => answer(b, 'her eyes', 0.85),
  'When does it start?': (b) => answer(b, 'Tuesday', 0.5),
};
const asked: { question: string; briefId: string | undefined }[] = [];
const ask: AskWith = (question, _briefs, options) => {
  asked.push({ question, briefId: options.briefId });
  const own = set.questions.find((q) => q.q === question)?.article ?? 'art-a';
  const brief = options.briefId ?? (question === 'How many years?' ? 'art-b' : own);
  const reply = replies[question]?.(brief) ?? abstain(brief);
  return reply.abstained || reply.confidence >= (options.threshold ?? 0) ? reply : abstain(brief);
};

describe('news suite', () => {
  const result = runNewsSuite(set, ingested, ask, 0.4, [0, 0.6]);
  const metric = (name: string) => result.metrics.find((m) => m.name === name);

  it('asks every question naming its article, and again naming none', () => {
    const first = asked.filter((a) => a.question === 'Who is the czar?').map((a) => a.briefId);
    expect(first).toContain('art-b');
    expect(first).toContain(undefined);
  });

  it('reports the four measures of each run against their targets', () => {
    expect(metric('named: answerable answered right')).toMatchObject({
      count: { hit: 1, total: 3 },
      target: 0.6,
    });
    expect(metric('named: unanswerable abstained')?.count).toEqual({ hit: 1, total: 2 });
    expect(metric('named: wrong among answers given')).toMatchObject({
      count: { hit: 2, total: 3 },
      direction: 'max',
      target: 0.15,
    });
    expect(metric('named: wrong with confidence ≥ 0.8 among answers given')).toMatchObject({
      count: { hit: 1, total: 3 },
      direction: 'max',
    });
    // routed, a1 answers from the other article but its answer still holds "6": the rule judges the words
    expect(metric('routed: answerable answered right')?.count).toEqual({ hit: 1, total: 3 });
    expect(metric('routed: questions routed to their own article')?.count).toEqual({ hit: 4, total: 5 });
  });

  it('gives the trade-off by threshold, calibration at threshold 0 and the scores by kind', () => {
    const [curve, byKind, calibration] = result.tables ?? [];
    // at 0.6 only a1 and a2 are answered; u2 (0.5) is abstained
    expect(curve?.rows.map((r) => [r[0], r[2], r[3], r[5]])).toEqual([
      [0, 0.5, 3, ''],
      [0.4, 0.5, 3, '←'],
      [0.6, 1, 2, ''],
    ]);
    expect(byKind?.rows.map((r) => r[0])).toEqual([
      'how-many',
      'who',
      'yes-no',
      '(unanswerable, near miss)',
      '(unanswerable)',
    ]);
    // one answer a bin: u2 at 0.5 (wrong), a2 at 0.85 (wrong), a1 at 0.9 (right)
    expect(calibration?.rows.filter((r) => r[1] !== 0).map((r) => r[0])).toEqual([
      '0.5–0.6',
      '0.8–0.9',
      '0.9–1.0',
    ]);
    expect(metric('expected calibration error')?.value).toBeCloseTo((0.5 + 0.85 + 0.1) / 3, 10);
  });

  it('lists one item per question of the named run', () => {
    expect(result.items.map((i) => [i.id, i.ok, i.expect])).toEqual([
      ['a1', true, 'answer'],
      ['a2', false, 'answer'],
      ['a3', false, 'answer'],
      ['u1', true, 'abstain'],
      ['u2', false, 'abstain'],
    ]);
  });
});
