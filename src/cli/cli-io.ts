import type { Readable, Writable } from 'node:stream';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { CliSetting, FeedsConfig } from '../config.js';

/** Everything a subcommand touches, so that it can run on any streams. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  /** Where briefs live unless --briefs says otherwise (config's BRIEFS_DIR). */
  briefsDir: string;
  /** Below this confidence `ask` abstains (config's ANSWER_MIN_CONFIDENCE); unset, the engine's default. */
  answerMinConfidence?: CliSetting<number>;
  /** The store unless --database says otherwise (config's DATABASE_URL); unset, the default SQLite file. */
  databaseUrl?: string;
  /** FEEDS_ALLOW_HOSTS, NEWSBRIEF_CONTACT and FEEDS_POLL_MINUTES, for `feeds`; unset, the defaults. */
  feeds?: CliSetting<FeedsConfig>;
}

/** Returns the process exit code: 0 done, 1 a problem with the data, 2 a usage mistake. */
export type Subcommand = (args: string[], io: CliIo) => Promise<number>;

/** A mistake in how the command was typed; the CLI prints it with the usage and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs, strict; any parse problem becomes a UsageError. */
export function parseCliArgs<T extends Options>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message.split('. To specify a positional argument')[0] ?? message);
  }
}

export const BRIEFS_OPTION = { briefs: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

export function writeLine(stream: Writable, text: string): void {
  stream.write(`${text}\n`);
}

export function complain(io: CliIo, message: string): void {
  writeLine(io.stderr, `newsbrief: ${message}`);
}
