import { beforeEach, describe, expect, it } from 'vitest';
import type { ChannelManagers } from '../../src/core/commands/index.js';
import { type CommandContext, feedCommand, findCommand, ownChannel } from '../../src/core/commands/index.js';
import type { Target } from '../../src/core/digest/subscription.js';
import { MemoryFeedStore } from '../../src/core/feeds/memory-feed-store.js';
import { replyText } from './reply-texts.js';

const NOW = new Date('2026-12-01T09:00:00Z');
const NEWS: Target = { platform: 'slack', workspace: 'T1', channel: 'news' };
const FEED = 'https://gazette.example/feed.xml';

let store: MemoryFeedStore;
beforeEach(() => {
  store = new MemoryFeedStore();
});

function context(managers: ChannelManagers = ownChannel('the test')): CommandContext {
  return { briefs: [], feeds: { store, target: NEWS, user: 'U-ADA', clock: { now: () => NOW }, managers } };
}

const run = (text: string, ctx = context()) => feedCommand.run({ text }, ctx);

describe('/feed', () => {
  it('is a chat command every platform registers', () => {
    expect(findCommand('/feed')).toBe(feedCommand);
  });

  it('follows a feed with word filters and a mode typed as Slack text', async () => {
    const reply = await run(`add <${FEED}> include:Harbour,ferry exclude:sport mode:instant`);
    expect(reply.kind).toBe('list');
    expect(replyText(reply)).toMatch(/posted here as they arrive/);
    const [subscription] = await store.subscriptions({ target: NEWS });
    expect(subscription).toMatchObject({
      feedUrl: FEED,
      include: ['harbour', 'ferry'],
      exclude: ['sport'],
      mode: 'instant',
      createdBy: 'U-ADA',
    });
  });

  it('takes Discord’s named options too, and defaults to the daily digest', async () => {
    await feedCommand.run({ options: { action: 'add', url: FEED } }, context());
    expect((await store.subscriptions({ target: NEWS }))[0]?.mode).toBe('digest');
  });

  it('lists what the channel follows and shows each feed’s health', async () => {
    await run(`add ${FEED}`);
    expect(replyText(await run('list'))).toContain(FEED);
    expect(replyText(await run('status'))).toMatch(/not fetched yet/);
    await store.recordPoll(FEED, {
      status: 'disabled',
      polledAt: NOW.toISOString(),
      nextPollAt: NOW.toISOString(),
      failures: 1,
      error: 'HTTP 404',
      disabledReason: 'the feed is gone (HTTP 404)',
    });
    const status = replyText(await run('status'));
    expect(status).toMatch(/disabled — the feed is gone/);
    expect(status).toContain(`/feed enable ${FEED}`);
    await run(`enable ${FEED}`);
    expect((await store.feed(FEED))?.disabledReason).toBeNull();
  });

  it('removes a feed, and says so when the channel did not follow it', async () => {
    await run(`add ${FEED}`);
    expect(replyText(await run(`remove ${FEED}`))).toMatch(/no longer follows/);
    const again = await run(`remove ${FEED}`);
    expect(again.kind).toBe('error');
    expect(replyText(again)).toMatch(/does not follow/);
  });

  it('lets only channel managers change feeds, while anyone may read them', async () => {
    const nobody: ChannelManagers = { who: 'members with Manage Channels', mayManage: async () => false };
    const refused = await run(`add ${FEED}`, context(nobody));
    expect(refused.kind).toBe('error');
    expect(replyText(refused)).toMatch(/Only members with Manage Channels/);
    expect(await store.subscriptions()).toEqual([]);
    expect((await run('list', context(nobody))).kind).toBe('list');
  });

  it('says what to type for a bad address or action', async () => {
    expect(replyText(await run('add gazette'))).toMatch(/not a URL.*https:\/\//);
    expect(replyText(await run('add file:///etc/passwd'))).toMatch(/only http/);
    expect(replyText(await run('add'))).toMatch(/Say which feed to add/);
    expect(replyText(await run('follow x'))).toMatch(/Unknown feed action/);
    expect(replyText(await run(`add ${FEED} mode:loud`))).toMatch(/not digest or instant/);
  });

  it('imports several feeds at once, skipping the ones it cannot follow and saying why', async () => {
    const reply = await run(`import ${FEED} https://wire.example/rss ftp://old.example/feed ${FEED}`);
    expect(reply.title).toBe('Following 2 feeds');
    expect(replyText(reply)).toMatch(/Skipped 1[\s\S]*ftp:\/\/old\.example\/feed: only http/);
    expect((await store.subscriptions({ target: NEWS })).map((s) => s.feedUrl).sort()).toEqual([
      FEED,
      'https://wire.example/rss',
    ]);
    expect(replyText(await run('import'))).toMatch(/Say which feeds to follow/);
  });

  it('explains itself where no store is wired', async () => {
    const reply = await feedCommand.run({ text: 'list' }, { briefs: [] });
    expect(replyText(reply)).toMatch(/DATABASE_URL/);
  });
});
