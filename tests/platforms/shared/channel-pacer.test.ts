import { describe, expect, it } from 'vitest';
import { ChannelPacer } from '../../../src/platforms/shared/channel-pacer.js';

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
