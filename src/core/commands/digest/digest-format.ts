import { dateParts } from '../../digest/digest-reply.js';
import type { Subscription, Target } from '../../digest/subscription.js';
import { dailyTimeOf } from './digest-schedule.js';

/** "daily at 07:30 Europe/Berlin" or "cron 30 7 * * 1-5 (Europe/Berlin)". */
export function describeSchedule(subscription: Pick<Subscription, 'cron' | 'timezone'>): string {
  const time = dailyTimeOf(subscription.cron);
  return time
    ? `daily at ${time} ${subscription.timezone}`
    : `cron ${subscription.cron} (${subscription.timezone})`;
}

export function describeTopics(topics: readonly string[]): string {
  return topics.length > 0 ? topics.join(', ') : 'every story';
}

/** "Thu 26 Nov 2026, 08:00 CET" — an instant as people in that zone read it. */
export function formatInZone(iso: string, timezone: string): string {
  const parts = dateParts(iso, timezone, { weekday: 'short', timeZoneName: 'short' });
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}, ${parts.hour}:${parts.minute} ${parts.timeZoneName}`;
}

/** PLATFORM:WORKSPACE:CHANNEL, as the CLI takes it. */
export function targetLabel(target: Target): string {
  return `${target.platform}:${target.workspace}:${target.channel}`;
}

/** One line of /digest list. */
export function subscriptionLine(subscription: Subscription): string {
  const paused = subscription.pausedReason ? ` · paused: ${subscription.pausedReason}` : '';
  return [
    `#${subscription.target.channel}`,
    describeSchedule(subscription),
    `topics: ${describeTopics(subscription.topics)}`,
    `next: ${formatInZone(subscription.nextRunAt, subscription.timezone)}`,
    `by ${subscription.createdBy}`,
  ]
    .join(' · ')
    .concat(paused);
}
