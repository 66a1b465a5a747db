import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestReply } from '../../../src/core/digest/digest-reply.js';
import type { Target } from '../../../src/core/digest/subscription.js';
import { DIGEST_EVENT_TYPE } from '../../../src/platforms/slack/slack-publisher.js';
import { runOnce } from '../../../src/schedule/start-scheduler.js';
import { mustGet, newSubscription, story } from '../../schedule/scheduler-fakes.js';
import { FAKE_TEAM, type SlackHarness, startSlackHarness } from './slack-harness.js';

const CREATED = '2022-08-21T12:00:00Z';
const STORIES = [story('a', '2022-08-21T18:00:00Z', { title: 'Council approves the harbour plan' })];
const target = (channel: string): Target => ({ platform: 'slack', workspace: FAKE_TEAM, channel });

/** Scheduled digests through the real Web API client: posting, idempotency, rate limits, lost channels. */
describe('Slack digests (real Web API client, fake Slack)', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness(STORIES);
  });
  afterAll(() => h.stop());

  async function due(channel: string) {
    const sub = await h.store.subscribe(newSubscription({ createdAt: CREATED, target: target(channel) }));
    const sleeps: number[] = [];
    const pass = () =>
      runOnce({
        store: h.store,
        briefs: () => STORIES,
        publishers: { slack: h.bot.publisher },
        now: new Date(sub.nextRunAt),
        retry: { tries: 3, baseMs: 10 },
        sleep: (ms) => {
          sleeps.push(ms);
          return new Promise((resolve) => setTimeout(resolve, ms));
        },
      });
    return { sub, sleeps, pass };
  }

  it('posts a due digest with chat.postMessage, carrying its idempotency key as message metadata', async () => {
    const { pass } = await due('C0DIGEST');
    const [report] = await pass();
    expect(report?.outcome).toBe('delivered');
    const [message] = h.fake.messages.filter((m) => m.channel === 'C0DIGEST');
    expect(message?.text).toContain('Council approves the harbour plan');
    expect(message?.blocks.length).toBeGreaterThan(1);
    expect(message?.metadata?.event_type).toBe(DIGEST_EVENT_TYPE);
    expect(String(message?.metadata?.event_payload.idempotency_key)).toContain(report?.slot.slice(0, 10));
  });

  it('does not post a digest twice when it is re-sent with the same key', async () => {
    const reply = digestReply(STORIES, 0, { slot: '2022-08-22T06:00:00.000Z', timezone: 'UTC' });
    await h.bot.publisher.publish(target('C0ONCE'), reply, 'sub-x:2022-08-22T06:00:00.000Z');
    await h.bot.publisher.publish(target('C0ONCE'), reply, 'sub-x:2022-08-22T06:00:00.000Z');
    expect(h.fake.messages.filter((m) => m.channel === 'C0ONCE')).toHaveLength(1);
  });

  it('joins a public channel it was never invited to before checking for a re-sent digest', async () => {
    h.fake.outside.add('C0PUBLIC');
    const reply = digestReply(STORIES, 0, { slot: '2022-08-22T06:00:00.000Z', timezone: 'UTC' });
    await h.bot.publisher.publish(target('C0PUBLIC'), reply, 'sub-y:2022-08-22T06:00:00.000Z');
    await h.bot.publisher.publish(target('C0PUBLIC'), reply, 'sub-y:2022-08-22T06:00:00.000Z');
    expect(h.fake.callsOf('conversations.join').map((c) => c.body.channel)).toEqual(['C0PUBLIC']);
    expect(h.fake.messages.filter((m) => m.channel === 'C0PUBLIC')).toHaveLength(1);
  });

  it('waits out a 429 for the Retry-After Slack gave, then delivers', async () => {
    h.fake.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    const { pass, sleeps } = await due('C0BUSY');
    const [report] = await pass();
    expect(report?.outcome).toBe('delivered');
    expect(sleeps).toEqual([1000]);
    expect(h.fake.messages.filter((m) => m.channel === 'C0BUSY')).toHaveLength(1);
  });

  it('pauses the subscription, saying why, when the channel is gone', async () => {
    h.fake.failNext('chat.postMessage', { error: 'channel_not_found' });
    const { pass, sub } = await due('C0GONE');
    const [report] = await pass();
    expect(report?.outcome).toBe('paused');
    expect((await mustGet(h.store, sub.id)).pausedReason).toMatch(/channel_not_found/);
    expect(h.fake.callsOf('chat.postMessage').filter((c) => c.body.channel === 'C0GONE')).toHaveLength(1);
  });
});
