import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/open-store.js';
import { FAKE_TEAM, FakeSlack } from './fakes/fake-slack.js';
import { FIXTURE_DIR } from './fixtures/fixture-briefs.js';
import { startScript } from './fixtures/run-process.js';
import {
  BOT_TOKEN,
  eventBody,
  FAKE_BOT_USER,
  JSON_TYPE,
  SIGNING_SECRET,
  sendSigned,
} from './platforms/slack/slack-harness.js';

/**
 * Two real bot processes (`npm start`) on one SQLite file, as two replicas behind a load balancer: what one
 * learns about a thread, the other knows. (tests/platforms/replicas.test.ts covers more cases in process,
 * on PostgreSQL too.)
 */
describe('two bot processes on one database', () => {
  let fake: FakeSlack;
  let dir: string;
  beforeAll(async () => {
    fake = await new FakeSlack(BOT_TOKEN).start();
    dir = await mkdtemp(join(tmpdir(), 'newsbrief-replicas-'));
  });
  afterAll(async () => {
    await fake.stop();
    await rm(dir, { recursive: true });
  });

  const slackEnv = () => ({
    BRIEFS_DIR: FIXTURE_DIR,
    LOG_LEVEL: 'info',
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    PORT: '0',
  });

  it('continue on one replica a Slack thread the other answered, and answer a redelivered event once', async () => {
    const env = { ...slackEnv(), DATABASE_URL: join(dir, 'shared.db') };
    // One after the other: the first creates the database and runs its migrations.
    const a = startScript('src/main.ts', env);
    const [, portA] = await a.waitForLog(/"port":(\d+)/);
    const b = startScript('src/main.ts', env);
    const [, portB] = await b.waitForLog(/"port":(\d+)/);
    const send = async (port: string | undefined, event: Record<string, unknown>, eventId?: string) => {
      const res = await sendSigned(
        `http://127.0.0.1:${port}/slack/events`,
        eventBody(event, eventId),
        JSON_TYPE,
      );
      expect(res.status).toBe(200);
    };
    const inThread = () => fake.messages.filter((m) => m.channel === 'C0DESK');

    const at = '1960000000.000100';
    const mention = { type: 'app_mention', user: 'U0ALICE', channel: 'C0DESK', ts: at };
    await send(portA, { ...mention, text: `<@${FAKE_BOT_USER}> How much did the repairs cost?` }, 'EvFIRST');
    // Slack redelivers the same event to the other replica: it is not answered again.
    await send(portB, { ...mention, text: `<@${FAKE_BOT_USER}> How much did the repairs cost?` }, 'EvFIRST');
    expect((await fake.waitFor(() => inThread()[0])).text).toContain('40 million dollars');

    // A follow-up without a mention is answered only by a replica that knows the bot is in this thread.
    await send(portB, {
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
    const database = join(dir, 'digests.db');
    const store = await openStore(database);
    const now = Date.now();
    await store.subscribe({
      target: { platform: 'slack', workspace: FAKE_TEAM, channel: 'C0DIGEST' },
      cron: '0 8 * * *',
      timezone: 'UTC',
      topics: [],
      postWhenEmpty: true,
      createdBy: 'U0ADMIN',
      createdAt: new Date(now - 3 * DAY_MS).toISOString(),
      // Due a minute ago: each replica's start-up pass finds it.
      nextRunAt: new Date(now - 60_000).toISOString(),
      deliveredThrough: new Date(now - 3 * DAY_MS).toISOString(),
      pausedReason: null,
    });
    await store.close();
    const env = { ...slackEnv(), DATABASE_URL: database };
    const replicas = [startScript('src/main.ts', env), startScript('src/main.ts', env)];
    await Promise.all(replicas.map((r) => r.waitForLog(/"port":\d+/)));
    await fake.waitFor(() => fake.messages.find((m) => m.channel === 'C0DIGEST'));
    // A replica stops its scheduler first and waits for the pass under way: once both have stopped, both
    // start-up passes are over.
    for (const replica of replicas) expect(await replica.stop()).toBe(0);
    expect(fake.messages.filter((m) => m.channel === 'C0DIGEST')).toHaveLength(1);
  });
});

const DAY_MS = 24 * 60 * 60 * 1000;
