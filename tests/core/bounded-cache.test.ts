import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../src/core/bounded-cache.js';

describe('BoundedCache', () => {
  it('gives back what was set, and undefined for a key it does not hold', () => {
    const cache = new BoundedCache<string, number>(4);
    cache.set('a', 1);
    expect(cache.get('a')).toBe(1);
    expect(cache.get('b')).toBeUndefined();
  });

  it('never holds more than maxSize entries, however many are set', () => {
    const cache = new BoundedCache<number, number>(10);
    for (let i = 0; i < 1000; i++) {
      cache.set(i, i * 2);
      expect(cache.size).toBeLessThanOrEqual(10);
    }
    // The latest keys are still there.
    expect(cache.get(999)).toBe(1998);
  });

  it('forgets the least recently used keys first: a key in use survives a stream of new ones', () => {
    const cache = new BoundedCache<string, string>(6);
    cache.set('hot', 'kept');
    for (let i = 0; i < 100; i++) {
      expect(cache.get('hot')).toBe('kept');
      cache.set(`cold-${i}`, 'passing');
    }
    expect(cache.get('cold-0')).toBeUndefined();
  });

  it('holds a key once, with its latest value, when it is set again', () => {
    const cache = new BoundedCache<string, number>(4);
    cache.set('a', 1);
    cache.set('b', 2); // "a" and "b" move to the older generation
    cache.set('a', 3);
    expect(cache.get('a')).toBe(3);
    expect(cache.size).toBe(2);
  });

  it('computes a missing value once and then gives the held one', () => {
    const cache = new BoundedCache<string, string>(4);
    let calls = 0;
    const upper = (word: string) => {
      calls++;
      return word.toUpperCase();
    };
    expect(cache.getOrCompute('news', upper)).toBe('NEWS');
    expect(cache.getOrCompute('news', upper)).toBe('NEWS');
    expect(calls).toBe(1);
  });

  it('refuses a size it could not keep', () => {
    expect(() => new BoundedCache(1)).toThrow(RangeError);
    expect(() => new BoundedCache(2.5)).toThrow(RangeError);
  });
});

describe('BoundedCache with a longest key', () => {
  it('computes a longer key every time and never holds it, so pasted junk costs no memory', () => {
    const cache = new BoundedCache<string, number>(100, 8);
    let computed = 0;
    const length = (key: string) => {
      computed++;
      return key.length;
    };
    const long = 'x'.repeat(10_000);
    expect(cache.getOrCompute(long, length)).toBe(10_000);
    expect(cache.getOrCompute(long, length)).toBe(10_000);
    expect(computed).toBe(2);
    expect(cache.size).toBe(0);
    cache.getOrCompute('word', length);
    cache.getOrCompute('word', length);
    expect([computed, cache.size]).toEqual([3, 1]);
  });
});
