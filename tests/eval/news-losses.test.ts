import { describe, expect, it } from 'vitest';
import { newsLossTable } from '../../scripts/eval/news-losses.js';
import type { NewsQuestion } from '../../scripts/eval/news-set.js';
import { buildBrief } from '../../src/ingest/build-brief.js';

const brief = buildBrief({
  origin: 'test',
  title: 'Harbour Hawks win the cup',
  text: 'The Harbour Hawks beat the Northport Jets 3-1 in the cup final on Saturday. About 41,000 fans watched the game in Northport.',
  published: '2024-05-12',
});
const question = (id: string, q: string, any: string[][], kind: string): NewsQuestion => ({
  id,
  article: 'a',
  q,
  any,
  kind,
});

describe('where right answers are lost', () => {
  const table = newsLossTable(
    [
      question('q1', 'How many fans watched the game?', [['41,000']], 'how-many'),
      // The gold answer is nowhere in the article: no stage can hold it.
      question('q2', 'Who coached the Jets?', [['morrow']], 'who'),
      { id: 'u1', article: 'a', q: 'Who owns the Hawks?', unanswerable: true },
    ],
    [brief],
    () => brief.id,
    0.5,
  );
  const row = (kind: string) => table.rows.find((r) => r[0] === kind);

  it('counts answerable questions only, all first, then each kind', () => {
    expect(table.rows.map((r) => [r[0], r[1]])).toEqual([
      ['all', 2],
      ['how-many', 1],
      ['who', 1],
    ]);
  });

  it('follows each question through the stages, never gaining on the way', () => {
    expect(row('how-many')?.[2]).toBe(1);
    expect(row('who')?.slice(2)).toEqual([0, 0, 0]);
    const [, , candidate, first, given] = row('all') as number[];
    expect(candidate).toBeGreaterThanOrEqual(first as number);
    expect(first).toBeGreaterThanOrEqual(given as number);
  });
});
