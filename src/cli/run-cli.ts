import { runAsk } from './ask.js';
import { runBrief } from './brief.js';
import { runBriefs } from './briefs.js';
import { type CliIo, complain, type Subcommand, UsageError, writeLine } from './cli-io.js';
import { runDigest } from './digest.js';
import { runFeedback } from './feedback.js';
import { runFeeds } from './feeds.js';
import { runHelp } from './help.js';
import { runIngest } from './ingest.js';
import { USAGE } from './usage.js';

/** Every subcommand, registered explicitly. */
export const SUBCOMMANDS: Readonly<Record<string, Subcommand>> = {
  brief: runBrief,
  ask: runAsk,
  briefs: runBriefs,
  ingest: runIngest,
  digest: runDigest,
  feedback: runFeedback,
  feeds: runFeeds,
  help: runHelp,
};

/** Runs one CLI invocation and returns its exit code: 0 done, 1 a data problem, 2 a usage mistake. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--help' || name === '-h') return runHelp([], io);
  const subcommand = name !== undefined && Object.hasOwn(SUBCOMMANDS, name) ? SUBCOMMANDS[name] : undefined;
  if (!subcommand) {
    return usageMistake(io, name === undefined ? 'no command given' : `unknown command "${name}"`);
  }
  try {
    return await subcommand(args, io);
  } catch (error) {
    if (error instanceof UsageError) return usageMistake(io, `${name}: ${error.message}`);
    throw error;
  }
}

function usageMistake(io: CliIo, message: string): number {
  complain(io, message);
  writeLine(io.stderr, USAGE);
  return 2;
}
