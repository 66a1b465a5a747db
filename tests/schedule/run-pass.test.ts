import { describe, expect, it, vi } from 'vitest';
import type { Brief } from '../../src/core/brief.schema.js';
import type { SubscriptionStore } from '../../src/core/digest/subscription-store.js';
import { runSchedulerPass, type SchedulerOptions } from '../../src/schedule/run-pass.js';
import { CLAIM_RENEW_MS, STALE_CLAIM_MS } from '../../src/schedule/scheduler-types.js';
import { MemoryStore } from '../fakes/memory-store.js';
import {
  mustGet,
  newSubscription,
  noSleep,
  RecordingPublisher,
  replyText,
  story,
  TestClock,
} from './scheduler-fakes.js';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** A Europe/Berlin 08:00 subscription created on 21 Aug 2022: its first slot is 2022-08-22T06:00Z. */
async function setup(
  overrides: Parameters<typeof newSubscription>[0] = { createdAt: '2022-08-21T12:00:00Z' },
) {
  const store = new MemoryStore();
  const sub = await store.subscribe(newSubscription(overrides));
  const clock = new TestClock(sub.nextRunAt);
  const publisher = new RecordingPublisher();
  let briefs: Brief[] = [];
  const sleeps: number[] = [];
  const options = (extra: Partial<SchedulerOptions> = {}): SchedulerOptions => ({
    store,
    briefs: () => briefs,
    publishers: { console: publisher },
    clock,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    retry: { tries: 3, baseMs: 1000 },
    ...extra,
  });
  return {
    store,
    sub,
    clock,
    publisher,
    sleeps,
    setBriefs: (b: Brief[]) => {
      briefs = b;
    },
    pass: (extra: Partial<SchedulerOptions> = {}) => runSchedulerPass(options(extra)),
  };
}

