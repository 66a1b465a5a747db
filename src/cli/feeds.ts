import { mkdir, readFile } from 'node:fs/promises';
import type { FeedsConfig } from '../config.js';
import { filterWords } from '../core/commands/feed/feed-request.js';
import type { Target } from '../core/digest/subscription.js';
import type { FeedMode } from '../core/feeds/feed.js';
import type { FeedStore } from '../core/feeds/feed-store.js';
import { FeedUrlError, normalizeFeedUrl } from '../core/feeds/feed-url.js';
import { feedUserAgent } from '../feeds/feed-user-agent.js';
import { createFeedFetcher } from '../feeds/fetch/feed-fetcher.js';
import { readOpml, writeOpml } from '../feeds/parse/opml.js';
import { FEED_INGEST_WORKERS, pollDueFeeds } from '../feeds/poll-feeds.js';
import { createIngestPool } from '../ingest/pool/ingest-pool.js';
import { writeBrief } from '../ingest/write-brief.js';
import { feedStoreFor } from '../store/feed-store-for.js';
import {
  BRIEFS_OPTION,
  type CliIo,
  complain,
  parseCliArgs,
  type Subcommand,
  UsageError,
  writeLine,
} from './cli-io.js';
import { parseChannel } from './digest-target.js';
import { runHelp } from './help.js';
import { openCliStore } from './open-cli-store.js';

const OPTIONS = {
  ...BRIEFS_OPTION,
  channel: { type: 'string' },
  include: { type: 'string' },
  exclude: { type: 'string' },
  mode: { type: 'string' },
  database: { type: 'string' },
  now: { type: 'boolean' },
  json: { type: 'boolean' },
} as const;

const ACTIONS = ['add', 'list', 'remove', 'enable', 'poll', 'import', 'export'] as const;
type Action = (typeof ACTIONS)[number];
type Values = ReturnType<typeof parseCliArgs<typeof OPTIONS>>['values'];
/** Where the CLI's feeds go when no --channel is given: this terminal's console channel. */
const CONSOLE_CHANNEL = 'console:local:general';
/** How many arguments after the action each action takes. */
const ARGUMENTS: Record<Action, 0 | 1> = {
  add: 1,
  list: 0,
  remove: 1,
  enable: 1,
  poll: 0,
  import: 1,
  export: 0,
};

/**
 * feeds add|remove|enable URL, feeds list, feeds poll [--now], feeds import FILE.opml, feeds export:
 * the channel's feed subscriptions in the bot's store, and one polling pass run from the shell.
 */
export const runFeeds: Subcommand = async (args, io) => {
  const { values, positionals } = parseCliArgs(args, OPTIONS);
  if (values.help) return runHelp([], io);
  const [name, ...rest] = positionals;
  const action = ACTIONS.find((a) => a === name);
  if (!action)
    throw new UsageError(name ? `unknown feeds action "${name}"` : `give one of ${ACTIONS.join('|')}`);
  if (rest.length !== ARGUMENTS[action]) {
    const wants =
      ARGUMENTS[action] === 1 ? (action === 'import' ? 'FILE.opml' : 'the feed URL') : 'no arguments';
    throw new UsageError(`feeds ${action} takes ${wants}`);
  }
  const feeds = feedsSetting(io);
  if (!feeds) return 1;
  const store = await openCliStore(values.database, io);
  if (!store) return 1;
  try {
    const feedStore = feedStoreFor(store);
    const argument = rest[0] ?? '';
    switch (action) {
      case 'add':
        return await add(feedStore, argument, values, io);
      case 'remove':
        return await remove(feedStore, argument, values, io);
      case 'enable':
        return await enable(feedStore, argument, io);
      case 'list':
        return await list(feedStore, values, io);
      case 'poll':
        return await poll(feedStore, feeds, values, io);
      case 'import':
        return await importOpml(feedStore, argument, values, io);
      case 'export':
        return await exportOpml(feedStore, values, io);
    }
  } catch (error) {
    if (error instanceof FeedUrlError) throw new UsageError(error.message);
    throw error;
  } finally {
    await store.close();
  }
};

function feedsSetting(io: CliIo): FeedsConfig | null {
  const setting = io.feeds ?? { ok: true, value: { allowHosts: [], contact: null, pollMinutes: 10 } };
  if (setting.ok) return setting.value;
  complain(io, `${setting.issue.variable}: ${setting.issue.message}`);
  return null;
}

function channelOf(values: Values): Target {
  return parseChannel(values.channel ?? CONSOLE_CHANNEL);
}

const channelName = (target: Target) => `${target.platform}:${target.workspace}:${target.channel}`;

function modeOf(value: string | undefined): FeedMode {
  if (value === undefined || value === 'digest') return 'digest';
  if (value === 'instant') return 'instant';
  throw new UsageError(`--mode "${value}" is not digest or instant`);
}

async function add(store: FeedStore, typed: string, values: Values, io: CliIo): Promise<number> {
  const url = normalizeFeedUrl(typed);
  const target = channelOf(values);
  const now = new Date().toISOString();
  const { subscription, created } = await store.subscribe(
    {
      feedUrl: url,
      target,
      include: filterWords(values.include),
      exclude: filterWords(values.exclude),
      mode: modeOf(values.mode),
      createdBy: 'cli',
      createdAt: now,
    },
    now,
  );
  if (values.json) {
    const { include, exclude, mode } = subscription;
    writeLine(
      io.stdout,
      JSON.stringify({ feed: url, channel: channelName(target), created, include, exclude, mode }),
    );
  } else {
    const where =
      subscription.mode === 'instant' ? 'posted as they arrive and in the digest' : 'in the daily digest';
    writeLine(
      io.stdout,
      `Following ${url} in ${channelName(target)}: new items go ${where}. Run "feeds poll --now" to fetch it now.`,
    );
  }
  return 0;
}

