/**
 * The article part of `npm run fuzz`: the hostile shapes (scripts/fuzz/hostile-articles.ts) at 2 MB, and
 * malformed files of every kind, read through the ingest pool as `ingest` reads them. Every article must
 * end — as a brief or a clear refusal — within the per-article budget (plus the moment it takes to stop a
 * worker), no worker may crash, and a good article sent behind the worst one must not wait for it.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IngestResult } from '../../src/ingest/pool/ingest-job.js';
import { createIngestPool, INGEST_BUDGET_MS } from '../../src/ingest/pool/ingest-pool.js';
import { percentile, timedAsync } from '../bench/measure.js';
import { seededRandom } from '../bench/random.js';
import { HOSTILE_ARTICLES } from './hostile-articles.js';
import { malformedFile } from './malformed-articles.js';
import type { FuzzSection } from './section.js';

/** Past the budget, the moment it takes to end a worker and say so. */
const STOP_ALLOWANCE_MS = 500;
const HOSTILE_CHARS = 2_000_000;
/** Reasons that say the reader itself broke, not that the input was bad. */
const CRASH = /^(?:could not be read: |stopped the reader unexpectedly|could not become a brief: )/;
const GOOD_STORY = {
  origin: 'good.txt',
  text: 'Council vote\n\nThe city council voted 7-2 on Monday to spend $3 million on roads, Mayor Ann Lee said.',
};

interface Timed {
  origin: string;
  ms: number;
  result: IngestResult;
}

export async function runArticleFuzz(
  story: string,
  options: { files?: number; seed?: number } = {},
): Promise<FuzzSection> {
  const files = options.files ?? 2_000;
  const pool = createIngestPool({ size: 2 });
  const dir = await mkdtemp(join(tmpdir(), 'newsbrief-fuzz-'));
  const failures: string[] = [];
  const rows: [string, string][] = [];
  const timed = async (origin: string, work: Promise<IngestResult>): Promise<Timed> => {
    const { ms, value } = await timedAsync(() => work);
    return { origin, ms, result: value };
  };
  try {
    await pool.input(GOOD_STORY); // both workers' start-up is not an article's time
    await Promise.all([pool.input(GOOD_STORY), pool.input(GOOD_STORY)]);

    const hostile: Timed[] = [];
    let restartMs = 0;
    for (const article of HOSTILE_ARTICLES) {
      const text = article.text(HOSTILE_CHARS);
      hostile.push(await timed(article.shape, pool.input({ origin: article.shape, text })));
      // A worker stopped for its budget is replaced; two good articles at once wait until the pool is whole,
      // so the next article's time is its own, not the replacement's start-up (reported apart).
      const refill = await timed(
        'refill',
        Promise.all([pool.input(GOOD_STORY), pool.input(GOOD_STORY)]).then(([first]) => first),
      );
      restartMs = Math.max(restartMs, refill.ms);
    }
    for (const { origin, ms, result } of hostile) {
      rows.push([`2 MB: ${origin}`, `${Math.round(ms)} ms, ${outcome(result)}`]);
    }
    const worst = hostile.reduce((a, b) => (b.ms > a.ms ? b : a));
    rows.push([
      'longest wait for a replaced worker',
      `${Math.round(restartMs)} ms (loading a worker from source)`,
    ]);

    // The worst shape again, with a good article sent right behind it.
    const worstText = HOSTILE_ARTICLES.find((a) => a.shape === worst.origin)?.text(HOSTILE_CHARS) ?? '';
    const behind = await Promise.all([
      timed('worst', pool.input({ origin: 'worst', text: worstText })),
      timed('good', pool.input(GOOD_STORY)),
    ]);
    rows.push(['a good article sent right behind the worst', `done in ${Math.round(behind[1].ms)} ms`]);
    if (behind[1].ms > 1_000)
      failures.push(`a good article behind the worst waited ${Math.round(behind[1].ms)} ms`);

    const random = seededRandom(options.seed ?? 7);
    const malformed: Timed[] = [];
    for (let i = 0; i < files; i += 2) {
      const pair = [malformedFile(random, story, i), malformedFile(random, story, i + 1)];
      malformed.push(
        ...(await Promise.all(
          pair.map(async (file) => {
            const path = join(dir, file.name);
            await writeFile(path, file.bytes);
            return timed(file.name, pool.file(path));
          }),
        )),
      );
    }
    const briefs = malformed.filter((m) => 'brief' in m.result).length;
    const overBudget = malformed.filter(
      (m) => 'reason' in m.result && m.result.reason.startsWith('took over'),
    );
    rows.push([
      'malformed files read',
      `${malformed.length}: ${briefs} briefs, ${malformed.length - briefs} refused (${overBudget.length} over the budget)`,
    ]);
    const times = malformed.map((m) => m.ms);
    rows.push([
      'time per malformed file',
      `p99 ${Math.round(percentile(times, 99))} ms, worst ${Math.round(Math.max(...times))} ms`,
    ]);

    for (const { origin, ms, result } of [...hostile, ...malformed]) {
      if (ms > INGEST_BUDGET_MS + STOP_ALLOWANCE_MS)
        failures.push(`${origin} took ${Math.round(ms)} ms to end`);
      if ('reason' in result && CRASH.test(result.reason)) failures.push(`${origin}: ${result.reason}`);
    }
    rows.push([
      'worst time to a brief or a clear refusal',
      `${Math.round(Math.max(...[...hostile, ...malformed].map((m) => m.ms)))} ms (target ≤ ${INGEST_BUDGET_MS} ms then a clear error)`,
    ]);
  } finally {
    await pool.close();
    await rm(dir, { recursive: true, force: true });
  }
  return { title: 'Articles (read in the ingest pool, 2 workers)', rows, failures: failures.slice(0, 20) };
}

/** What became of an article, in a few words for the table. */
function outcome(result: IngestResult): string {
  if ('brief' in result) return 'a brief';
  if (result.reason.startsWith('took over')) return 'stopped at the budget, with a clear error';
  return `refused: ${result.reason.slice(0, 50)}`;
}
