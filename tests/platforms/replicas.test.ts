import { randomBytes } from 'node:crypto';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Brief } from '../../src/core/brief.schema.js';
import { type RunningDiscordBot, startDiscordBot } from '../../src/platforms/discord/discord-bot.js';
import { ChannelPacer } from '../../src/platforms/shared/channel-pacer.js';
import { type RunningSlackBot, startSlackBot } from '../../src/platforms/slack/slack-bot.js';
import { cronSchedule } from '../../src/schedule/cron-schedule.js';
import { conversationStateFor } from '../../src/store/conversation-state-for.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { FAKE_BOT_ID, FAKE_CHANNEL, FakeDiscord } from '../fakes/fake-discord.js';
import { FAKE_BOT_USER, FakeSlack } from '../fakes/fake-slack.js';
import { sharedDatabases } from '../fixtures/shared-databases.js';
import { APPLICATION_ID, commandData, DISCORD_TOKEN } from './discord/discord-harness.js';
import {
  APP_TOKEN,
  BOT_TOKEN,
  eventBody,
  JSON_TYPE,
  SIGNING_SECRET,
  sendSigned,
} from './slack/slack-harness.js';
import { twoCityBriefs } from './slack/slack-library.js';

/**
 * Two replicas of the bot — the real Bolt and the real discord.js, twice — on one database, as behind a load
 * balancer: a thread started on one is continued on the other, and an event both receive is answered once.
 * Each replica opens its own connection to the store, as separate processes would.
 */
