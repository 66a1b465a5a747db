import { type DestinationStream, type Logger, pino } from 'pino';
import type { LogLevel } from './config.js';

/** Field names whose values never reach a log line, at the top level or nested up to three deep. */
const SECRET_KEYS = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  'secret',
  'password',
  'authorization',
  'cookie',
  'DISCORD_TOKEN',
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_APP_TOKEN',
  'DATABASE_URL',
  'databaseUrl',
];

export const REDACTED_PATHS = [
  ...SECRET_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`, `*.*.*.${key}`]),
  'database.url',
  '*.database.url',
];

/**
 * The process's one logger. It writes JSON lines to stderr, because stdout belongs to the console chat and
 * to CLI output; pass another destination only in tests.
 */
export function createLogger(
  level: LogLevel,
  destination: DestinationStream = pino.destination({ fd: 2, sync: true }),
): Logger {
  return pino({ level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, destination);
}
