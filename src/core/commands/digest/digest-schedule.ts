/**
 * When a digest runs. The real cron engine lives outside the core (src/schedule) and is injected through
 * the command context; without it the core still handles the daily "M H * * *" schedules that
 * `time HH:MM` produces, computed with Intl alone.
 */
export interface DigestSchedule {
  /** True for a five-field cron expression the scheduler can run. */
  isValidCron(cron: string): boolean;
  /** The first run strictly after `after`, reading `cron` in the IANA `timezone`. */
  nextRunAfter(cron: string, timezone: string, after: Date): Date;
}

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;
const DAILY = /^([0-5]?\d) ([01]?\d|2[0-3]) \* \* \*$/;

/** "07:30" → { hour: 7, minute: 30 }; undefined when it is not a 24-hour HH:MM time. */
export function parseTime(text: string): { hour: number; minute: number } | undefined {
  const match = TIME.exec(text.trim());
  return match ? { hour: Number(match[1]), minute: Number(match[2]) } : undefined;
}

/** "07:30" → "30 7 * * *". */
export function cronForTime(time: { hour: number; minute: number }): string {
  return `${time.minute} ${time.hour} * * *`;
}

/** "30 7 * * *" → "07:30"; undefined for any other kind of schedule. */
export function dailyTimeOf(cron: string): string | undefined {
  const match = DAILY.exec(cron.trim());
  if (!match) return undefined;
  return `${String(match[2]).padStart(2, '0')}:${String(match[1]).padStart(2, '0')}`;
}

/** The canonical IANA name ("europe/berlin" → "Europe/Berlin"), or undefined when Intl does not know it. */
export function canonicalTimeZone(name: string): string | undefined {
  const trimmed = name.trim();
  if (!trimmed) return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: trimmed }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** Daily schedules only; enough for `time HH:MM` when no cron engine is wired. */
export const dailySchedule: DigestSchedule = {
  isValidCron: (cron) => DAILY.test(cron.trim()),
  nextRunAfter(cron, timezone, after) {
    const time = dailyTimeOf(cron);
    const parsed = time ? parseTime(time) : undefined;
    if (!parsed) throw new Error(`not a daily cron expression: ${cron}`);
    const today = localDate(after, timezone);
    for (let day = 0; day < 3; day++) {
      const candidate = zonedInstant(today.year, today.month, today.day + day, parsed, timezone);
      if (candidate.getTime() > after.getTime()) return candidate;
    }
    throw new Error('unreachable: a daily schedule runs within two days');
  },
};

function localDate(instant: Date, timeZone: string) {
  const parts = partsIn(instant, timeZone);
  return { year: parts.year, month: parts.month, day: parts.day };
}

function partsIn(instant: Date, timeZone: string) {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const value = (type: string) => Number(format.formatToParts(instant).find((p) => p.type === type)?.value);
  return {
    year: value('year'),
    month: value('month'),
    day: value('day'),
    hour: value('hour'),
    minute: value('minute'),
    second: value('second'),
  };
}

/** The zone's offset from UTC at an instant, in milliseconds. */
function offsetAt(instant: Date, timeZone: string): number {
  const p = partsIn(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant a local wall-clock time happens in a zone (a time skipped by DST moves forward). */
function zonedInstant(
  year: number,
  month: number,
  day: number,
  time: { hour: number; minute: number },
  timeZone: string,
): Date {
  const wall = Date.UTC(year, month - 1, day, time.hour, time.minute);
  const first = wall - offsetAt(new Date(wall), timeZone);
  const second = wall - offsetAt(new Date(first), timeZone);
  return new Date(Math.max(first, second));
}
