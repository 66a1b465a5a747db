import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Feedback } from '../src/core/feedback/feedback.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { jsonLines } from './fixtures/json-lines.js';
import { runCliInProcess } from './fixtures/run-cli-in-process.js';
import { click } from './store/feedback-contract.js';

const EXPO = '2022-08-22-smart-expo-chongqing';
const BRIDGE = '2023-01-05-harbour-bridge';

/** Two 👎 and a 👍 on the expo, a 👍 on the bridge, a 👎 on an abstention from no brief. */
const CLICKS: Feedback[] = [
  click({
    user: 'U1',
    briefId: EXPO,
    sentence: 4,
    question: 'How many projects were signed?',
    recordedAt: '2025-03-01T08:00:00.000Z',
  }),
  click({ user: 'U2', briefId: EXPO, sentence: 4, recordedAt: '2025-03-01T09:00:00.000Z', question: null }),
  click({ user: 'U3', briefId: EXPO, verdict: 'up', recordedAt: '2025-03-01T10:00:00.000Z' }),
  click({ message: 'm2', briefId: BRIDGE, verdict: 'up', recordedAt: '2025-03-01T11:00:00.000Z' }),
  click({
    message: 'm3',
    replyKind: 'abstention',
    briefId: null,
    sentence: null,
    question: 'Who won the cup?',
    recordedAt: '2025-03-01T12:00:00.000Z',
  }),
];

/** A temp SQLite file holding `clicks`, as --database arguments. */
async function databaseWith(clicks: Feedback[]): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'newsbrief-feedback-'));
  const path = join(dir, 'store.db');
  const store = SqliteStore.open(path);
  for (const f of clicks) await store.recordFeedback(f);
  await store.close();
  return ['--database', `sqlite:${path}`];
}

describe('cli feedback', () => {
  it('prints the briefs by 👎 then 👍, then the latest 👎 with question and cited sentence', async () => {
    const result = await runCliInProcess(['feedback', ...(await databaseWith(CLICKS))]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        'Briefs by 👎, then 👍:',
        '  👎  👍  brief',
        `   2   1  ${EXPO}`,
        '   1   0  (no brief)',
        `   0   1  ${BRIDGE}`,
        '',
        'Latest 👎:',
        '  2025-03-01T12:00:00.000Z slack:T1:C1 abstention, no brief: "Who won the cup?"',
        `  2025-03-01T09:00:00.000Z slack:T1:C1 answer, brief ${EXPO} sentence 4: (no question)`,
        `  2025-03-01T08:00:00.000Z slack:T1:C1 answer, brief ${EXPO} sentence 4: "How many projects were signed?"`,
        '',
      ].join('\n'),
    );
  });

  it('writes the tallies, then the latest 👎, one JSON object a line; --limit N keeps N of each', async () => {
    const db = await databaseWith(CLICKS);
    const [all, limited] = await Promise.all([
      runCliInProcess(['feedback', '--json', ...db]),
      runCliInProcess(['feedback', '--json', '--limit', '1', ...db]),
    ]);
    expect(all.code).toBe(0);
    const lines = jsonLines(all.stdout);
    expect(lines.slice(0, 3)).toEqual([
      { type: 'tally', briefId: EXPO, up: 1, down: 2 },
      { type: 'tally', briefId: null, up: 0, down: 1 },
      { type: 'tally', briefId: BRIDGE, up: 1, down: 0 },
    ]);
    expect(lines.slice(3)).toEqual(
      [CLICKS[4], CLICKS[1], CLICKS[0]].map((f) => ({ type: 'feedback', ...f })),
    );
    expect(jsonLines(limited.stdout)).toEqual([lines[0], lines[3]]);
  });

  it('says there is no feedback yet on a new database', async () => {
    const result = await runCliInProcess(['feedback', ...(await databaseWith([]))]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('No feedback yet.\n');
  });

  it.each([['0'], ['ten'], ['1.5'], ['-3'], ['1001']])(
    'exits 2 with the usage for --limit %s',
    async (limit) => {
      const result = await runCliInProcess(['feedback', `--limit=${limit}`, '--database', 'sqlite::memory:']);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`feedback: --limit "${limit}" is not a whole number from 1 to 1000`);
      expect(result.stderr).toContain('Usage: npm run -s cli -- <command>');
    },
  );

  it('exits 1, saying what to pass, when the store cannot be opened', async () => {
    const result = await runCliInProcess(['feedback', '--database', 'mysql://nope/db']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--database URL');
  });
});
