/**
 * The feeds section of `npm run bench`: 1,000 RSS feeds on a local server (feed-server.ts, in this process),
 * each subscribed by its own channel in a SQLite file, polled by the real poller — fetcher, parser, ingest
 * pool, brief files — in a child process run from a bundle, as `npm start` runs the bot, so that its memory
 * is the poller's alone. A first pass fetches every feed new (its ~10 items all briefed); then 10 % of the
 * feeds get one or two new items and a new ETag, and the measured pass polls all 1,000 again: the other 900
 * should be answered 304. Everything is made in one temporary folder, removed at the end.
 *
 * The 1,000 feeds share one host (127.0.0.1), which the fetcher would hold to 2 requests at a time, 500 ms
 * apart; real feeds are spread over many hosts, so the bench lets it send 8 at once with no gap.
 *
 * Run directly (`npx tsx scripts/bench/feeds-bench.ts`) it prints a small table; with `--child` it is the
 * poller's side, driven over stdin and stdout.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { FeedStore } from '../../src/core/feeds/feed-store.js';
import { feedUserAgent } from '../../src/feeds/feed-user-agent.js';
import { createFeedFetcher } from '../../src/feeds/fetch/feed-fetcher.js';
import type { FeedPollReport, PollDeps } from '../../src/feeds/poll-feed.js';
import { FEED_INGEST_WORKERS, pollDueFeeds } from '../../src/feeds/poll-feeds.js';
import { createIngestPool } from '../../src/ingest/pool/ingest-pool.js';
import { writeBrief } from '../../src/ingest/write-brief.js';
import { feedStoreFor } from '../../src/store/feed-store-for.js';
import { openStore } from '../../src/store/open-store.js';
import type { FeedServerCounts } from './feed-server.js';
import { collectGarbage } from './measure.js';
import { type BenchMetric, formatBenchTable } from './report.js';

/** The budget: one pass over 1,000 feeds within a minute on 2 cores, the process within 300 MB. */
export const FEEDS_TARGETS = { passMs: 60_000, rssMb: 300 } as const;
export const FEEDS_PLAN = {
  feeds: 1000,
  /** Items in each feed (all new at the first pass; the newest this many afterwards). */
  items: 10,
  /** Every 10th feed gets new items before the measured pass: 1 or 2, alternately. */
  changedEvery: 10,
  /** One host for all feeds here (see above). */
  perHostConcurrency: 8,
  perHostIntervalMs: 0,
} as const;
export type FeedsPlan = { -readonly [K in keyof typeof FEEDS_PLAN]: number };

const CHILD_FLAG = '--child';
const FEEDS_SCRIPT = fileURLToPath(import.meta.url);
const WORKER_SCRIPT = fileURLToPath(new URL('../../src/ingest/pool/ingest-worker.ts', import.meta.url));
/** Its own folder in the project's cache (so the bundle finds the project's packages), marked as ESM. */
const BUNDLE_DIR = fileURLToPath(
  new URL('../../node_modules/.cache/newsbrief-bench/feeds/', import.meta.url),
);
const RSS_SAMPLE_MS = 20;
const MB = 2 ** 20;

interface Tally {
  calls: number;
  /** Summed over the calls in flight at once, so it can exceed the pass's wall time. */
  ms: number;
}

/** What the child measures over one pass. */
export interface PassFigures {
  feeds: number;
  wallMs: number;
  /** User + system CPU of the whole process (ingest workers included). */
  cpuMs: number;
  /** Time the main thread's event loop was busy (fetch handling, parsing, hashing, SQLite). */
  mainBusyMs: number;
  statuses: Record<string, number>;
  briefs: number;
  errors: string[];
  warnings: number;
  firstWarnings: string[];
  calls: Record<'fetch' | 'ingest' | 'save' | 'store', Tally>;
  rssBeforeMb: number;
  rssPeakMb: number;
  rssAfterMb: number;
  heapAfterMb: number;
}

