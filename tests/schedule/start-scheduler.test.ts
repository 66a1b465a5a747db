import { describe, expect, it } from 'vitest';
import type { DeliveryReport } from '../../src/schedule/run-pass.js';
import { runOnce, type ScheduleFn, startScheduler } from '../../src/schedule/start-scheduler.js';
import { MemoryStore } from '../fakes/memory-store.js';
import { mustGet, newSubscription, RecordingPublisher, story, TestClock } from './scheduler-fakes.js';

/** Stands in for node-cron: keeps the task so that the test fires the ticks. */
function fakeCron() {
  const fired: { expression: string; task: () => Promise<void>; stopped: boolean }[] = [];
  const schedule: ScheduleFn = (expression, task) => {
    const entry = { expression, task, stopped: false };
    fired.push(entry);
    return {
      stop: () => {
        entry.stopped = true;
      },
    };
  };
  return { schedule, fired };
}

describe('startScheduler', () => {
  it('runs a pass every minute, one at a time, and reports errors without stopping', async () => {
    const store = new MemoryStore();
    await store.subscribe(newSubscription({ createdAt: '2022-08-21T12:00:00Z' }));
    const clock = new TestClock('2022-08-22T06:00:10Z');
    const publisher = new RecordingPublisher();
    const cron = fakeCron();
    const reports: DeliveryReport[][] = [];
    const errors: unknown[] = [];
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let failDue = false;
    const due = store.due.bind(store);
    store.due = async (now, limit) => {
      if (failDue) throw new Error('database is locked');
      await gate;
      return due(now, limit);
    };

    const scheduler = startScheduler({
      store,
      briefs: () => [story('a', '2022-08-21T20:00:00Z')],
      publishers: { console: publisher },
      clock,
      onError: (e) => errors.push(e),
      onReports: (r) => reports.push(r),
      runAtStart: false,
      schedule: cron.schedule,
    });
    const [entry] = cron.fired;
    expect(entry?.expression).toBe('* * * * *');

    const first = entry?.task();
    const overlapping = entry?.task(); // dropped: a pass is running
    release();
    await Promise.all([first, overlapping]);
    expect(reports).toHaveLength(1);
    expect(reports[0]?.map((r) => r.outcome)).toEqual(['delivered']);

    failDue = true;
    await entry?.task();
    expect(errors).toEqual([new Error('database is locked')]);

    failDue = false;
    await entry?.task();
    expect(reports).toHaveLength(2);

    await scheduler.stop();
    expect(entry?.stopped).toBe(true);
    await entry?.task();
    expect(reports).toHaveLength(2);
  });

  it('catches up at start without waiting for the first tick', async () => {
    const store = new MemoryStore();
    const sub = await store.subscribe(newSubscription({ createdAt: '2022-08-21T12:00:00Z' }));
    const reports: DeliveryReport[][] = [];
    const scheduler = startScheduler({
      store,
      briefs: () => [],
      publishers: { console: new RecordingPublisher() },
      clock: new TestClock('2022-08-22T07:00:00Z'),
      onError: (e) => {
        throw e;
      },
      onReports: (r) => reports.push(r),
      schedule: fakeCron().schedule,
    });
    await scheduler.stop();
    expect(reports).toEqual([[expect.objectContaining({ outcome: 'empty' })]]);
    expect((await mustGet(store, sub.id)).nextRunAt).toBe('2022-08-23T06:00:00.000Z');
  });
});

describe('startScheduler with node-cron', () => {
  it('starts and stops a real every-minute task', async () => {
    const scheduler = startScheduler({
      store: new MemoryStore(),
      briefs: () => [],
      publishers: {},
      clock: new TestClock('2022-08-22T06:00:00Z'),
      onError: (e) => {
        throw e;
      },
    });
    await expect(scheduler.stop()).resolves.toBeUndefined();
  });
});

describe('runOnce', () => {
  it('runs one pass as of the given instant, without waiting between retries', async () => {
    const store = new MemoryStore();
    await store.subscribe(newSubscription({ createdAt: '2022-08-21T12:00:00Z' }));
    const publisher = new RecordingPublisher().failNext({ kind: 'transient', message: '503' });
    const started = Date.now();
    const reports = await runOnce({
      store,
      briefs: () => [story('a', '2022-08-21T20:00:00Z')],
      publishers: { console: publisher },
      now: new Date('2022-08-22T06:00:00Z'),
    });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(reports).toMatchObject([{ outcome: 'delivered', stories: [{ id: 'a' }] }]);
    expect(publisher.calls).toHaveLength(2);
  });
});