describe.each(sharedDatabases())('two replicas on %s', (_name, createDatabase) => {
  const briefs = twoCityBriefs();
  const stores: Store[] = [];
  let drop: () => Promise<void> = async () => {};
  let openReplicaStore: () => Promise<Store>;
  beforeAll(async () => {
    const database = await createDatabase();
    drop = database.drop;
    openReplicaStore = async () => {
      const store = await openStore(database.url);
      stores.push(store);
      return store;
    };
  });
  afterAll(async () => {
    for (const store of stores) await store.close();
    await drop();
  });

  describe('on Slack', () => {
    const fake = new FakeSlack(BOT_TOKEN, APP_TOKEN);
    const replicas: RunningSlackBot[] = [];
    beforeAll(async () => {
      await fake.start();
      for (let i = 0; i < 2; i++) replicas.push(await slackReplica(fake, briefs, await openReplicaStore()));
    });
    afterAll(async () => {
      for (const replica of replicas) await replica.stop();
      await fake.stop();
    });
    const eventsUrl = (replica: number) => `http://127.0.0.1:${replicas[replica]?.port}/slack/events`;
    // Each delivery is signed at its own second, as Slack signs a retry afresh: the same signature twice
    // is a replay, which the bot refuses before looking at the event.
    let deliveries = 0;
    const send = async (replica: number, event: Record<string, unknown>, eventId?: string) => {
      const timestamp = Math.floor(Date.now() / 1000) - deliveries++;
      const res = await sendSigned(eventsUrl(replica), eventBody(event, eventId), JSON_TYPE, { timestamp });
      expect(res.status).toBe(200);
    };
    const postedIn = (channel: string) => fake.messages.filter((m) => m.channel === channel);

    it('continues on replica B a thread that replica A answered, on the same article', async () => {
      const at = '1950000000.000100';
      await send(0, {
        type: 'app_mention',
        user: 'U0ALICE',
        channel: 'C0LB',
        ts: at,
        text: `<@${FAKE_BOT_USER}> How many fans does the Pinecrest stadium seat?`,
      });
      await fake.waitFor(() => postedIn('C0LB')[0]);
      // No mention: only a replica that knows the bot answered in this thread replies to it.
      await send(1, {
        type: 'message',
        user: 'U0ALICE',
        channel: 'C0LB',
        channel_type: 'channel',
        ts: '1950000000.000200',
        thread_ts: at,
        text: 'How much did it cost?',
      });
      const followUp = await fake.waitFor(() => postedIn('C0LB')[1]);
      expect(followUp.thread_ts).toBe(at);
      expect(followUp.text).toContain('90 million dollars');
    });

    it('answers once an event that Slack delivered to both replicas', async () => {
      const event = {
        type: 'app_mention',
        user: 'U0BOB',
        channel: 'C0TWICE',
        ts: '1950000001.000100',
        text: `<@${FAKE_BOT_USER}> Who cut the ribbon?`,
      };
      const eventId = `Ev${randomBytes(4).toString('hex')}`;
      await Promise.all([send(0, event, eventId), send(1, event, eventId)]);
      await fake.waitFor(() => postedIn('C0TWICE')[0]);
      // A second answer would follow within milliseconds: a later event in another channel marks the wait.
      await send(0, { ...event, channel: 'C0MARK', ts: '1950000001.000200' });
      await fake.waitFor(() => postedIn('C0MARK')[0]);
      expect(postedIn('C0TWICE')).toHaveLength(1);
    });
  });

  describe('on Discord', () => {
    const fake = new FakeDiscord({ token: DISCORD_TOKEN, applicationId: APPLICATION_ID });
    const replicas: RunningDiscordBot[] = [];
    beforeAll(async () => {
      await fake.start();
      for (let i = 0; i < 2; i++) replicas.push(await discordReplica(fake, briefs, await openReplicaStore()));
    });
    afterAll(async () => {
      for (const replica of replicas) await replica.stop();
      await fake.stop();
    });

    it('answers a mention once, though both replicas receive it', async () => {
      const before = fake.messages.length;
      const id = fake.sendMessage({ content: `<@${FAKE_BOT_ID}> Who cut the ribbon?` });
      await fake.waitFor(() =>
        fake.messages.slice(before).find((m) => m.messageReference?.message_id === id),
      );
      const marker = fake.sendMessage({ content: `<@${FAKE_BOT_ID}> How much did the Oakton library cost?` });
      await fake.waitFor(() => fake.messages.find((m) => m.messageReference?.message_id === marker));
      const replies = fake.messages.filter((m) => m.messageReference?.message_id === id);
      expect(replies).toHaveLength(1);
      expect(replies[0]?.channelId).toBe(FAKE_CHANNEL);
    });

    it('answers a slash command once, and neither replica trips over the other', async () => {
      const { id } = fake.sendInteraction({ type: 2, data: commandData('briefs') });
      await fake.waitFor(() => fake.interactionReplies.find((r) => r.interactionId === id));
      const marker = fake.sendInteraction({ type: 2, data: commandData('help') });
      await fake.waitFor(() => fake.interactionReplies.find((r) => r.interactionId === marker.id));
      expect(fake.interactionReplies.filter((r) => r.interactionId === id)).toHaveLength(1);
    });
  });
});

const quiet = () => pino({ level: 'silent' });

function slackReplica(fake: FakeSlack, briefs: readonly Brief[], store: Store) {
  return startSlackBot({
    config: {
      botToken: BOT_TOKEN,
      signingSecret: SIGNING_SECRET,
      appToken: null,
      apiUrl: fake.apiUrl,
      mode: 'http',
      digestAdmins: [],
    },
    port: 0,
    host: '127.0.0.1',
    logger: quiet(),
    deps: {
      briefs: () => briefs,
      digest: { store, clock: { now: () => new Date() }, schedule: cronSchedule },
      feedback: store,
      pacer: new ChannelPacer(0),
      state: conversationStateFor(store),
    },
  });
}

function discordReplica(fake: FakeDiscord, briefs: readonly Brief[], store: Store) {
  return startDiscordBot({
    config: { token: DISCORD_TOKEN, applicationId: APPLICATION_ID, apiUrl: fake.apiUrl, guildId: null },
    logger: quiet(),
    deps: {
      briefs: () => briefs,
      digest: { store, clock: { now: () => new Date() }, schedule: cronSchedule },
      feedback: store,
      state: conversationStateFor(store),
    },
  });
}
