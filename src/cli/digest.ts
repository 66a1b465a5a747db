import { type DigestContext, digestCommand, ownChannel } from '../core/commands/index.js';
import type { SubscriptionStore } from '../core/digest/subscription-store.js';
import { followedFeedsIn } from '../core/feeds/followed-feeds.js';
import { renderConsole } from '../platforms/console/console-render.js';
import { cronSchedule } from '../schedule/cron-schedule.js';
import { feedStoreFor } from '../store/feed-store-for.js';
import { BRIEFS_OPTION, type CliIo, parseCliArgs, type Subcommand, UsageError, writeLine } from './cli-io.js';
import { inCliSyntax } from './digest-syntax.js';
import { parseChannel, parseNow } from './digest-target.js';
import { tick } from './digest-tick.js';
import { runHelp } from './help.js';
import { loadCliBriefs } from './load-cli-briefs.js';
import { openCliStore } from './open-cli-store.js';

const OPTIONS = {
  ...BRIEFS_OPTION,
  channel: { type: 'string' },
  time: { type: 'string' },
  timezone: { type: 'string' },
  topics: { type: 'string' },
  cron: { type: 'string' },
  empty: { type: 'string' },
  database: { type: 'string' },
  now: { type: 'string' },
  user: { type: 'string' },
  json: { type: 'boolean' },
} as const;

const ACTIONS = ['subscribe', 'unsubscribe', 'list', 'status', 'preview', 'tick'] as const;
type Values = ReturnType<typeof parseCliArgs<typeof OPTIONS>>['values'];

/**
 * digest subscribe|unsubscribe|status|preview --channel P:W:C [...]: the /digest command, run against the
 * store as the operator; digest list [--channel P:W:C] [--json]; digest tick [--now ISO]: one scheduler pass.
 */
export const runDigest: Subcommand = async (args, io) => {
  const { values, positionals } = parseCliArgs(args, OPTIONS);
  if (values.help) return runHelp([], io);
  const [action, extra] = positionals;
  const known = ACTIONS.find((a) => a === action);
  if (!known)
    throw new UsageError(action ? `unknown digest action "${action}"` : `give one of ${ACTIONS.join('|')}`);
  if (extra !== undefined) throw new UsageError(`digest ${known} takes no more arguments (got "${extra}")`);
  const target =
    known === 'tick' || (known === 'list' && !values.channel) ? undefined : parseChannel(values.channel);
  const now = parseNow(values.now);
  const store = await openCliStore(values.database, io);
  if (!store) return 1;
  try {
    const briefs =
      known === 'tick' || known === 'preview' ? await loadCliBriefs(values.briefs ?? io.briefsDir, io) : [];
    if (!briefs) return 1;
    const followedFeeds = followedFeedsIn(feedStoreFor(store));
    if (known === 'tick') return await tick(store, briefs, now, io, followedFeeds);
    if (known === 'list' && (!target || values.json)) return await listAll(store, target, io);
    if (!target) throw new UsageError('give the channel: --channel PLATFORM:WORKSPACE:CHANNEL');
    const digest: DigestContext = {
      store,
      target,
      user: values.user ?? 'cli',
      clock: { now: () => now },
      schedule: cronSchedule,
      // Whoever runs the CLI operates the bot's store: the channel rule is for chat users.
      managers: ownChannel('the bot operator'),
      followedFeeds,
    };
    const reply = await digestCommand.run({ options: commandOptions(known, values) }, { briefs, digest });
    const channel = `${target.platform}:${target.workspace}:${target.channel}`;
    writeLine(reply.kind === 'error' ? io.stderr : io.stdout, inCliSyntax(renderConsole(reply), channel));
    if (reply.kind !== 'error') return 0;
    return known === 'subscribe' ? 2 : 1;
  } finally {
    await store.close();
  }
};

function commandOptions(action: string, values: Values): Record<string, string> {
  const options: Record<string, string> = { action };
  for (const key of ['time', 'timezone', 'topics', 'cron', 'empty'] as const) {
    const value = values[key];
    if (value !== undefined) options[key] = value;
  }
  return options;
}

/** Every subscription (or a workspace's): one line each, or one JSON object a line with --json. */
async function listAll(store: SubscriptionStore, target: DigestContext['target'] | undefined, io: CliIo) {
  const filter = target ? { platform: target.platform, workspace: target.workspace } : {};
  const subscriptions = await store.list(filter);
  for (const s of subscriptions) {
    const channel = `${s.target.platform}:${s.target.workspace}:${s.target.channel}`;
    writeLine(
      io.stdout,
      JSON.stringify({
        channel,
        cron: s.cron,
        timezone: s.timezone,
        topics: s.topics,
        nextRunAt: s.nextRunAt,
        createdBy: s.createdBy,
        pausedReason: s.pausedReason,
      }),
    );
  }
  return 0;
}
