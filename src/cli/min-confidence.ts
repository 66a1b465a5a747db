import { type CliSetting, MinConfidenceSchema } from '../config.js';
import { type CliIo, complain, UsageError } from './cli-io.js';

/**
 * How sure `ask` must be to answer: --min-confidence N, else ANSWER_MIN_CONFIDENCE, else the engine's
 * default (undefined). A bad --min-confidence is a usage mistake; a bad ANSWER_MIN_CONFIDENCE is said on
 * stderr and gives null (exit 1), but only here, so that other subcommands still run with it set wrong.
 */
export function readMinConfidence(option: string | undefined, io: CliIo): number | undefined | null {
  if (option !== undefined) {
    const parsed = MinConfidenceSchema.safeParse(option);
    if (!parsed.success) {
      throw new UsageError(
        `--min-confidence: ${parsed.error.issues[0]?.message ?? 'use a number from 0 to 1'}`,
      );
    }
    return parsed.data;
  }
  return fromEnvironment(io.answerMinConfidence, io);
}

function fromEnvironment(setting: CliSetting<number> | undefined, io: CliIo): number | undefined | null {
  if (!setting) return undefined;
  if (setting.ok) return setting.value;
  complain(io, `${setting.issue.variable}: ${setting.issue.message}; or pass --min-confidence N`);
  return null;
}
