import { digestReply } from '../digest/digest-reply.js';
import { selectStories } from '../digest/select-stories.js';
import type { NewSubscription } from '../digest/subscription-store.js';
import { bulletsBlock, noticeBlock } from '../replies/blocks.js';
import { errorReply, type Reply } from '../reply.js';
import type { CommandDefinition, DigestContext } from './command.js';
import { managersOnly, needsManager } from './digest/channel-managers.js';
import { describeSchedule, describeTopics, formatInZone, subscriptionLine } from './digest/digest-format.js';
import { type DigestAction, readDigestRequest, SUBSCRIBE_USAGE } from './digest/digest-options.js';
import { dailySchedule } from './digest/digest-schedule.js';
import { readSettings } from './digest/digest-settings.js';
import { statusReply } from './digest/digest-status.js';

/** A channel with no digest: what one would carry if subscribed now. */
function notSubscribedPreview(now: string, timezone: string): Reply {
  return {
    ...digestReply([], 0, { slot: now, timezone }),
    blocks: [
      noticeBlock(
        'This channel has no digest yet. A digest starts from when you subscribe: its first one carries the stories that arrive after that, so none would go out now.',
      ),
    ],
    footer: `Type ${SUBSCRIBE_USAGE} to start one.`,
  };
}

type Values = Extract<ReturnType<typeof readDigestRequest>, { ok: true }>['values'];

/** /digest subscribe|unsubscribe|list|preview|status: this channel's scheduled digest. */
export const digestCommand = {
  name: 'digest',
  description: "Schedule this channel's daily news digest: subscribe, unsubscribe, list, preview, status",
  usage:
    '/digest subscribe|unsubscribe|list|preview|status [time HH:MM] [timezone IANA] [topics a,b] [cron EXPR]',
  options: [
    { name: 'action', description: 'subscribe, unsubscribe, list, preview or status', required: true },
    { name: 'time', description: 'When to post, HH:MM in 24 hours (default 08:00)', required: false },
    { name: 'timezone', description: 'IANA time zone, e.g. Europe/Berlin (default UTC)', required: false },
    {
      name: 'topics',
      description: 'Only stories on these topics, comma-separated, e.g. ai,energy',
      required: false,
    },
    { name: 'cron', description: 'Instead of time: a five-field cron, e.g. 30 7 * * 1-5', required: false },
    {
      name: 'empty',
      description: 'On a day with no new stories: post (say so) or skip (default)',
      required: false,
    },
  ],
  async run(input, context) {
    const request = readDigestRequest(input);
    if (!request.ok) return errorReply(request.problem, request.hint);
    const digest = context.digest;
    if (!digest) {
      return errorReply(
        'Digests need the subscription store, and it is not set up here.',
        'Start the bot with DATABASE_URL set (npm start), or use npm run -s cli -- digest.',
      );
    }
    if (needsManager(request.action) && !(await digest.managers.mayManage()))
      return managersOnly(digest.managers.who);
    return ACTIONS[request.action](request.values, digest, context.briefs);
  },
} satisfies CommandDefinition;

type Action = (
  values: Values,
  digest: DigestContext,
  briefs: Parameters<typeof selectStories>[0],
) => Promise<Reply>;

const ACTIONS: Record<DigestAction, Action> = {
  async subscribe(values, digest) {
    const schedule = digest.schedule ?? dailySchedule;
    const result = readSettings(values, schedule);
    if (!result.ok) return errorReply(result.problem, result.hint);
    const { cron, timezone, topics, postWhenEmpty } = result.settings;
    const now = digest.clock.now();
    const existing = await digest.store.findByTarget(digest.target);
    const subscription: NewSubscription = {
      target: digest.target,
      cron,
      timezone,
      topics,
      postWhenEmpty: postWhenEmpty ?? existing?.postWhenEmpty ?? false,
      createdBy: digest.user,
      createdAt: now.toISOString(),
      nextRunAt: schedule.nextRunAfter(cron, timezone, now).toISOString(),
      deliveredThrough:
        // A new subscription's first digest carries the stories that arrive after it was made.
        existing?.deliveredThrough ?? now.toISOString(),
      pausedReason: null,
    };
    const saved = await digest.store.subscribe(subscription);
    return {
      kind: 'list',
      title: existing ? 'Digest updated' : 'Digest subscribed',
      blocks: [
        bulletsBlock([
          `Schedule: ${describeSchedule(saved)}`,
          `Topics: ${describeTopics(saved.topics)}`,
          `First run: ${formatInZone(saved.nextRunAt, saved.timezone)}`,
          `Quiet days: ${saved.postWhenEmpty ? 'say "no new stories"' : 'post nothing'}`,
        ]),
      ],
      footer: 'Type /digest preview to see how it looks, or /digest unsubscribe to stop it.',
      private: true,
    };
  },

  async unsubscribe(_values, digest) {
    const removed = await digest.store.unsubscribe(digest.target);
    if (!removed) return noDigest();
    return {
      kind: 'list',
      title: 'Digest stopped',
      blocks: [noticeBlock(`#${digest.target.channel} will get no more digests.`)],
      footer: 'Type /digest subscribe to start again.',
      private: true,
    };
  },

  async list(_values, digest) {
    const { platform, workspace } = digest.target;
    const subscriptions = await digest.store.list({ platform, workspace });
    const sorted = [...subscriptions].sort((a, b) => a.target.channel.localeCompare(b.target.channel));
    return {
      kind: 'list',
      title: `Digests in this workspace (${sorted.length})`,
      blocks: [
        sorted.length > 0 ? bulletsBlock(sorted.map(subscriptionLine)) : noticeBlock('No digests yet.'),
      ],
      footer: `Type ${SUBSCRIBE_USAGE} in a channel to add one.`,
      private: true,
    };
  },

  async preview(values, digest, briefs) {
    const existing = await digest.store.findByTarget(digest.target);
    const result = readSettings(
      { timezone: existing?.timezone, topics: existing?.topics.join(','), ...definedOnly(values) },
      digest.schedule ?? dailySchedule,
    );
    if (!result.ok) return errorReply(result.problem, result.hint);
    const now = digest.clock.now().toISOString();
    const { timezone, topics } = result.settings;
    if (!existing) return { ...notSubscribedPreview(now, timezone), private: true };
    // The same selection the scheduler makes: what arrived since the last digest (or the subscription).
    const feeds = await digest.followedFeeds?.(digest.target);
    const since = existing.deliveredThrough;
    const { stories, more } = selectStories(briefs, { since, topics, now, ...(feeds ? { feeds } : {}) });
    const reply = digestReply(stories, more, { slot: now, timezone, since });
    const next = formatInZone(existing.nextRunAt, existing.timezone);
    const quiet = existing.postWhenEmpty ? 'it will say there is nothing new' : 'it will be skipped';
    const footer =
      stories.length > 0
        ? `The next digest (${next}) as it stands now; stories arriving before then join it.`
        : `If nothing arrives before the next digest (${next}), ${quiet}.`;
    return { ...reply, footer: reply.footer ? `${reply.footer} ${footer}` : footer, private: true };
  },

  async status(_values, digest) {
    const subscription = await digest.store.findByTarget(digest.target);
    return subscription ? statusReply(digest.store, subscription) : noDigest();
  },
};

function noDigest(): Reply {
  return errorReply(
    'This channel has no digest.',
    `Type ${SUBSCRIBE_USAGE} to start one, or /digest list to see this workspace's digests.`,
  );
}

function definedOnly(values: Values): Values {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
}
