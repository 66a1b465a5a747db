import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_BOT_ID, FakeDiscord } from './fakes/fake-discord.js';
import { FAKE_TEAM, FakeSlack } from './fakes/fake-slack.js';
import { FIXTURE_DIR } from './fixtures/fixture-briefs.js';
import { startScript } from './fixtures/run-process.js';
import { type SharedDatabase, sharedDatabases, subscribeDueDigest } from './fixtures/shared-databases.js';
import { APPLICATION_ID, commandData, DISCORD_TOKEN } from './platforms/discord/discord-harness.js';
import {
  BOT_TOKEN,
  eventBody,
  FAKE_BOT_USER,
  JSON_TYPE,
  SIGNING_SECRET,
  sendSigned,
} from './platforms/slack/slack-harness.js';

/**
 * Two real bot processes (`npm start`) on one database, as two replicas behind a load balancer: what one
 * learns about a thread the other knows, an event both receive is answered once, and a due digest is
 * posted once. (tests/platforms/replicas.test.ts covers more cases in process.)
 */
describe.each(sharedDatabases())('two bot processes on %s', (_name, createDatabase) => {
  let database: SharedDatabase;
  beforeAll(async () => {
    database = await createDatabase();
  });
  afterAll(() => database.drop());

  /** Starts two replicas one after the other (the first runs the migrations) and waits until both listen. */
  async function twoReplicas(env: Record<string, string>, ready: RegExp) {
    const a = startScript('src/main.ts', env);
    const readyA = await a.waitForLog(ready);
    const b = startScript('src/main.ts', env);
    const readyB = await b.waitForLog(ready);
    return { a, b, ports: [readyA[1], readyB[1]] };
  }

  describe('on Slack', () => {
    const fake = new FakeSlack(BOT_TOKEN);
    beforeAll(() => fake.start());
    afterAll(() => fake.stop());
    const env = () => ({
      BRIEFS_DIR: FIXTURE_DIR,
      DATABASE_URL: database.url,
      LOG_LEVEL: 'info',
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: '0',
    });
    // Each delivery is signed at its own second, as Slack signs a retry afresh: the same signature twice
    // is a replay, which the bot refuses before looking at the event.
    let deliveries = 0;
    const send = async (port: string | undefined, event: Record<string, unknown>, eventId?: string) => {
      const url = `http://127.0.0.1:${port}/slack/events`;
      const timestamp = Math.floor(Date.now() / 1000) - deliveries++;
      expect((await sendSigned(url, eventBody(event, eventId), JSON_TYPE, { timestamp })).status).toBe(200);
    };

    it('continue on one replica a thread the other answered, and answer a redelivered event once', async () => {
      const { a, b, ports } = await twoReplicas(env(), /"port":(\d+)/);
      const inThread = () => fake.messages.filter((m) => m.channel === 'C0DESK');
      const at = '1960000000.000100';
      const mention = {
        type: 'app_mention',
        user: 'U0ALICE',
        channel: 'C0DESK',
        ts: at,
        text: `<@${FAKE_BOT_USER}> How much did the repairs cost?`,
      };
      await send(ports[0], mention, 'EvFIRST');
      // Slack redelivers the same event to the other replica: it is not answered again.
      await send(ports[1], mention, 'EvFIRST');
      expect((await fake.waitFor(() => inThread()[0])).text).toContain('40 million dollars');
      // A follow-up without a mention is answered only by a replica that knows the bot is in this thread.
      await send(ports[1], {
        type: 'message',
        user: 'U0ALICE',
        channel: 'C0DESK',
        channel_type: 'channel',
        ts: '1960000000.000200',
        thread_ts: at,
        text: 'When did the bridge reopen?',
      });
      const followUp = await fake.waitFor(() => inThread()[1]);
      expect(followUp.thread_ts).toBe(at);
      expect(followUp.text).toMatch(/Thursday/);
      expect(inThread()).toHaveLength(2);
      expect(await b.stop()).toBe(0);
      expect(await a.stop()).toBe(0);
    });

    it('post a due digest once when both start at the same moment and both schedulers catch up', async () => {
      await subscribeDueDigest(database.url, {
        platform: 'slack',
        workspace: FAKE_TEAM,
        channel: 'C0DIGEST',
      });
      const replicas = [startScript('src/main.ts', env()), startScript('src/main.ts', env())];
      await Promise.all(replicas.map((r) => r.waitForLog(/"port":\d+/)));
      await fake.waitFor(() => fake.messages.find((m) => m.channel === 'C0DIGEST'));
      // A replica stops its scheduler first and waits for the pass under way: once both have stopped, both
      // start-up passes are over.
      for (const replica of replicas) expect(await replica.stop()).toBe(0);
      expect(fake.messages.filter((m) => m.channel === 'C0DIGEST')).toHaveLength(1);
    });
  });

  describe('on Discord', () => {
    const fake = new FakeDiscord({ token: DISCORD_TOKEN, applicationId: APPLICATION_ID });
    beforeAll(() => fake.start());
    afterAll(() => fake.stop());

    it('answer once a mention and a slash command that both replicas receive', async () => {
      const { a, b } = await twoReplicas(
        {
          BRIEFS_DIR: FIXTURE_DIR,
          DATABASE_URL: database.url,
          LOG_LEVEL: 'info',
          DISCORD_TOKEN,
          DISCORD_APPLICATION_ID: APPLICATION_ID,
          DISCORD_API_URL: fake.apiUrl,
        },
        /digests on()/,
      );
      const mention = fake.sendMessage({ content: `<@${FAKE_BOT_ID}> How much did the repairs cost?` });
      const { id } = fake.sendInteraction({ type: 2, data: commandData('briefs') });
      await fake.waitFor(() => fake.messages.find((m) => m.messageReference?.message_id === mention));
      await fake.waitFor(() => fake.interactionReplies.find((r) => r.interactionId === id));
      // Once both have stopped, every reply either would make has been made.
      expect(await b.stop()).toBe(0);
      expect(await a.stop()).toBe(0);
      expect(fake.messages.filter((m) => m.messageReference?.message_id === mention)).toHaveLength(1);
      expect(
        fake.interactionReplies.filter((r) => r.interactionId === id && r.kind === 'callback'),
      ).toHaveLength(1);
    });
  });
});
