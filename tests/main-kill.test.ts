import { WebClient } from '@slack/web-api';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { loadBriefs } from '../src/briefs/load-briefs.js';
import type { Target } from '../src/core/digest/subscription.js';
import { ChannelPacer } from '../src/platforms/shared/channel-pacer.js';
import { createSlackPublisher } from '../src/platforms/slack/slack-publisher.js';
import { runSchedulerPass } from '../src/schedule/run-pass.js';
import { STALE_CLAIM_MS } from '../src/schedule/scheduler-types.js';
import { openStore } from '../src/store/open-store.js';
import { FAKE_TEAM, FakeSlack } from './fakes/fake-slack.js';
import { FIXTURE_DIR } from './fixtures/fixture-briefs.js';
import { startScript } from './fixtures/run-process.js';
import { sharedDatabases, subscribeDueDigest } from './fixtures/shared-databases.js';
import { BOT_TOKEN, SIGNING_SECRET } from './platforms/slack/slack-harness.js';

/**
 * Slack answers these calls late, so that the start-up pass's delivery spans a few hundred ms: the check for
 * an earlier post of the digest, the post (which lands at once; only its answer waits), then the read-back
 * that looks for a copy a concurrent replica made.
 */
const SLOW_MS = 150;
/**
 * Moments after the bot said it listens: before its start-up pass (0), after it claimed the digest but
 * before posting (~60 ms), after posting but before the ledger knows (~250 ms), after all (~800 ms).
 */
const KILL_AFTER_MS = [0, 60, 250, 800];

/**
 * A replica killed with SIGKILL at any moment of a digest's delivery loses no digest and causes no second
 * one: whatever it left — nothing, a claim, a post without its ledger entry — another replica finishes
 * once the claim is stale. Here the other replica is a scheduler pass in this process, its clock past the
 * stale window, posting through the real Slack publisher (which checks the channel for the digest's key).
 */
// On a SQLite file only, to keep process tests few: the store contract runs the take-over of a stale claim
// on PostgreSQL too.
describe.each(sharedDatabases().slice(0, 1))(
  'a replica killed mid-delivery, on %s',
  (_name, createDatabase) => {
    let fake: FakeSlack;
    beforeAll(async () => {
      fake = await new FakeSlack(BOT_TOKEN).start();
      fake.latency.set('conversations.history', SLOW_MS);
      fake.latency.set('chat.postMessage', SLOW_MS);
    });
    afterAll(() => fake.stop());

    it.each(KILL_AFTER_MS)(
      'loses no digest and posts none twice when killed %i ms after it listens',
      async (delay) => {
        const channel = `C0KILL${delay}`;
        const target: Target = { platform: 'slack', workspace: FAKE_TEAM, channel };
        // A database of its own: the digest is the only one due, and nothing is left from another moment.
        const shared = await createDatabase();
        onTestFinished(() => shared.drop());
        const database = shared.url;
        await subscribeDueDigest(database, target);
        const replica = startScript('src/main.ts', {
          BRIEFS_DIR: FIXTURE_DIR,
          DATABASE_URL: database,
          LOG_LEVEL: 'info',
          SLACK_BOT_TOKEN: BOT_TOKEN,
          SLACK_SIGNING_SECRET: SIGNING_SECRET,
          SLACK_API_URL: fake.apiUrl,
          PORT: '0',
        });
        await replica.waitForLog(/"port":\d+/);
        await new Promise((resolve) => setTimeout(resolve, delay));
        expect(await replica.stop('SIGKILL')).toBeNull();

        await recoverAsAnotherReplica(database, fake);
        expect(fake.messages.filter((m) => m.channel === channel)).toHaveLength(1);
      },
    );
  },
);

/** One pass of a replica whose clock is past the stale window, on the same database and the same Slack. */
async function recoverAsAnotherReplica(database: string, fake: FakeSlack): Promise<void> {
  const store = await openStore(database);
  try {
    const { briefs } = await loadBriefs(FIXTURE_DIR);
    const client = new WebClient(BOT_TOKEN, { slackApiUrl: fake.apiUrl });
    const later = new Date(Date.now() + STALE_CLAIM_MS + 60_000);
    await runSchedulerPass({
      store,
      briefs: () => briefs,
      publishers: { slack: createSlackPublisher(client, new ChannelPacer(0)) },
      clock: { now: () => later },
      sleep: async () => {},
    });
    expect(await store.unsettled(new Date(later.getTime() + 1).toISOString())).toEqual([]);
  } finally {
    await store.close();
  }
}
