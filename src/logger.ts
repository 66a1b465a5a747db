import { type DestinationStream, type Logger, pino } from 'pino';
import type { LogLevel } from './config.js';
import { rotatingFile } from './logging/rotating-file.js';

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
 * Secret shapes: Slack bot, user and app tokens; Discord bot tokens (three base64url parts); and URLs that
 * carry a credential in their path — a Discord interaction or webhook token (anyone holding it can post as
 * the bot for 15 minutes) and a Slack response_url. Field redaction cannot catch these inside free text (an
 * SDK's message, an error's url), so every written line is scrubbed of them as well.
 */
const SECRET_SHAPES: readonly [RegExp, string][] = [
  [/\bxox[abeoprs]-[A-Za-z0-9-]{6,}/g, '[redacted]'],
  [/\bxapp-[A-Za-z0-9-]{6,}/g, '[redacted]'],
  [/\b[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,}/g, '[redacted]'],
  [/(\/interactions\/\d+\/)[^/\s"?]+/g, '$1[redacted]'],
  [/(\/webhooks\/\d+\/)[^/\s"?]+/g, '$1[redacted]'],
  [/(hooks\.slack\.com\/(?:commands|actions|services)\/)[^\s"]+/g, '$1[redacted]'],
];

/** The text with anything shaped like a secret replaced by [redacted]. */
export function scrubSecrets(text: string): string {
  let scrubbed = text;
  for (const [shape, replacement] of SECRET_SHAPES) scrubbed = scrubbed.replace(shape, replacement);
  return scrubbed;
}

const LEVEL_NAMES: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};
const BOOKKEEPING = new Set(['level', 'time', 'pid', 'hostname', 'msg']);

/**
 * For a person at a terminal: "12:00:01 INFO briefs loaded dir=./briefs briefs=1" instead of JSON. The
 * line is formatted from pino's own (already redacted) JSON, so redaction holds here too.
 */
export function readableDestination(
  write: (text: string) => void,
  options: { fields?: boolean } = {},
): DestinationStream {
  return {
    write(line: string) {
      const entry = JSON.parse(line) as Record<string, unknown>;
      const time = new Date(Number(entry.time)).toISOString().slice(11, 19);
      const fields = (options.fields === false ? [] : Object.entries(entry))
        .filter(([key]) => !BOOKKEEPING.has(key))
        .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
      write(
        `${time} ${LEVEL_NAMES[Number(entry.level)] ?? entry.level} ${entry.msg ?? ''} ${fields.join(' ')}`.trimEnd() +
          '\n',
      );
    },
  };
}

function defaultDestination(): DestinationStream {
  if (process.stderr.isTTY) return readableDestination((text) => process.stderr.write(text));
  return pino.destination({ fd: 2, sync: true });
}

/**
 * The process's one logger. It writes to stderr, because stdout belongs to the console chat and to CLI
 * output: JSON lines for log collectors, readable lines at a terminal. Pass a destination only in tests.
 */
export function createLogger(level: LogLevel, destination: DestinationStream = defaultDestination()): Logger {
  return pino(
    { level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' }, hooks: { streamWrite: scrubSecrets } },
    destination,
  );
}

/**
 * Where the terminal's log lines go: stderr, or, while the console chat shows a prompt, through the chat,
 * which clears its prompt line, writes the log line and draws the prompt again, so a warning never lands
 * inside what the person is typing.
 */
export class TerminalLines {
  private above: ((text: string) => void) | null = null;

  constructor(private readonly stream: NodeJS.WritableStream = process.stderr) {}

  write(text: string): void {
    if (this.above) this.above(text);
    else this.stream.write(text);
  }

  /** Lines go through `write` from now on; null: back to the stream. */
  showAbove(write: ((text: string) => void) | null): void {
    this.above = write;
  }
}

export interface BotLogPlan {
  level: LogLevel;
  /** Every line at `level` goes here as JSON; null: to stderr, as createLogger does. */
  file: string | null;
  /** Warnings and errors also go to the terminal as readable lines (the console chat's own logs). */
  terminal: TerminalLines | null;
}

/**
 * The bot's logger: to a rotated file, with warnings and errors on the terminal, when it is a console chat;
 * to stderr when it serves a platform.
 */
export function createBotLogger(plan: BotLogPlan): Logger {
  const { level } = plan;
  if (!plan.file || level === 'silent') return createLogger(level);
  const streams: pino.StreamEntry[] = [{ level, stream: rotatingFile(plan.file) }];
  const { terminal } = plan;
  if (terminal) {
    // The message alone: the chat shows what went wrong in a line; the file keeps every field.
    const stream = readableDestination((text) => terminal.write(text), { fields: false });
    streams.push({ level: 'warn', stream });
  }
  return createLogger(plan.level, pino.multistream(streams));
}
