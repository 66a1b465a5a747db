import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Target } from '../src/core/digest/subscription.js';
import { feedStoreFor } from '../src/store/feed-store-for.js';
import { openStore } from '../src/store/open-store.js';
import { FAKE_CHANNEL, FAKE_GUILD, FakeDiscord } from './fakes/fake-discord.js';
import { FAKE_TEAM, FakeSlack } from './fakes/fake-slack.js';
import { article, type FeedServer, rss, startFeedServer } from './feeds/poll/feed-server.js';
import { startScript } from './fixtures/run-process.js';
import { APPLICATION_ID, DISCORD_TOKEN } from './platforms/discord/discord-harness.js';
import { BOT_TOKEN, SIGNING_SECRET } from './platforms/slack/slack-harness.js';

/**
 * `npm start` with a feed followed in 'instant' mode: the real process polls a feed on 127.0.0.1 and posts
 * its new item, as a briefing, to the fake Slack and the fake Discord. One process start per platform.
 */

const SLACK_CHANNEL = 'C0FEEDS';
/** A figure only the feed's item says: it shows the post is that item's briefing. */
const FIGURE = '73 million euros';
/** Broadcast pings in the item's title: the post must not carry them live. */
const TITLE = 'Harbour budget of 73 million euros approved @channel @here @everyone';

let server: FeedServer;
let root: string;
beforeAll(async () => {
  server = await startFeedServer();
  root = await mkdtemp(join(tmpdir(), 'newsbrief-feeds-'));
  server.set('/gazette.xml', {
    body: rss([
      {
        guid: 'harbour-budget',
        title: TITLE,
        link: 'https://gazette.example/harbour-budget',
        date: new Date(Date.now() - 60 * 60_000).toISOString(),
        body: article('Harbour', FIGURE),
      },
    ]),
    headers: { 'Content-Type': 'application/rss+xml' },
  });
});
afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

/**
 * A database in which `target` follows the feed in 'instant' mode, and the feed has been polled once
 * already (so this poll is not a first one, whose backlog is never posted) and is due now.
 */
async function prepare(name: string, target: Target) {
  const dir = join(root, name);
  const briefsDir = join(dir, 'briefs');
  await mkdir(briefsDir, { recursive: true });
  const database = join(dir, 'newsbrief.db');
  const store = await openStore(`sqlite:${database}`);
  try {
    const feeds = feedStoreFor(store);
    const url = server.url('/gazette.xml');
    const earlier = new Date(Date.now() - 20 * 60_000).toISOString();
    await feeds.subscribe(
      {
        feedUrl: url,
        target,
        include: [],
        exclude: [],
        mode: 'instant',
        createdBy: 'U0ADMIN',
        createdAt: earlier,
      },
      earlier,
    );
    await feeds.recordPoll(url, {
      status: 'ok',
      polledAt: earlier,
      nextPollAt: new Date(Date.now() - 1000).toISOString(),
      failures: 0,
      error: null,
      disabledReason: null,
      // Read before (an earlier body), so this pass is not the feed's first and its new items are posted.
      bodyHash: 'an-earlier-body',
    });
    expect((await feeds.feed(url))?.bodyHash).toBe('an-earlier-body');
  } finally {
    await store.close();
  }
  return { briefsDir, database };
}

/** The brief file the poll wrote, once it is there. */
async function briefFile(briefsDir: string): Promise<string> {
  const files = (await readdir(briefsDir)).filter((f) => f.endsWith('.json'));
  expect(files).toHaveLength(1);
  return readFile(join(briefsDir, files[0] as string), 'utf8');
}

/** A broadcast written as text that would still ping: not defused by a zero-width joiner. */
const LIVE_PING = /(?<!\u200d)@(channel|here|everyone)\b|<!(channel|here|everyone)>/;
/** The title's pings as both renderers defuse them: a zero-width joiner after the @. */
const DEFUSED = '@\u200dchannel @\u200dhere @\u200deveryone';

describe('the bot posting instant feed items', () => {
  it('posts a new item to a Slack channel as a briefing, its pings defused, and keeps its brief', async () => {
    const fake = await new FakeSlack(BOT_TOKEN).start();
    try {
      const { briefsDir, database } = await prepare('slack', {
        platform: 'slack',
        workspace: FAKE_TEAM,
        channel: SLACK_CHANNEL,
      });
      const bot = startScript('src/main.ts', {
        BRIEFS_DIR: briefsDir,
        DATABASE_URL: database,
        LOG_LEVEL: 'info',
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: fake.apiUrl,
        PORT: '0',
        FEEDS_ALLOW_HOSTS: '127.0.0.1',
      });
      const message = await fake
        .waitFor(() => fake.messages.find((m) => m.channel === SLACK_CHANNEL), 12_000)
        .catch((error: unknown) => {
          throw new Error(`${String(error)}\nbot log:\n${bot.stderr()}`);
        });
      const posted = JSON.stringify([message.text, message.blocks]);
      expect(posted).toContain(FIGURE);
      expect(posted).toContain('Harbour budget');
      expect(posted).toContain(DEFUSED);
      expect(posted).not.toMatch(LIVE_PING);
      expect(await briefFile(briefsDir)).toContain(FIGURE);
      expect(fake.messages.filter((m) => m.channel === SLACK_CHANNEL)).toHaveLength(1);
      expect(await bot.stop()).toBe(0);
      expect(bot.stderr()).toMatch(/"msg":"feed polled"/);
      expect(bot.stderr()).not.toContain(BOT_TOKEN);
    } finally {
      await fake.stop();
    }
  });

  it('posts a new item to a Discord channel, with allowed_mentions that ping no one', async () => {
    const fake = await new FakeDiscord({ token: DISCORD_TOKEN, applicationId: APPLICATION_ID }).start();
    try {
      const { briefsDir, database } = await prepare('discord', {
        platform: 'discord',
        workspace: FAKE_GUILD,
        channel: FAKE_CHANNEL,
      });
      const bot = startScript('src/main.ts', {
        BRIEFS_DIR: briefsDir,
        DATABASE_URL: database,
        LOG_LEVEL: 'info',
        DISCORD_TOKEN,
        DISCORD_APPLICATION_ID: APPLICATION_ID,
        DISCORD_API_URL: fake.apiUrl,
        FEEDS_ALLOW_HOSTS: '127.0.0.1',
      });
      const post = await fake
        .waitFor(() => fake.messages.find((m) => m.channelId === FAKE_CHANNEL), 12_000)
        .catch((error: unknown) => {
          throw new Error(`${String(error)}\nbot log:\n${bot.stderr()}`);
        });
      const posted = JSON.stringify([post.content ?? '', post.embeds]);
      expect(posted).toContain(FIGURE);
      expect(posted).toContain('Harbour budget');
      expect(post.allowedMentions).toEqual({ parse: [] });
      expect(posted).toContain(DEFUSED);
      expect(posted).not.toMatch(LIVE_PING);
      expect(await briefFile(briefsDir)).toContain(FIGURE);
      expect(await bot.stop()).toBe(0);
      expect(bot.stderr()).toMatch(/"msg":"feed polled"/);
      expect(bot.stderr()).not.toContain(DISCORD_TOKEN);
    } finally {
      await fake.stop();
    }
  });
});
