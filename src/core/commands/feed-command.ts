import type { Feed, FeedMode, FeedSubscription } from '../feeds/feed.js';
import { FeedUrlError, normalizeFeedUrl } from '../feeds/feed-url.js';
import { bulletsBlock, noticeBlock } from '../replies/blocks.js';
import { errorReply, type Reply } from '../reply.js';
import type { CommandDefinition, FeedsContext } from './command.js';
import {
  FEED_USAGE,
  type FeedAction,
  filterWords,
  IMPORT_USAGE,
  readFeedRequest,
} from './feed/feed-request.js';

type Values = Extract<ReturnType<typeof readFeedRequest>, { ok: true }>['values'];

/** Changing what a channel follows needs a channel manager, as changing its digest does; reading does not. */
const CHANGING: ReadonlySet<FeedAction> = new Set(['add', 'remove', 'enable', 'import']);
/** An import beyond this many feeds is refused: a typo'd export of a whole reader should not flood a channel. */
const MAX_IMPORT = 200;

/** /feed add|remove|list|status|enable: the news feeds this channel follows. */
export const feedCommand = {
  name: 'feed',
  description:
    'Follow news feeds (RSS, Atom, JSON Feed) in this channel: add, remove, list, status, enable, import',
  usage: `${FEED_USAGE} · /feed remove <url> · /feed list · /feed status · /feed enable <url> · ${IMPORT_USAGE}`,
  options: [
    { name: 'action', description: 'add, remove, list, status, enable or import', required: true },
    { name: 'url', description: 'The feed address, e.g. https://example.com/feed.xml', required: false },
    { name: 'include', description: 'Only items with one of these words, comma-separated', required: false },
    {
      name: 'exclude',
      description: 'Leave out items with any of these words, comma-separated',
      required: false,
    },
    {
      name: 'mode',
      description:
        'digest: new items go into the daily digest (default); instant: also post them as they arrive',
      required: false,
    },
    {
      name: 'opml',
      description: 'With import: an OPML file of feeds to follow',
      required: false,
      type: 'attachment',
    },
  ],
  async run(input, context) {
    const request = readFeedRequest(input);
    if (!request.ok) return errorReply(request.problem, request.hint);
    const feeds = context.feeds;
    if (!feeds) {
      return errorReply(
        'Feeds need the bot’s store, and it is not set up here.',
        'Start the bot with DATABASE_URL set (npm start), or use npm run -s cli -- feeds.',
      );
    }
    if (CHANGING.has(request.action) && !(await feeds.managers.mayManage())) {
      return errorReply(
        `Only ${feeds.managers.who} can change the feeds this channel follows.`,
        'Ask one of them, or type /feed list to see what it follows.',
      );
    }
    try {
      return await ACTIONS[request.action](request.values, feeds);
    } catch (error) {
      if (error instanceof FeedUrlError) return errorReply(error.message, `Type ${FEED_USAGE}`);
      throw error;
    }
  },
} satisfies CommandDefinition;

function urlOf(values: Values, action: string): string {
  if (!values.url) throw new FeedUrlError(`Say which feed to ${action}: its full address.`);
  return normalizeFeedUrl(values.url);
}

function modeOf(value: string | undefined): FeedMode {
  const mode = (value ?? 'digest').toLowerCase();
  if (mode === 'digest' || mode === 'instant') return mode;
  throw new FeedUrlError(`mode:${value} is not digest or instant.`);
}

const NO_FEEDS: Reply = {
  kind: 'list',
  title: 'Feeds',
  blocks: [noticeBlock(`This channel follows no feed. Type ${FEED_USAGE}`)],
};