export interface FeedsBenchResult {
  plan: FeedsPlan;
  texts: number;
  meanWords: number;
  subscribeMs: number;
  /** The poller's process with its code loaded and the feeds subscribed, before any ingest worker starts. */
  rssLoadedMb: number;
  first: PassFigures & { server: FeedServerCounts; items: number };
  pass: PassFigures & {
    server: FeedServerCounts;
    changedFeeds: number;
    newItems: number;
    /** Unchanged feeds whose request got a 304 / a full body. */
    unchanged304: number;
    unchangedFull: number;
  };
  /** Highest RSS of the poller's process over its whole run (getrusage). */
  maxRssMb: number;
  gc: boolean;
}

type ChildMessage =
  | { phase: 'ready'; subscribeMs: number; rssLoadedMb: number }
  | { phase: 'first'; figures: PassFigures }
  | { phase: 'pass'; figures: PassFigures }
  | { phase: 'done'; maxRssMb: number; gc: boolean }
  | { phase: 'error'; message: string };

/** Runs the whole section: the server here, the poller in a bundled child; `root` holds the temp folder. */
export async function measureFeeds(
  root = tmpdir(),
  plan: FeedsPlan = { ...FEEDS_PLAN },
): Promise<FeedsBenchResult> {
  // Imported here, not above: the poller's bundle (this file) then does not run them when it starts.
  const [{ readFeedTexts, startBenchFeedServer }, { BenchError }] = await Promise.all([
    import('./feed-server.js'),
    import('./library.js'),
  ]);
  const texts = await readFeedTexts();
  const dir = await mkdtemp(join(root, 'newsbrief-feeds-bench-'));
  const server = await startBenchFeedServer({ feeds: plan.feeds, window: plan.items, texts });
  let child: Awaited<ReturnType<typeof startChild>> | null = null;
  try {
    child = await startChild((message) => new BenchError(message));
    const urls = Array.from({ length: plan.feeds }, (_, i) => server.url(i));
    child.send({
      urls,
      database: `sqlite:${join(dir, 'bench.db')}`,
      briefs: join(dir, 'briefs'),
      perHostConcurrency: plan.perHostConcurrency,
      perHostIntervalMs: plan.perHostIntervalMs,
    });
    const ready = await child.expect('ready');
    const first = await child.expect('first');
    const firstServer = server.counts();

    server.resetCounts();
    const changed = new Set<number>();
    let newItems = 0;
    for (let feed = 0; feed < plan.feeds; feed += plan.changedEvery) {
      const count = 1 + (changed.size % 2);
      server.addItems(feed, count);
      changed.add(feed);
      newItems += count;
    }
    child.send('go');
    const pass = await child.expect('pass');
    const passServer = server.counts();
    let unchanged304 = 0;
    let unchangedFull = 0;
    for (let feed = 0; feed < plan.feeds; feed++) {
      if (changed.has(feed)) continue;
      if (server.lastStatus(feed) === 304) unchanged304++;
      else if (server.lastStatus(feed) === 200) unchangedFull++;
    }
    const done = await child.expect('done');
    return {
      plan,
      texts: texts.length,
      meanWords: texts.reduce((sum, t) => sum + t.words, 0) / texts.length,
      subscribeMs: ready.subscribeMs,
      rssLoadedMb: ready.rssLoadedMb,
      first: { ...first.figures, server: firstServer, items: plan.feeds * plan.items },
      pass: {
        ...pass.figures,
        server: passServer,
        changedFeeds: changed.size,
        newItems,
        unchanged304,
        unchangedFull,
      },
      maxRssMb: done.maxRssMb,
      gc: done.gc,
    };
  } finally {
    await child?.stop();
    await server.close();
    await rm(dir, { recursive: true, force: true, maxRetries: 3 });
  }
}

