import { Cron } from 'croner';

/**
 * The first slot of a five-field cron expression, read in an IANA time zone, strictly after `after`.
 * Wall-clock times follow daylight saving: "0 8 * * *" in Europe/Berlin is 07:00Z in winter, 06:00Z in summer.
 * Throws on an invalid expression or time zone, or a schedule that never fires again.
 */
export function nextRunAfter(cron: string, timezone: string, after: Date): Date {
  const job = new Cron(cron, { timezone, paused: true });
  const next = job.nextRun(after);
  if (!next) throw new Error(`the schedule "${cron}" (${timezone}) has no run after ${after.toISOString()}`);
  return next;
}

/** The latest slot at or before `at`, or null when there is none. */
export function latestRunAtOrBefore(cron: string, timezone: string, at: Date): Date | null {
  const job = new Cron(cron, { timezone, paused: true });
  // previousRuns looks strictly before its reference, so look from just after `at`.
  const [previous] = job.previousRuns(1, new Date(at.getTime() + 1));
  return previous ?? null;
}

/** "08:00" → "0 8 * * *": every day at that wall-clock time. */
export function cronFor(time: string): string {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(time.trim());
  if (!match) throw new Error(`"${time}" is not a time of day: use HH:MM, e.g. 08:00`);
  return `${Number(match[2])} ${Number(match[1])} * * *`;
}
