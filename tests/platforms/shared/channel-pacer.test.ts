import { describe, expect, it } from 'vitest';
import { ChannelPacer } from '../../../src/platforms/shared/channel-pacer.js';
import { RecentMap } from '../../../src/platforms/shared/recent-map.js';

function fakeClock() {
  let now = 0;
  const waits: number[] = [];
  return {
    waits,
    now: () => now,
    // Sleeps are recorded, not slept: the burst below books its slots before any of them waits.
    sleep: async (ms: number) => {
      waits.push(ms);
    },
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('ChannelPacer', () => {
  it('spaces a burst to one channel a second apart, in order', async () => {
    const clock = fakeClock();
    const pacer = new ChannelPacer(1000, clock);
    await Promise.all([pacer.wait('C1'), pacer.wait('C1'), pacer.wait('C1')]);
    expect(clock.waits).toEqual([1000, 2000]);
  });

  it('never makes one channel wait for another, nor a channel that has been quiet', async () => {
    const clock = fakeClock();
    const pacer = new ChannelPacer(1000, clock);
    await pacer.wait('C1');
    await pacer.wait('C2');
    clock.advance(1500);
    await pacer.wait('C1');
    expect(clock.waits).toEqual([]);
  });
});

describe('RecentMap', () => {
  it('forgets entries after their lifetime and the least recently used past its size', () => {
    let now = 0;
    const map = new RecentMap<string>({ maxEntries: 2, ttlMs: 100, now: () => now });
    map.set('a', '1');
    map.set('b', '2');
    map.get('a');
    map.set('c', '3');
    expect([map.get('a'), map.get('b'), map.get('c')]).toEqual(['1', undefined, '3']);
    now = 150;
    expect(map.get('a')).toBeUndefined();
  });

  it('reports the first sight of a key only once', () => {
    const seen = new RecentMap<true>({ maxEntries: 10, ttlMs: 1000 });
    expect([seen.firstSight('Ev1'), seen.firstSight('Ev1'), seen.firstSight('Ev2')]).toEqual([
      true,
      false,
      true,
    ]);
  });
});
