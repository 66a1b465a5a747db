import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestReply } from '../../../src/core/digest/digest-reply.js';
import type { Target } from '../../../src/core/digest/subscription.js';
import { runOnce } from '../../../src/schedule/start-scheduler.js';
import { FAKE_CHANNEL, FAKE_GUILD } from '../../fakes/fake-discord.js';
import { mustGet, newSubscription, story } from '../../schedule/scheduler-fakes.js';
import { type DiscordHarness, startDiscordHarness } from './discord-harness.js';

const CREATED = '2022-08-21T12:00:00Z';
const STORIES = [story('a', '2022-08-21T18:00:00Z', { title: 'Council approves the harbour plan' })];
const target: Target = { platform: 'discord', workspace: FAKE_GUILD, channel: FAKE_CHANNEL };

/** Scheduled digests through discord.js's REST client: posting, the nonce, rate limits, lost permissions. */
describe('Discord digests (real discord.js REST, fake Discord)', () => {
  let h: DiscordHarness;
  beforeAll(async () => {
    h = await startDiscordHarness(STORIES);
  });
  afterAll(() => h.stop());

  async function due() {
    for (const s of await h.store.list()) await h.store.unsubscribe(s.target);
    const sub = await h.store.subscribe(newSubscription({ createdAt: CREATED, target }));
    const pass = () =>
      runOnce({
        store: h.store,
        briefs: () => STORIES,
        publishers: { discord: h.bot.publisher },
        now: new Date(sub.nextRunAt),
        retry: { tries: 3, baseMs: 10 },
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      });
    return { sub, pass };
  }

  it('posts a due digest to the channel with a nonce it enforces', async () => {
    const before = h.fake.messages.length;
    const { pass } = await due();
    const [report] = await pass();
    expect(report?.outcome).toBe('delivered');
    const posted = h.fake.messages.slice(before);
    expect(posted).toHaveLength(1);
    expect(JSON.stringify(posted[0]?.embeds)).toContain('Council approves the harbour plan');
    expect(posted[0]).toMatchObject({ enforceNonce: true, nonce: expect.stringMatching(/^[0-9a-f]{25}$/) });
  });

  it('posts a re-sent digest (same key) once', async () => {
    const before = h.fake.messages.length;
    const reply = digestReply(STORIES, 0, { slot: '2022-08-22T06:00:00.000Z', timezone: 'UTC' });
    await h.bot.publisher.publish(target, reply, 'sub-x:2022-08-22T06:00:00.000Z');
    await h.bot.publisher.publish(target, reply, 'sub-x:2022-08-22T06:00:00.000Z');
    expect(h.fake.messages.length - before).toBe(1);
  });

  it('does not post again a digest re-sent after a crash, long after its nonce has expired', async () => {
    const before = h.fake.messages.length;
    const reply = digestReply(STORIES, 0, { slot: '2022-08-23T06:00:00.000Z', timezone: 'UTC' });
    await h.bot.publisher.publish(target, reply, 'sub-z:2022-08-23T06:00:00.000Z');
    // A different nonce stands for one Discord has forgotten; the content is the same digest.
    await h.bot.publisher.publish(target, reply, 'sub-z:forgotten-nonce', { resend: true });
    expect(h.fake.messages.length - before).toBe(1);
  });

  it('waits out a 429 and delivers', async () => {
    h.fake.failNext('POST', `/channels/${FAKE_CHANNEL}/messages`, { status: 429, retryAfter: 1 });
    const started = Date.now();
    const { pass } = await due();
    const [report] = await pass();
    expect(report?.outcome).toBe('delivered');
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it('pauses the subscription, saying why, when the bot lost permission in the channel', async () => {
    h.fake.failNext('POST', `/channels/${FAKE_CHANNEL}/messages`, { status: 403, code: 50013 });
    const { pass, sub } = await due();
    const [report] = await pass();
    expect(report?.outcome).toBe('paused');
    expect((await mustGet(h.store, sub.id)).pausedReason).toMatch(/Missing Permissions/);
  });
});
