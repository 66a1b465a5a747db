import { afterEach, describe, expect, it } from 'vitest';
import { HOSTILE_ARTICLES } from '../../scripts/fuzz/hostile-articles.js';
import { createIngestPool, type IngestPool } from '../../src/ingest/pool/ingest-pool.js';

const STORY = {
  origin: 'council.txt',
  text: 'Council vote\n\nThe city council voted 7-2 on Monday to spend $3 million on roads, Mayor Ann Lee said.',
};
// Seconds of work, however fast the machine: far past the budgets below.
const hostile = (HOSTILE_ARTICLES.find((a) => a.shape === 'one word with no spaces')?.text ?? String)(
  2_000_000,
);

let pool: IngestPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe('the ingest pool', () => {
  it('reads an article into a brief in a worker', async () => {
    pool = createIngestPool({ size: 1 });
    const result = await pool.input(STORY);
    expect(result).toMatchObject({ origin: 'council.txt', brief: { title: 'Council vote' } });
  });

  it('stops an article past its budget with a clear reason, and the one queued behind it still goes in', async () => {
    pool = createIngestPool({ size: 1, budgetMs: 500 });
    const slow = pool.input({ origin: 'dump.txt', text: hostile });
    const next = pool.input(STORY);
    expect(await slow).toEqual({
      origin: 'dump.txt',
      reason: expect.stringMatching(/^took over 500 ms to read and was stopped .*split it or trim it$/),
    });
    expect(await next).toMatchObject({ origin: 'council.txt', brief: { title: 'Council vote' } });
  });

  it('says why a file cannot be read, naming it', async () => {
    pool = createIngestPool({ size: 1 });
    expect(await pool.file('/nowhere/story.txt')).toEqual({
      origin: '/nowhere/story.txt',
      reason: 'cannot be read (ENOENT)',
    });
  });

  it('answers work still queued when it is closed instead of leaving it waiting', async () => {
    pool = createIngestPool({ size: 1, budgetMs: 5_000 });
    const running = pool.input({ origin: 'dump.txt', text: hostile });
    const queued = pool.input(STORY);
    await pool.close();
    expect(await queued).toEqual({ origin: 'council.txt', reason: 'was not read: ingest was stopped' });
    expect(await running).toEqual({ origin: 'dump.txt', reason: 'was not read: ingest was stopped' });
  });
});
