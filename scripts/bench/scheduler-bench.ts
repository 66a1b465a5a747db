/**
 * The store side of one scheduler pass on SQLite: 10,000 subscriptions of which 100 are due; one pass is
 * `due(now, 1000)` then, for each due subscription, `claim` + `settle` + `advance` — everything but the
 * publishing. Timed on a WAL file in a temp folder, the median of several passes after a warm-up.
 * Run directly (`npx tsx scripts/bench/scheduler-bench.ts`) it prints a small table.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NewSubscription } from '../../src/core/digest/subscription-store.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { type BenchMetric, formatBenchTable } from './report.js';

/** ≤ 100 ms of store work a pass, so a minute's tick stays far from its budget. */
export const SCHEDULER_TARGETS = { passMs: 100 } as const;
export const SCHEDULER_PLAN = { subscriptions: 10_000, due: 100, warmup: 2, runs: 9 } as const;

const T0 = Date.parse('2025-03-01T08:00:00.000Z');
const MINUTE = 60_000;
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
/** Not due during the bench: a year on, spread over the minutes. */
const later = (i: number) => iso(T0 + 365 * DAY + i * MINUTE);

export interface SchedulerBenchResult {
  subscriptions: number;
  due: number;
  runs: number;
  /** Medians over the timed runs, ms. */
  passMs: number;
  dueQueryMs: number;
  claimSettleAdvanceMs: number;
  maxPassMs: number;
}

export async function measureSchedulerPass(
  plan: Partial<typeof SCHEDULER_PLAN> = {},
): Promise<SchedulerBenchResult> {
  const { subscriptions, due, warmup, runs } = { ...SCHEDULER_PLAN, ...plan };
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-scheduler-bench-'));
  const store = SqliteStore.open(join(dir, 'bench.db'));
  try {
    const ids: string[] = [];
    for (let i = 0; i < subscriptions; i++) ids.push((await store.subscribe(subscription(i))).id);
    const dueIds = ids.filter((_, i) => i % Math.max(1, Math.floor(subscriptions / due)) === 0).slice(0, due);

    const passes: { total: number; query: number; rest: number }[] = [];
    for (let run = 0; run < warmup + runs; run++) {
      const now = T0 + run * DAY;
      // Untimed: make exactly these subscriptions due a minute ago (each a different minute: a real order).
      for (const [k, id] of dueIds.entries()) await store.advance(id, iso(now - (k + 1) * 1000));
      const started = performance.now();
      const found = await store.due(iso(now), 1000);
      const queried = performance.now();
      for (const s of found) {
        await store.claim(s.id, s.nextRunAt, iso(now));
        await store.settle(s.id, s.nextRunAt, {
          outcome: 'delivered',
          settledAt: iso(now + 500),
          attempts: 1,
          briefIds: ['brief-1', 'brief-2', 'brief-3'],
          error: null,
          late: false,
        });
        await store.advance(s.id, later(run), iso(now));
      }
      const ended = performance.now();
      if (found.length !== dueIds.length)
        throw new Error(`expected ${dueIds.length} due, found ${found.length}`);
      if (run >= warmup)
        passes.push({ total: ended - started, query: queried - started, rest: ended - queried });
    }
    return {
      subscriptions,
      due: dueIds.length,
      runs,
      passMs: median(passes.map((p) => p.total)),
      dueQueryMs: median(passes.map((p) => p.query)),
      claimSettleAdvanceMs: median(passes.map((p) => p.rest)),
      maxPassMs: Math.max(...passes.map((p) => p.total)),
    };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function schedulerMetrics(r: SchedulerBenchResult): BenchMetric[] {
  const detail = `${r.subscriptions} subs, ${r.due} due, median of ${r.runs}`;
  return [
    {
      name: 'scheduler pass, store side',
      value: r.passMs,
      unit: 'ms',
      max: SCHEDULER_TARGETS.passMs,
      detail,
    },
    { name: '  due(now, 1000)', value: r.dueQueryMs, unit: 'ms', max: null },
    { name: `  ${r.due}× claim + settle + advance`, value: r.claimSettleAdvanceMs, unit: 'ms', max: null },
    { name: '  slowest pass', value: r.maxPassMs, unit: 'ms', max: null },
  ];
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function subscription(i: number): NewSubscription {
  return {
    target: { platform: i % 2 ? 'slack' : 'discord', workspace: `W${i % 50}`, channel: `C${i}` },
    cron: '0 8 * * *',
    timezone: 'Europe/Berlin',
    topics: ['energy', 'markets'],
    postWhenEmpty: false,
    createdBy: 'U1',
    createdAt: iso(T0 - DAY),
    nextRunAt: later(i),
    deliveredThrough: iso(T0 - DAY),
    pausedReason: null,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(formatBenchTable(schedulerMetrics(await measureSchedulerPass())));
}
