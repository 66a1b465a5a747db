import { describe, expect, it } from 'vitest';
import { runCnndmSuite, scoreSummary } from '../../scripts/eval/cnndm-suite.js';
import type { IngestedSet } from '../../scripts/eval/ingest-set.js';
import { briefFromText } from '../helpers/brief-from-text.js';

const text = 'The cat sat on the mat. It was warm. The dog slept. Nobody came.';
const brief = briefFromText('cat', 'Cat', text);
const ingested: IngestedSet = {
  briefs: [brief],
  byInput: new Map([['cat', brief]]),
  problems: [],
  ingestMs: 0,
};
const article = { id: 'cat', text, reference: 'The cat sat on the mat.' };
const briefing = (bullets: string[]) => () => ({
  briefId: 'cat',
  headline: 'Cat',
  bullets,
  source: { outlet: null, published: '2024-05-01', url: null },
});

describe('CNN/DailyMail summaries', () => {
  it('scores ROUGE-1/2 and words of a summary', () => {
    expect(scoreSummary('The cat sat on the mat.', 'the cat sat on the mat')).toEqual({
      r1: 1,
      r2: 1,
      words: 6,
    });
  });

  it('sets the ROUGE-1 target a point over Lead-3 and the words target at 80', () => {
    const result = runCnndmSuite('set', [article], ingested, briefing(['The cat sat on the mat.']));
    const metric = (name: string) => result.metrics.find((m) => m.name.startsWith(name));
    const lead = metric('Lead-3 ROUGE-1')?.value ?? Number.NaN;
    // Lead-3 = "The cat sat on the mat. It was warm. The dog slept.": 12 tokens, all 6 of the reference's shared
    // → precision 1/2, recall 1, F1 2/3
    expect(lead).toBeCloseTo(2 / 3, 10);
    expect(metric('briefing ROUGE-1')).toMatchObject({ value: 1, target: lead + 0.01 });
    expect(metric('briefing mean words')).toMatchObject({ value: 6, target: 80, direction: 'max' });
  });

  it('scores an article without a briefing as 0 and says so', () => {
    const result = runCnndmSuite('set', [article], ingested, () => {
      throw new Error('no sentences');
    });
    expect(result.metrics[0]?.value).toBe(0);
    expect(result.context?.join('\n')).toContain('buildBriefing threw: no sentences');
  });
});