describe('runSchedulerPass', () => {
  it('delivers on time in the subscriber time zone, once, and moves to the next slot', async () => {
    const t = await setup();
    t.setBriefs([story('a', '2022-08-21T20:00:00Z'), story('b', '2022-08-22T05:00:00Z')]);
    t.clock.set('2022-08-22T05:59:00Z');
    expect(await t.pass()).toEqual([]);

    t.clock.set('2022-08-22T06:00:20Z');
    const [report, ...rest] = await t.pass();
    expect(rest).toEqual([]);
    expect(report).toMatchObject({ outcome: 'delivered', slot: '2022-08-22T06:00:00.000Z', late: false });
    expect(report?.stories.map((s) => s.id)).toEqual(['b', 'a']);
    expect(t.publisher.posts).toHaveLength(1);
    expect(t.publisher.posts[0]?.key).toBe(`${t.sub.id}:2022-08-22T06:00:00.000Z`);
    expect(t.publisher.posts[0]?.reply.title).toBe('Your news digest — 22 Aug 2022');
    expect(replyText(t.publisher.posts[0]?.reply ?? { kind: 'digest', blocks: [] })).not.toMatch(/late/);

    const after = await mustGet(t.store, t.sub.id);
    expect(after.nextRunAt).toBe('2022-08-23T06:00:00.000Z');
    expect(after.deliveredThrough).toBe('2022-08-22T06:00:20.000Z');
    const [row] = await t.store.history(t.sub.id, 1);
    expect(row).toMatchObject({ outcome: 'delivered', briefIds: ['b', 'a'], attempts: 1, late: false });

    expect(await t.pass()).toEqual([]);
  });

  it('follows 08:00 Europe/Berlin across the last Sundays of March and October', async () => {
    for (const [createdAt, expected] of [
      [
        '2024-03-29T12:00:00Z',
        ['2024-03-30T07:00:00.000Z', '2024-03-31T06:00:00.000Z', '2024-04-01T06:00:00.000Z'],
      ],
      [
        '2024-10-25T12:00:00Z',
        ['2024-10-26T06:00:00.000Z', '2024-10-27T07:00:00.000Z', '2024-10-28T07:00:00.000Z'],
      ],
    ] as const) {
      const t = await setup({ createdAt, postWhenEmpty: true });
      const slots: string[] = [];
      for (let day = 0; day < 3; day++) {
        t.clock.set((await mustGet(t.store, t.sub.id)).nextRunAt);
        t.clock.advance(30_000);
        for (const r of await t.pass()) slots.push(r.slot);
      }
      expect(slots).toEqual(expected);
      expect(t.publisher.posts.map((p) => p.reply.title)).toHaveLength(3);
    }
  });

  it('catches up a slot missed within the grace period, saying it is late', async () => {
    const t = await setup();
    t.setBriefs([story('a', '2022-08-21T20:00:00Z')]);
    t.clock.set('2022-08-22T08:15:00Z');
    const reports = await t.pass();
    expect(reports).toMatchObject([{ outcome: 'delivered', late: true, slot: '2022-08-22T06:00:00.000Z' }]);
    const post = t.publisher.posts[0];
    expect(post?.reply.blocks[0]).toEqual({
      type: 'notice',
      text: 'This digest is late: it was due at 08:00 on 22 Aug 2022 (Europe/Berlin).',
    });
    expect((await t.store.history(t.sub.id, 1))[0]?.late).toBe(true);
    expect((await mustGet(t.store, t.sub.id)).nextRunAt).toBe('2022-08-23T06:00:00.000Z');
  });

  it('after a 3-day outage records the older slots skipped and posts one late digest at most', async () => {
    const t = await setup();
    t.setBriefs([story('a', '2022-08-21T20:00:00Z'), story('b', '2022-08-24T09:00:00Z')]);
    t.clock.set('2022-08-25T08:00:00Z'); // 2 h after the 25 Aug slot
    const reports = await t.pass();
    expect(reports.map((r) => [r.slot, r.outcome])).toEqual([
      ['2022-08-22T06:00:00.000Z', 'skipped'],
      ['2022-08-23T06:00:00.000Z', 'skipped'],
      ['2022-08-24T06:00:00.000Z', 'skipped'],
      ['2022-08-25T06:00:00.000Z', 'delivered'],
    ]);
    expect(t.publisher.posts).toHaveLength(1);
    expect(reports[3]?.late).toBe(true);
    expect(reports[3]?.stories.map((s) => s.id)).toEqual(['b', 'a']);
    expect((await t.store.history(t.sub.id, 10)).map((d) => d.outcome)).toEqual([
      'delivered',
      'skipped',
      'skipped',
      'skipped',
    ]);
    expect((await mustGet(t.store, t.sub.id)).nextRunAt).toBe('2022-08-26T06:00:00.000Z');
    expect(await t.pass()).toEqual([]);
  });

  it('posts nothing when even the latest missed slot is past the grace period', async () => {
    const t = await setup();
    t.setBriefs([story('a', '2022-08-21T20:00:00Z')]);
    t.clock.set('2022-08-25T14:00:00Z'); // 8 h after the 25 Aug slot
    const reports = await t.pass();
    expect(reports.map((r) => r.outcome)).toEqual(['skipped', 'skipped', 'skipped', 'skipped']);
    expect(t.publisher.calls).toHaveLength(0);
    const after = await mustGet(t.store, t.sub.id);
    expect(after.nextRunAt).toBe('2022-08-26T06:00:00.000Z');
    expect(after.deliveredThrough).toBe(t.sub.deliveredThrough);
  });

  it('retries transient failures with exponential backoff, honouring retryAfterMs, then delivers', async () => {
    const t = await setup();
    t.setBriefs([story('a', '2022-08-21T20:00:00Z')]);
    t.publisher.failNext(
      { kind: 'transient', message: '502' },
      { kind: 'transient', message: 'rate limited', retryAfterMs: 5000 },
    );
    const reports = await t.pass();
    expect(reports).toMatchObject([{ outcome: 'delivered' }]);
    expect(t.sleeps).toEqual([1000, 5000]);
    expect(new Set(t.publisher.calls.map((c) => c.key)).size).toBe(1);
    expect((await t.store.history(t.sub.id, 1))[0]).toMatchObject({ outcome: 'delivered', attempts: 3 });
  });

  it('records exhausted retries as failed, and the next digest carries the same stories', async () => {
    const t = await setup();
    t.setBriefs([story('a', '2022-08-21T20:00:00Z')]);
    const down = { kind: 'transient', message: 'service unavailable' } as const;
    t.publisher.failNext(down, down, down);
    const [failed] = await t.pass();
    expect(failed).toMatchObject({ outcome: 'failed', error: expect.stringMatching(/service unavailable/) });
    expect(t.sleeps).toEqual([1000, 2000]);
    expect((await t.store.history(t.sub.id, 1))[0]).toMatchObject({ outcome: 'failed', attempts: 3 });
    expect((await mustGet(t.store, t.sub.id)).deliveredThrough).toBe(t.sub.deliveredThrough);

    t.setBriefs([story('a', '2022-08-21T20:00:00Z'), story('b', '2022-08-22T12:00:00Z')]);
    t.clock.set('2022-08-23T06:00:10Z');
    const [next] = await t.pass();
    expect(next).toMatchObject({ outcome: 'delivered', slot: '2022-08-23T06:00:00.000Z' });
    expect(next?.stories.map((s) => s.id)).toEqual(['b', 'a']);
  });

  it('fails at once on a permanent error', async () => {
    const t = await setup();
    t.setBriefs([story('a', '2022-08-21T20:00:00Z')]);
    t.publisher.failNext({ kind: 'permanent', message: 'message too long' });
    expect(await t.pass()).toMatchObject([{ outcome: 'failed', error: 'message too long' }]);
    expect(t.sleeps).toEqual([]);
  });

  it('pauses the subscription with the reason when the channel is gone', async () => {
    const t = await setup();
    t.setBriefs([story('a', '2022-08-21T20:00:00Z')]);
    t.publisher.failNext({ kind: 'gone', message: 'channel_not_found' });
    expect(await t.pass()).toMatchObject([{ outcome: 'paused', error: 'channel_not_found' }]);
    const after = await mustGet(t.store, t.sub.id);
    expect(after.pausedReason).toMatch(/channel_not_found/);
    expect((await t.store.history(t.sub.id, 1))[0]).toMatchObject({
      outcome: 'failed',
      error: 'channel_not_found',
    });
    t.clock.advance(DAY);
    expect(await t.pass()).toEqual([]);
    expect(t.publisher.calls).toHaveLength(1);
  });

  it('stays quiet when there is nothing new, unless postWhenEmpty', async () => {
    const quiet = await setup();
    expect(await quiet.pass()).toMatchObject([{ outcome: 'empty', stories: [] }]);
    expect(quiet.publisher.calls).toHaveLength(0);
    expect((await quiet.store.history(quiet.sub.id, 1))[0]?.outcome).toBe('empty');
    expect((await mustGet(quiet.store, quiet.sub.id)).nextRunAt).toBe('2022-08-23T06:00:00.000Z');

    const loud = await setup({ createdAt: '2022-08-21T12:00:00Z', postWhenEmpty: true });
    expect(await loud.pass()).toMatchObject([{ outcome: 'empty' }]);
    expect(replyText(loud.publisher.posts[0]?.reply ?? { kind: 'digest', blocks: [] })).toContain(
      'No new stories since 21 Aug 2022, 14:00 (Europe/Berlin).',
    );
  });

  it('carries only stories on the subscription topics', async () => {
    const t = await setup({ createdAt: '2022-08-21T12:00:00Z', topics: ['energy'] });
    t.setBriefs([
      story('tagged', '2022-08-21T20:00:00Z', { topics: ['Energy'] }),
      story('titled', '2022-08-21T21:00:00Z', { title: 'Energy prices fall' }),
      story('other', '2022-08-21T22:00:00Z', { topics: ['sport'] }),
    ]);
    const [report] = await t.pass();
    expect(report?.stories.map((s) => s.id)).toEqual(['titled', 'tagged']);
  });

  it('lists ten stories and says "and N more"', async () => {
    const t = await setup();
    t.setBriefs(
      Array.from({ length: 13 }, (_, i) =>
        story(`s${i}`, new Date(Date.parse('2022-08-21T13:00:00Z') + i * HOUR).toISOString()),
      ),
    );
    const [report] = await t.pass();
    expect(report?.stories).toHaveLength(10);
    const reply = t.publisher.posts[0]?.reply;
    expect(reply?.blocks.filter((block) => block.type === 'story')).toHaveLength(10);
    expect(reply?.footer).toBe('…and 3 more stories.');
  });

  it('delivers a claim left by a crash again, with the same idempotency key, once', async () => {
    const store = new CrashOnFirstSettle();
    const t = await setupOn(store);
    t.setBriefs([story('a', '2022-08-21T20:00:00Z')]);
    t.clock.set('2022-08-22T06:00:05Z');
    await t.pass(); // posts, then "dies" before settling
    expect(t.publisher.posts).toHaveLength(1);
    expect(await store.unsettled('9999-01-01T00:00:00Z')).toHaveLength(1);

    t.clock.advance(STALE_CLAIM_MS / 2); // a fresh claim is not touched; the slot is not claimed twice
    expect(await t.pass()).toEqual([]);
    expect(t.publisher.calls).toHaveLength(1);

    t.clock.advance(STALE_CLAIM_MS / 2 + 60_000);
    const [report] = await t.pass();
    expect(report).toMatchObject({ outcome: 'delivered', slot: '2022-08-22T06:00:00.000Z', late: false });
    expect(t.publisher.calls.map((c) => c.key)).toEqual([
      `${t.sub.id}:2022-08-22T06:00:00.000Z`,
      `${t.sub.id}:2022-08-22T06:00:00.000Z`,
    ]);
    expect(t.publisher.calls[1]?.reply).toEqual(t.publisher.calls[0]?.reply);
    expect(t.publisher.posts).toHaveLength(1);
    expect(await store.unsettled('9999-01-01T00:00:00Z')).toEqual([]);
    const after = await mustGet(store, t.sub.id);
    expect(after.nextRunAt).toBe('2022-08-23T06:00:00.000Z');
    expect(after.deliveredThrough).toBe('2022-08-22T06:00:05.000Z');
  });

  it('re-sends a crashed claim from one replica only, when two find it stale at once', async () => {
    const store = new CrashOnFirstSettle();
    const t = await setupOn(store);
    t.setBriefs([story('a', '2022-08-21T20:00:00Z')]);
    t.clock.set('2022-08-22T06:00:05Z');
    await t.pass(); // posts, then "dies" before settling
    t.clock.advance(STALE_CLAIM_MS + 60_000);
    const other = new RecordingPublisher();
    const [mine, theirs] = await Promise.all([t.pass(), t.pass({ publishers: { console: other } })]);
    expect([...mine, ...theirs].map((r) => r.outcome)).toEqual(['delivered']);
    // The crashed attempt, and one re-send between both replicas.
    expect(t.publisher.calls.length + other.calls.length).toBe(2);
    expect(await store.unsettled('9999-01-01T00:00:00Z')).toEqual([]);
  });

  it('keeps renewing its claim while a platform keeps the delivery waiting, so no replica takes it over', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const store = new MemoryStore();
      const t = await setupOn(store);
      t.setBriefs([story('a', '2022-08-21T20:00:00Z')]);
      t.clock.set('2022-08-22T06:00:05Z');
      let release: () => void = () => {};
      const waiting = new Promise<void>((resolve) => {
        release = resolve;
      });
      const slow = new RecordingPublisher();
      const publish = slow.publish.bind(slow);
      slow.publish = async (...args) => {
        await waiting;
        return publish(...args);
      };
      const pass = t.pass({ publishers: { console: slow } });
      // Five minutes of waiting on the platform, well past the stale window, in renewal steps.
      for (let i = 0; i < 10; i++) {
        t.clock.advance(CLAIM_RENEW_MS);
        await vi.advanceTimersByTimeAsync(CLAIM_RENEW_MS);
      }
      const staleBefore = new Date(t.clock.now().getTime() - STALE_CLAIM_MS).toISOString();
      expect(await store.unsettled(staleBefore)).toEqual([]);
      expect(await store.reclaim(t.sub.id, '2022-08-22T06:00:00.000Z', staleBefore, staleBefore)).toBeNull();
      release();
      expect((await pass).map((r) => r.outcome)).toEqual(['delivered']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('delivers once when two passes race on one store', async () => {
    const t = await setup();
    t.setBriefs([story('a', '2022-08-21T20:00:00Z')]);
    const other = new RecordingPublisher();
    const [mine, theirs] = await Promise.all([t.pass(), t.pass({ publishers: { console: other } })]);
    expect([...mine, ...theirs].map((r) => r.outcome)).toEqual(['delivered']);
    expect(t.publisher.calls.length + other.calls.length).toBe(1);
    expect((await mustGet(t.store, t.sub.id)).nextRunAt).toBe('2022-08-23T06:00:00.000Z');
  });

  it('leaves subscriptions on a platform it cannot publish to for a process that can', async () => {
    const t = await setup();
    t.setBriefs([story('a', '2022-08-21T20:00:00Z')]);
    expect(await t.pass({ publishers: {} })).toEqual([]);
    expect(await t.store.history(t.sub.id, 1)).toEqual([]);
    expect(await t.pass()).toMatchObject([{ outcome: 'delivered' }]);
  });

  it('pauses a subscription whose schedule is invalid and goes on with the others', async () => {
    const t = await setup();
    const bad = await t.store.subscribe(
      newSubscription({
        createdAt: '2022-08-21T12:00:00Z',
        target: { platform: 'console', workspace: 'local', channel: 'broken' },
      }),
    );
    await t.store.advance(bad.id, '2022-08-22T05:00:00.000Z');
    (await mustGet(t.store, bad.id)).cron = 'not a cron';
    const reports = await t.pass({ sleep: noSleep });
    expect(reports.map((r) => [r.subscriptionId, r.outcome])).toEqual([
      [bad.id, 'paused'],
      [t.sub.id, 'empty'],
    ]);
    expect((await mustGet(t.store, bad.id)).pausedReason).toMatch(/invalid schedule/);
  });
});

/** The process dies after posting, before the ledger row is settled. */
class CrashOnFirstSettle extends MemoryStore {
  private crashed = false;
  override async settle(...args: Parameters<MemoryStore['settle']>) {
    if (!this.crashed) {
      this.crashed = true;
      throw new Error('process died');
    }
    return super.settle(...args);
  }
}

async function setupOn(store: SubscriptionStore) {
  const sub = await store.subscribe(newSubscription({ createdAt: '2022-08-21T12:00:00Z' }));
  const clock = new TestClock(sub.nextRunAt);
  const publisher = new RecordingPublisher();
  let briefs: Brief[] = [];
  return {
    sub,
    clock,
    publisher,
    setBriefs: (b: Brief[]) => {
      briefs = b;
    },
    pass: (extra: Partial<SchedulerOptions> = {}) =>
      runSchedulerPass({
        store,
        briefs: () => briefs,
        publishers: { console: publisher },
        clock,
        sleep: noSleep,
        ...extra,
      }),
  };
}