/** Bundles this file and the ingest worker (beside it, where the pool looks) and starts the poller's side. */
async function startChild(fail: (message: string) => Error) {
  const { buildSync } = await import('esbuild');
  buildSync({
    entryPoints: { 'feeds-bench': FEEDS_SCRIPT, 'ingest-worker': WORKER_SCRIPT },
    outdir: BUNDLE_DIR,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  await writeFile(join(BUNDLE_DIR, 'package.json'), '{ "type": "module" }\n');
  const child = spawn(process.execPath, [join(BUNDLE_DIR, 'feeds-bench.js'), CHILD_FLAG], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  return {
    send(message: unknown) {
      child.stdin.write(`${typeof message === 'string' ? message : JSON.stringify(message)}\n`);
    },
    async expect<P extends ChildMessage['phase']>(phase: P): Promise<Extract<ChildMessage, { phase: P }>> {
      const line = await lines.next();
      if (line.done) throw fail(`the poller's process stopped (${await closed}) before "${phase}"`);
      let message: ChildMessage;
      try {
        message = JSON.parse(line.value) as ChildMessage;
      } catch {
        throw fail(`unexpected output from the poller's process: ${line.value.slice(0, 200)}`);
      }
      if (message.phase === 'error') throw fail(`the poller's process failed: ${message.message}`);
      if (message.phase !== phase) throw fail(`expected "${phase}" from the poller, got "${message.phase}"`);
      return message as Extract<ChildMessage, { phase: P }>;
    },
    async stop() {
      child.stdin.end();
      const timer = setTimeout(() => child.kill(), 10_000);
      await closed;
      clearTimeout(timer);
    },
  };
}

export function feedsMetrics(r: FeedsBenchResult): BenchMetric[] {
  const { first, pass, plan } = r;
  const failed = (p: PassFigures) => (p.statuses.failed ?? 0) + (p.statuses.disabled ?? 0);
  const breakdown = (p: PassFigures): BenchMetric[] => [
    { name: '  main thread busy', value: p.mainBusyMs, unit: 'ms', max: null },
    { name: '  process CPU (workers too)', value: p.cpuMs, unit: 'ms', max: null },
    ...(['fetch', 'store', 'ingest', 'save'] as const).map((k) => ({
      name: `  ${k}, summed`,
      value: p.calls[k].ms,
      unit: 'ms' as const,
      max: null,
      detail: `${p.calls[k].calls} calls`,
    })),
  ];
  return [
    {
      name: 'RSS, poller loaded, no ingest worker yet',
      value: r.rssLoadedMb,
      unit: 'MB',
      max: null,
    },
    {
      name: 'first pass (all feeds new)',
      value: first.wallMs,
      unit: 'ms',
      max: null,
      detail: `${first.feeds} feeds, ${first.server.requests} requests`,
    },
    {
      name: '  briefs made',
      value: first.briefs,
      unit: 'count',
      max: null,
      detail: `of ${first.items} items`,
    },
    ...breakdown(first),
    { name: '  RSS peak', value: first.rssPeakMb, unit: 'MB', max: FEEDS_TARGETS.rssMb },
    { name: '  feeds failed', value: failed(first), unit: 'count', max: 0 },
    {
      name: 'poll pass, 10 % changed',
      value: pass.wallMs,
      unit: 'ms',
      max: FEEDS_TARGETS.passMs,
      detail: `${pass.feeds} feeds, ${pass.changedFeeds} changed`,
    },
    {
      name: '  requests served',
      value: pass.server.requests,
      unit: 'count',
      max: plan.feeds,
      detail: `${pass.server.ok}× 200, ${pass.server.notModified}× 304, ${(pass.server.bytes / MB).toFixed(1)} MB`,
    },
    {
      name: '  304s',
      value: pass.server.notModified,
      unit: 'count',
      max: null,
      detail: `${plan.feeds - pass.changedFeeds} unchanged feeds`,
    },
    {
      name: '  unchanged feeds not answered 304',
      value: plan.feeds - pass.changedFeeds - pass.unchanged304,
      unit: 'count',
      max: 0,
    },
    {
      name: '  new briefs made',
      value: pass.briefs,
      unit: 'count',
      max: null,
      detail: `of ${pass.newItems} new items`,
    },
    {
      name: '  new items not briefed',
      value: Math.max(0, pass.newItems - pass.briefs),
      unit: 'count',
      max: 0,
    },
    { name: '  feeds failed', value: failed(pass), unit: 'count', max: 0 },
    ...breakdown(pass),
    { name: '  RSS before', value: pass.rssBeforeMb, unit: 'MB', max: null },
    { name: '  RSS peak', value: pass.rssPeakMb, unit: 'MB', max: FEEDS_TARGETS.rssMb },
    { name: '  RSS after', value: pass.rssAfterMb, unit: 'MB', max: FEEDS_TARGETS.rssMb },
    { name: 'RSS peak of the poller process', value: r.maxRssMb, unit: 'MB', max: FEEDS_TARGETS.rssMb },
  ];
}

/** The report's heading and notes around the table. */
export function feedsReport(r: FeedsBenchResult): string {
  const { plan } = r;
  return [
    `feeds: ${plan.feeds} RSS feeds of ${plan.items} items (CNN/DailyMail articles, ${r.meanWords.toFixed(0)} words on average, ${r.texts} distinct) on a local server; one channel each in SQLite (WAL); the real poller in its own process (bundled), ingest pool and brief files included`,
    `all feeds on 127.0.0.1, so the fetcher is let ${plan.perHostConcurrency} requests at once to it, ${plan.perHostIntervalMs} ms apart (real feeds: many hosts, 2 at once and 500 ms apart each); ${r.subscribeMs.toFixed(0)} ms to subscribe them`,
    '',
    formatBenchTable(feedsMetrics(r)),
    '',
    '"summed" times add up the calls in flight at once (8 feeds are polled at a time), so they show where the time',
    `goes, not wall time; RSS is sampled every ${RSS_SAMPLE_MS} ms during a pass, read after a full garbage collection before and after it${r.gc ? '' : ' (unavailable here: readings include garbage)'}.`,
  ].join('\n');
}

// ——— the poller's side (the child) ———

interface ChildConfig {
  urls: string[];
  database: string;
  briefs: string;
  perHostConcurrency: number;
  perHostIntervalMs: number;
}

const emptyTally = (): Tally => ({ calls: 0, ms: 0 });

async function tallied<T>(tally: Tally, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await run();
  } finally {
    tally.calls++;
    tally.ms += performance.now() - start;
  }
}

/** The store with every call timed into `tally`. */
function timedStore(store: FeedStore, tally: Tally): FeedStore {
  return new Proxy(store, {
    get(target, key) {
      const value = Reflect.get(target, key, target) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) =>
        tallied(tally, () => (value as (...a: unknown[]) => Promise<unknown>).apply(target, args));
    },
  });
}

function send(message: ChildMessage): void {
  process.stdout.write(`${JSON.stringify(message)}\n`);
}

function readMb(): { rssMb: number; heapUsedMb: number } {
  collectGarbage();
  const { rss, heapUsed } = process.memoryUsage();
  return { rssMb: rss / MB, heapUsedMb: heapUsed / MB };
}

async function runChild(): Promise<void> {
  const input = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
  const nextLine = async () => {
    const line = await input.next();
    if (line.done) throw new Error('stdin closed');
    return line.value;
  };
  // The bench gone (its end of stdin closed) before the last figures: stop now, not after the pass.
  let finished = false;
  process.stdin.once('end', () => {
    if (!finished) process.exit(2);
  });
  const config = JSON.parse(await nextLine()) as ChildConfig;
  const store = await openStore(config.database);
  const fetcher = createFeedFetcher({
    userAgent: feedUserAgent(null),
    allowHosts: ['127.0.0.1'],
    perHostConcurrency: config.perHostConcurrency,
    perHostIntervalMs: config.perHostIntervalMs,
  });
  const pool = createIngestPool({ size: FEED_INGEST_WORKERS });
  try {
    const feeds = feedStoreFor(store);
    const started = performance.now();
    const at = new Date().toISOString();
    for (const [i, url] of config.urls.entries()) {
      await feeds.subscribe(
        {
          feedUrl: url,
          target: { platform: 'slack', workspace: 'TBENCH', channel: `C${String(i).padStart(5, '0')}` },
          include: [],
          exclude: [],
          mode: 'digest',
          createdBy: 'UBENCH',
          createdAt: at,
        },
        at,
      );
    }
    const subscribeMs = performance.now() - started;
    send({ phase: 'ready', subscribeMs, rssLoadedMb: readMb().rssMb });

    const pass = async (): Promise<PassFigures> => {
      const calls = { fetch: emptyTally(), ingest: emptyTally(), save: emptyTally(), store: emptyTally() };
      const firstWarnings: string[] = [];
      let warnings = 0;
      const deps: PollDeps = {
        store: timedStore(feeds, calls.store),
        fetcher: {
          fetch: (url, validators, now) => tallied(calls.fetch, () => fetcher.fetch(url, validators, now)),
          close: () => fetcher.close(),
        },
        ingest: (article) => tallied(calls.ingest, () => pool.input(article)),
        saveBrief: (brief) => tallied(calls.save, async () => (await writeBrief(config.briefs, brief)).id),
        now: () => new Date(),
        intervalMs: 15 * 60_000,
        warn: (message, fields) => {
          warnings++;
          if (firstWarnings.length < 3) firstWarnings.push(`${message} ${JSON.stringify(fields)}`);
        },
      };
      const before = readMb();
      let peak = process.memoryUsage.rss();
      const sampler = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage.rss());
      }, RSS_SAMPLE_MS);
      const elu = performance.eventLoopUtilization();
      const cpu = process.cpuUsage();
      const start = performance.now();
      let reports: FeedPollReport[];
      try {
        reports = await pollDueFeeds(deps, { all: true });
      } finally {
        clearInterval(sampler);
      }
      const wallMs = performance.now() - start;
      const used = process.cpuUsage(cpu);
      const busy = performance.eventLoopUtilization(elu);
      peak = Math.max(peak, process.memoryUsage.rss());
      const after = readMb();
      const statuses: Record<string, number> = {};
      const errors = new Set<string>();
      for (const report of reports) {
        statuses[report.status] = (statuses[report.status] ?? 0) + 1;
        if (report.error && errors.size < 3) errors.add(report.error);
      }
      return {
        feeds: reports.length,
        wallMs,
        cpuMs: (used.user + used.system) / 1000,
        mainBusyMs: busy.active,
        statuses,
        briefs: reports.reduce((sum, r) => sum + r.new.length, 0),
        errors: [...errors],
        warnings,
        firstWarnings,
        calls,
        rssBeforeMb: before.rssMb,
        rssPeakMb: peak / MB,
        rssAfterMb: after.rssMb,
        heapAfterMb: after.heapUsedMb,
      };
    };

    send({ phase: 'first', figures: await pass() });
    if ((await nextLine()) !== 'go') throw new Error('expected "go"');
    send({ phase: 'pass', figures: await pass() });
    finished = true;
    send({ phase: 'done', maxRssMb: process.resourceUsage().maxRSS / 1024, gc: collectGarbage() });
  } finally {
    await pool.close();
    await fetcher.close();
    await store.close();
    process.stdin.destroy();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes(CHILD_FLAG)) {
    try {
      await runChild();
    } catch (error) {
      send({
        phase: 'error',
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
      process.exitCode = 1;
    }
  } else {
    console.log(feedsReport(await measureFeeds()));
  }
}
