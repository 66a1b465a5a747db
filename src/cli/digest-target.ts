import { type Target, TargetSchema } from '../core/digest/subscription.js';
import { UsageError } from './cli-io.js';

/** "console:local:general" → a Target; a UsageError saying the form otherwise. */
export function parseChannel(text: string | undefined): Target {
  if (!text) throw new UsageError('give the channel: --channel PLATFORM:WORKSPACE:CHANNEL');
  const [platform, workspace, ...rest] = text.split(':');
  const parsed = TargetSchema.safeParse({ platform, workspace, channel: rest.join(':') });
  if (!parsed.success) {
    throw new UsageError(
      `--channel "${text}" is not PLATFORM:WORKSPACE:CHANNEL (platform console, slack or discord), e.g. console:local:general`,
    );
  }
  return parsed.data;
}

/** --now ISO-8601 (with an offset or Z), or the current time. */
export function parseNow(text: string | undefined): Date {
  if (text === undefined) return new Date();
  const ms = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.test(text)
    ? Date.parse(text)
    : NaN;
  if (Number.isNaN(ms))
    throw new UsageError(`--now "${text}" is not an ISO-8601 instant, e.g. 2026-11-26T08:00:00Z`);
  return new Date(ms);
}
