import { quoteInput } from '../command.js';
import type { DigestKey } from './digest-options.js';
import { canonicalTimeZone, cronForTime, type DigestSchedule, parseTime } from './digest-schedule.js';

export const DEFAULT_TIME = '08:00';
export const DEFAULT_TIMEZONE = 'UTC';
const MAX_TOPICS = 20;
const TOPIC = /^[\p{L}\p{N}][\p{L}\p{N} _-]{0,39}$/u;

export interface DigestSettings {
  cron: string;
  timezone: string;
  topics: string[];
  /** "empty post": say "no new stories" on a quiet day; "empty skip" (the default): post nothing. */
  postWhenEmpty?: boolean;
}

export type SettingsResult =
  | { ok: true; settings: DigestSettings }
  | { ok: false; problem: string; hint: string };

const fail = (problem: string, hint: string): SettingsResult => ({ ok: false, problem, hint });

/** Checks the subscribe options and fills the defaults (08:00 UTC, every topic). */
export function readSettings(
  values: { [key in DigestKey]?: string | undefined },
  schedule: DigestSchedule,
): SettingsResult {
  if (values.time && values.cron) {
    return fail('Give either time or cron, not both.', 'For example: /digest subscribe time 07:30');
  }
  let cron: string;
  if (values.cron) {
    cron = values.cron.replace(/\s+/g, ' ');
    if (cron.split(' ').length !== 5 || !schedule.isValidCron(cron)) {
      return fail(
        `Cron must be five fields (minute hour day-of-month month weekday); ${quoteInput(cron)} is not.`,
        'For example: cron 30 7 * * 1-5 (07:30 on weekdays), or use time 07:30 for every day.',
      );
    }
  } else {
    const time = parseTime(values.time ?? DEFAULT_TIME);
    if (!time) return fail('Time must be HH:MM, like 07:30.', 'For example: /digest subscribe time 07:30');
    cron = cronForTime(time);
  }
  const timezone = canonicalTimeZone(values.timezone ?? DEFAULT_TIMEZONE);
  if (!timezone) {
    return fail(
      `Unknown time zone ${quoteInput(values.timezone ?? '')}.`,
      'Use an IANA name, like Europe/Berlin, America/New_York or UTC.',
    );
  }
  const topics = values.topics ? readTopics(values.topics) : [];
  if (!topics) {
    return fail(
      'Topics must be words separated by commas, like ai,energy.',
      `Each topic is up to 40 letters, digits, spaces or dashes; at most ${MAX_TOPICS} topics.`,
    );
  }
  let postWhenEmpty: boolean | undefined;
  if (values.empty !== undefined) {
    const choice = values.empty.toLowerCase();
    if (!/^(post|skip|yes|no|on|off)$/.test(choice)) {
      return fail(
        'Empty must be post or skip.',
        'empty post says "no new stories" on a quiet day; empty skip (the default) posts nothing.',
      );
    }
    postWhenEmpty = /^(post|yes|on)$/.test(choice);
  }
  return {
    ok: true,
    settings: { cron, timezone, topics, ...(postWhenEmpty === undefined ? {} : { postWhenEmpty }) },
  };
}

/** "AI, energy,ai" → ["ai", "energy"]; undefined when a topic is malformed or there are too many. */
export function readTopics(text: string): string[] | undefined {
  const topics = [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim().replace(/\s+/g, ' ').toLowerCase())
        .filter(Boolean),
    ),
  ];
  if (topics.length === 0 || topics.length > MAX_TOPICS || !topics.every((t) => TOPIC.test(t))) {
    return undefined;
  }
  return topics;
}
