import { describe, expect, it } from 'vitest';
import { freshUntil, retryAfter } from '../../../src/feeds/fetch/freshness.js';

const NOW = new Date('2025-03-01T12:00:00Z');
const headers = (values: Record<string, string>) => new Headers(values);
const secondsAfterNow = (date: Date | null) => (date ? (date.getTime() - NOW.getTime()) / 1000 : null);

describe('freshUntil', () => {
  it('takes max-age, ignoring s-maxage', () => {
    expect(
      secondsAfterNow(freshUntil(headers({ 'cache-control': 'public, s-maxage=10, max-age=600' }), NOW)),
    ).toBe(600);
  });

  it('caps the freshness at one hour', () => {
    expect(secondsAfterNow(freshUntil(headers({ 'cache-control': 'max-age=86400' }), NOW))).toBe(3600);
  });

  it('gives nothing for no-store or no-cache, even with a max-age or Expires', () => {
    expect(freshUntil(headers({ 'cache-control': 'no-store, max-age=600' }), NOW)).toBeNull();
    expect(
      freshUntil(headers({ 'cache-control': 'no-cache', expires: 'Sat, 01 Mar 2025 12:10:00 GMT' }), NOW),
    ).toBeNull();
  });

  it('reads Expires against the server Date, so a skewed server clock does not matter', () => {
    const skewed = { date: 'Sat, 01 Mar 2025 09:00:00 GMT', expires: 'Sat, 01 Mar 2025 09:20:00 GMT' };
    expect(secondsAfterNow(freshUntil(headers(skewed), NOW))).toBe(1200);
    expect(secondsAfterNow(freshUntil(headers({ expires: 'Sat, 01 Mar 2025 12:05:00 GMT' }), NOW))).toBe(300);
  });

  it('gives nothing without caching headers or with an unreadable Expires', () => {
    expect(freshUntil(headers({}), NOW)).toBeNull();
    expect(freshUntil(headers({ expires: '0' }), NOW)).toBeNull();
  });
});

describe('retryAfter', () => {
  it('reads seconds and HTTP dates, capped at 24 hours', () => {
    expect(secondsAfterNow(retryAfter(headers({ 'retry-after': '120' }), NOW))).toBe(120);
    expect(
      secondsAfterNow(retryAfter(headers({ 'retry-after': 'Sat, 01 Mar 2025 12:30:00 GMT' }), NOW)),
    ).toBe(1800);
    expect(secondsAfterNow(retryAfter(headers({ 'retry-after': '9999999' }), NOW))).toBe(86_400);
  });

  it('gives nothing when the header is absent or unreadable', () => {
    expect(retryAfter(headers({}), NOW)).toBeNull();
    expect(retryAfter(headers({ 'retry-after': 'soon' }), NOW)).toBeNull();
  });
});
