/**
 * The chaos part of `npm run fuzz`: digests are posted exactly once even when replicas die mid-delivery.
 * Each round, two real bot processes (the `npm start` bundle) share one store and one fake Slack — which
 * answers history reads and posts 150 ms late, so that a delivery lasts long enough to be cut — race for
 * 5–8 due digests, and one or both are killed with SIGKILL at a seeded random moment of the race. What the
 * dead left is taken over by two scheduler passes in this process at a simulated minute tick past the
 * stale window (rather than a real minute's wait), and then every channel is counted: one copy of its
 * digest, by idempotency key, is the rule; a second copy or none at all is a failure.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBriefs } from '../../src/briefs/load-briefs.js';
import { STALE_CLAIM_MS } from '../../src/schedule/scheduler-types.js';
import { openStore } from '../../src/store/open-store.js';
import { FakeSlack } from '../../tests/fakes/fake-slack.js';
import { FIXTURE_DIR } from '../../tests/fixtures/fixture-briefs.js';
import { BOT_TOKEN } from '../../tests/platforms/slack/slack-harness.js';
import { seededRandom } from '../bench/random.js';
import { createChaosDatabase } from './chaos-database.js';
import { planRound } from './chaos-race.js';
import { closeTakeOverReplicas, openTakeOverReplicas } from './chaos-recovery.js';
import { bundleBot } from './chaos-replica.js';
import { type RoundResult, runRound } from './chaos-round.js';
import type { FuzzSection } from './section.js';

/** About 3 s a round here, up to 8 s on a busy 2-core machine: the default run stays within about two minutes. */
export const CHAOS_ROUNDS = 16;
/** Slack's answer to a history read or a post comes this late (the post itself lands at once). */
const SLACK_LATENCY_MS = 150;
/**
 * A killed replica's digest goes out within a stale minute plus at most one tick (scheduler-types.ts);
 * the take-over's own pass gets half a minute more on a slow machine.
 */
const KILL_TO_POST_BUDGET_MS = STALE_CLAIM_MS + 60_000 + 30_000;

export interface ChaosOptions {
  database: 'sqlite' | 'postgres';
  /** The PostgreSQL server to use; a schema of the run's own is created there and dropped after. */
  databaseUrl?: string;
  rounds?: number;
  /** Fixes the plan (digests per round, who dies, when); the timing of real processes stays real. */
  seed?: number;
}

export async function runChaos(options: ChaosOptions): Promise<FuzzSection> {
  const rounds = options.rounds ?? CHAOS_ROUNDS;
  const seed = options.seed ?? Date.now() % 2 ** 31;
  const random = seededRandom(seed);
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-chaos-'));
  const cleanups: (() => Promise<void>)[] = [];
  const results: RoundResult[] = [];
  const broken: string[] = [];
  try {
    bundleBot();
    const fake = await new FakeSlack(BOT_TOKEN).start();
    cleanups.push(() => fake.stop());
    fake.latency.set('conversations.history', SLACK_LATENCY_MS);
    fake.latency.set('chat.postMessage', SLACK_LATENCY_MS);
    const database = await createChaosDatabase(options);
    cleanups.push(() => database.drop());
    // Opened first, so the migrations have run before any replica starts.
    const store = await openStore(database.url);
    cleanups.push(() => store.close());
    const takeOver = await openTakeOverReplicas(database.url, fake.apiUrl, BOT_TOKEN);
    cleanups.push(() => closeTakeOverReplicas(takeOver));
    const { briefs } = await loadBriefs(FIXTURE_DIR);
    const context = {
      fake,
      store,
      takeOver,
      briefs,
      databaseUrl: database.url,
      slackApiUrl: fake.apiUrl,
      cwd: dir,
    };
    for (let round = 1; round <= rounds; round++) {
      const plan = planRound(random, round);
      try {
        results.push(await runRound(context, plan));
      } catch (error) {
        broken.push(`round ${round} broke off: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
  return chaosSection(options.database, seed, rounds, results, broken, performance.now() - started);
}

function chaosSection(
  database: ChaosOptions['database'],
  seed: number,
  rounds: number,
  results: readonly RoundResult[],
  broken: readonly string[],
  wallMs: number,
): FuzzSection {
  const sum = (of: (r: RoundResult) => number) => results.reduce((total, r) => total + of(r), 0);
  const waits = results.flatMap((r) => (r.longestKillToPostMs === undefined ? [] : [r.longestKillToPostMs]));
  const longest = waits.length ? Math.max(...waits) : undefined;
  const failures = [...broken, ...results.flatMap((r) => r.failures)];
  if (longest !== undefined && longest > KILL_TO_POST_BUDGET_MS) {
    failures.push(
      `a killed replica's digest went out ${seconds(longest)} after the kill (simulated), over the ${seconds(KILL_TO_POST_BUDGET_MS)} budget: the take-over needed more than one tick`,
    );
  }
  return {
    title: `Chaos: two replicas, kill -9 mid-digest (${database === 'sqlite' ? 'one SQLite file' : 'PostgreSQL'})`,
    rows: [
      ['seed', String(seed)],
      ['rounds', `${results.length} of ${rounds}`],
      [
        'replicas killed (SIGKILL)',
        `${sum((r) => r.killed)} (both in ${sum((r) => (r.killed === 2 ? 1 : 0))} rounds)`,
      ],
      ['digests due', String(sum((r) => r.due))],
      ['digests posted exactly once', String(sum((r) => r.exactlyOnce))],
      ['duplicate copies left (target 0)', String(sum((r) => r.duplicates))],
      ['digests lost (target 0)', String(sum((r) => r.lost))],
      [
        'claims left by a killed replica, taken over',
        `${sum((r) => r.takenOver)} (already posted, found by key: ${sum((r) => r.takenOverAlreadyPosted)})`,
      ],
      ['duplicates deleted by the read-back (chat.delete)', String(sum((r) => r.deletes))],
      [
        'longest kill → post by the take-over (simulated clock)',
        longest === undefined ? '— (nothing re-posted)' : seconds(longest),
      ],
      ['take-over', 'in process: 2 scheduler passes at each simulated minute tick'],
      ['wall time', seconds(wallMs)],
    ],
    failures,
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
