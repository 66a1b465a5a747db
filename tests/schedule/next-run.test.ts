import { describe, expect, it } from 'vitest';
import { cronFor, latestRunAtOrBefore, nextRunAfter } from '../../src/schedule/next-run.js';

const next = (cron: string, tz: string, after: string) =>
  nextRunAfter(cron, tz, new Date(after)).toISOString();

describe('cronFor', () => {
  it('turns HH:MM into a daily five-field expression', () => {
    expect(cronFor('08:00')).toBe('0 8 * * *');
    expect(cronFor('7:05')).toBe('5 7 * * *');
    expect(cronFor('23:59')).toBe('59 23 * * *');
  });

  it('rejects what is not a time of day, saying what to write', () => {
    for (const bad of ['24:00', '8', '08:60', 'noon', '']) expect(() => cronFor(bad)).toThrow(/HH:MM/);
  });
});

describe('nextRunAfter', () => {
  it('is strictly after the reference', () => {
    expect(next('0 8 * * *', 'UTC', '2024-05-01T08:00:00.000Z')).toBe('2024-05-02T08:00:00.000Z');
    expect(next('0 8 * * *', 'UTC', '2024-05-01T07:59:59.999Z')).toBe('2024-05-01T08:00:00.000Z');
  });

  it('keeps 08:00 Europe/Berlin at 08:00 across both DST changes', () => {
    // Clocks go forward on Sunday 31 March 2024 and back on Sunday 27 October 2024.
    expect(next('0 8 * * *', 'Europe/Berlin', '2024-03-30T06:00:00Z')).toBe('2024-03-30T07:00:00.000Z');
    expect(next('0 8 * * *', 'Europe/Berlin', '2024-03-30T07:00:00Z')).toBe('2024-03-31T06:00:00.000Z');
    expect(next('0 8 * * *', 'Europe/Berlin', '2024-10-26T06:00:00Z')).toBe('2024-10-27T07:00:00.000Z');
  });

  it('keeps 08:00 America/New_York at 08:00 across both DST changes', () => {
    // Clocks go forward on Sunday 10 March 2024 and back on Sunday 3 November 2024.
    expect(next('0 8 * * *', 'America/New_York', '2024-03-09T13:00:00Z')).toBe('2024-03-10T12:00:00.000Z');
    expect(next('0 8 * * *', 'America/New_York', '2024-11-02T12:00:00Z')).toBe('2024-11-03T13:00:00.000Z');
  });

  it('moves a time that does not exist (spring gap) to the first valid instant', () => {
    const at = new Date(next('30 2 * * *', 'Europe/Berlin', '2024-03-30T12:00:00Z'));
    expect(at.getTime()).toBeGreaterThan(Date.parse('2024-03-31T00:59:59Z'));
    expect(at.getTime()).toBeLessThan(Date.parse('2024-03-31T02:00:00Z'));
  });

  it('throws on an invalid expression or time zone', () => {
    expect(() => nextRunAfter('bogus', 'UTC', new Date())).toThrow();
    expect(() => nextRunAfter('0 8 * * *', 'Nowhere/Bogus', new Date())).toThrow();
  });
});

describe('latestRunAtOrBefore', () => {
  it('includes a slot exactly at the reference', () => {
    const at = new Date('2024-05-01T08:00:00.000Z');
    expect(latestRunAtOrBefore('0 8 * * *', 'UTC', at)?.toISOString()).toBe('2024-05-01T08:00:00.000Z');
    expect(latestRunAtOrBefore('0 8 * * *', 'UTC', new Date(at.getTime() - 1))?.toISOString()).toBe(
      '2024-04-30T08:00:00.000Z',
    );
  });
});