async function remove(store: FeedStore, typed: string, values: Values, io: CliIo): Promise<number> {
  const url = normalizeFeedUrl(typed);
  const target = channelOf(values);
  if (await store.unsubscribe(target, url)) {
    writeLine(io.stdout, `Stopped following ${url} in ${channelName(target)}.`);
    return 0;
  }
  complain(io, `${channelName(target)} does not follow ${url}; "feeds list" shows what it follows`);
  return 1;
}

async function enable(store: FeedStore, typed: string, io: CliIo): Promise<number> {
  const url = normalizeFeedUrl(typed);
  if (await store.enable(url, new Date().toISOString())) {
    writeLine(io.stdout, `Re-enabled ${url}; it is polled on the next pass.`);
    return 0;
  }
  complain(io, `no channel follows ${url}; add it with "feeds add URL"`);
  return 1;
}

async function list(store: FeedStore, values: Values, io: CliIo): Promise<number> {
  const target = values.channel ? parseChannel(values.channel) : undefined;
  const subscriptions = await store.subscriptions(target ? { target } : {});
  const feeds = new Map((await store.feeds()).map((feed) => [feed.url, feed]));
  for (const s of subscriptions) {
    const feed = feeds.get(s.feedUrl);
    const row = {
      feed: s.feedUrl,
      channel: channelName(s.target),
      title: feed?.title ?? null,
      mode: s.mode,
      include: s.include,
      exclude: s.exclude,
      status: feed?.lastStatus ?? null,
      lastPolledAt: feed?.lastPolledAt ?? null,
      lastNewItemAt: feed?.lastNewItemAt ?? null,
      failures: feed?.failures ?? 0,
      error: feed?.lastError ?? null,
      disabledReason: feed?.disabledReason ?? null,
    };
    if (values.json) writeLine(io.stdout, JSON.stringify(row));
    else {
      const state = row.disabledReason
        ? `disabled: ${row.disabledReason} (feeds enable URL turns it back on)`
        : row.status === null
          ? 'not polled yet'
          : `${row.status}, polled ${row.lastPolledAt}${row.failures > 0 ? `, ${row.failures} failures: ${row.error}` : ''}`;
      writeLine(io.stdout, `${row.channel}  ${row.feed}  [${row.mode}]  ${state}`);
    }
  }
  if (!values.json && subscriptions.length === 0)
    writeLine(io.stdout, 'No feeds yet: feeds add URL follows one.');
  return 0;
}

async function poll(store: FeedStore, config: FeedsConfig, values: Values, io: CliIo): Promise<number> {
  const dir = values.briefs ?? io.briefsDir;
  await mkdir(dir, { recursive: true });
  const fetcher = createFeedFetcher({
    userAgent: feedUserAgent(config.contact),
    allowHosts: config.allowHosts,
  });
  const pool = createIngestPool({ size: FEED_INGEST_WORKERS });
  try {
    const reports = await pollDueFeeds(
      {
        store,
        fetcher,
        ingest: (input) => pool.input(input),
        saveBrief: async (brief) => (await writeBrief(dir, brief)).id,
        now: () => new Date(),
        intervalMs: config.pollMinutes * 60_000,
        warn: (message, fields) => complain(io, `${message} ${JSON.stringify(fields)}`),
      },
      { all: values.now === true },
    );
    for (const report of reports) {
      if (values.json) writeLine(io.stdout, JSON.stringify(report));
      else {
        const detail = report.error
          ? `: ${report.error}`
          : report.new.length > 0
            ? `: ${report.new.length} new`
            : '';
        writeLine(io.stdout, `${report.feed}  ${report.status}${detail}`);
      }
    }
    if (!values.json && reports.length === 0) writeLine(io.stdout, 'No feed is due; --now polls them all.');
    return reports.some((r) => r.status === 'failed' || r.status === 'disabled') ? 1 : 0;
  } finally {
    await pool.close();
    await fetcher.close();
  }
}

async function importOpml(store: FeedStore, file: string, values: Values, io: CliIo): Promise<number> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    complain(io, `cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? error})`);
    return 1;
  }
  let outlines: { url: string; title: string | null }[];
  try {
    outlines = readOpml(text);
  } catch (error) {
    complain(io, `${file}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  let bad = 0;
  for (const outline of outlines) {
    try {
      await add(store, outline.url, values, io);
    } catch (error) {
      if (!(error instanceof FeedUrlError)) throw error;
      complain(io, `${file}: skipped ${outline.url.slice(0, 200)}: ${error.message}`);
      bad++;
    }
  }
  return bad > 0 ? 1 : 0;
}

async function exportOpml(store: FeedStore, values: Values, io: CliIo): Promise<number> {
  const target = values.channel ? parseChannel(values.channel) : undefined;
  const urls = new Set((await store.subscriptions(target ? { target } : {})).map((s) => s.feedUrl));
  const titles = new Map((await store.feeds()).map((feed) => [feed.url, feed.title]));
  const feeds = [...urls].map((url) => ({ url, title: titles.get(url) ?? null }));
  writeLine(
    io.stdout,
    writeOpml(feeds, target ? `newsbrief feeds of ${channelName(target)}` : 'newsbrief feeds'),
  );
  return 0;
}