const ACTIONS: Record<FeedAction, (values: Values, feeds: FeedsContext) => Promise<Reply>> = {
  async add(values, feeds) {
    const url = urlOf(values, 'add');
    const now = feeds.clock.now().toISOString();
    const { subscription, created } = await feeds.store.subscribe(
      {
        feedUrl: url,
        target: feeds.target,
        include: filterWords(values.include),
        exclude: filterWords(values.exclude),
        mode: modeOf(values.mode),
        createdBy: feeds.user,
        createdAt: now,
      },
      now,
    );
    const where =
      subscription.mode === 'instant'
        ? 'New items are posted here as they arrive (a few at a time) and go into the daily digest.'
        : 'New items go into this channel’s daily digest (/digest subscribe sets one up).';
    return {
      kind: 'list',
      title: created ? 'Following a new feed' : 'Feed settings updated',
      blocks: [noticeBlock(`${url}\n${where}`), bulletsBlock(filtersOf(subscription))],
      footer: 'The first fetch happens within a few minutes; /feed status shows how it went.',
    };
  },
  async remove(values, feeds) {
    const url = urlOf(values, 'remove');
    if (await feeds.store.unsubscribe(feeds.target, url)) {
      return {
        kind: 'list',
        title: 'Feed removed',
        blocks: [noticeBlock(`This channel no longer follows ${url}.`)],
      };
    }
    return errorReply(`This channel does not follow ${url}.`, 'Type /feed list to see what it follows.');
  },
  async enable(values, feeds) {
    const url = urlOf(values, 'enable');
    if (!(await feeds.store.enable(url, feeds.clock.now().toISOString()))) {
      return errorReply(`No channel follows ${url}.`, `Type ${FEED_USAGE}`);
    }
    return {
      kind: 'list',
      title: 'Feed re-enabled',
      blocks: [noticeBlock(`${url} is fetched again on the next pass.`)],
    };
  },
  async import(values, feeds) {
    const typed = [...new Set((values.urls ?? '').split(/\s+/).filter(Boolean))];
    if (typed.length === 0) return errorReply('Say which feeds to follow.', `Type ${IMPORT_USAGE}`);
    if (typed.length > MAX_IMPORT) {
      return errorReply(
        `That is ${typed.length} feeds; import at most ${MAX_IMPORT} at a time.`,
        'Split the file.',
      );
    }
    const followed: string[] = [];
    const skipped: string[] = [];
    for (const url of typed) {
      try {
        await ACTIONS.add({ ...values, url }, feeds);
        followed.push(normalizeFeedUrl(url));
      } catch (error) {
        if (!(error instanceof FeedUrlError)) throw error;
        skipped.push(`${url.slice(0, 100)}: ${error.message}`);
      }
    }
    return {
      kind: 'list',
      title: `Following ${followed.length} feed${followed.length === 1 ? '' : 's'}`,
      blocks: [
        bulletsBlock(followed),
        ...(skipped.length > 0 ? [bulletsBlock(skipped, `Skipped ${skipped.length}`)] : []),
      ],
      footer: 'New items go into this channel’s daily digest; /feed status shows how each fetch went.',
    };
  },
  async list(_values, feeds) {
    const subscriptions = await feeds.store.subscriptions({ target: feeds.target });
    if (subscriptions.length === 0) return NO_FEEDS;
    return {
      kind: 'list',
      title: `Feeds this channel follows (${subscriptions.length})`,
      blocks: [bulletsBlock(subscriptions.map((s) => `${s.feedUrl} — ${s.mode}${filterNote(s)}`))],
    };
  },
  async status(_values, feeds) {
    const subscriptions = await feeds.store.subscriptions({ target: feeds.target });
    if (subscriptions.length === 0) return NO_FEEDS;
    const lines: string[] = [];
    for (const s of subscriptions) {
      const feed = await feeds.store.feed(s.feedUrl);
      lines.push(feed ? statusLine(feed) : `${s.feedUrl}: not polled yet`);
    }
    return { kind: 'list', title: 'Feed status', blocks: [bulletsBlock(lines)] };
  },
};

function filtersOf(s: FeedSubscription): string[] {
  return [
    `Mode: ${s.mode}`,
    `Only items with: ${s.include.length > 0 ? s.include.join(', ') : 'any words'}`,
    `Leave out items with: ${s.exclude.length > 0 ? s.exclude.join(', ') : 'nothing'}`,
  ];
}

function filterNote(s: FeedSubscription): string {
  const parts = [
    ...(s.include.length > 0 ? [`only ${s.include.join(', ')}`] : []),
    ...(s.exclude.length > 0 ? [`not ${s.exclude.join(', ')}`] : []),
  ];
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}

/** One feed's health in words: when it was fetched, its last new item, its failures, why it is disabled. */
export function statusLine(feed: Feed): string {
  const name = feed.title ? `${feed.title} (${feed.url})` : feed.url;
  if (feed.disabledReason)
    return `${name}: disabled — ${feed.disabledReason}. Type /feed enable ${feed.url} once it is fixed.`;
  if (feed.lastPolledAt === null) return `${name}: not fetched yet`;
  const newest = feed.lastNewItemAt ? `last new item ${feed.lastNewItemAt}` : 'no new item yet';
  const failing =
    feed.failures > 0 ? `; ${feed.failures} failed fetches in a row, last: ${feed.lastError}` : '';
  return `${name}: fetched ${feed.lastPolledAt} (${feed.lastStatus}), ${newest}${failing}`;
}
