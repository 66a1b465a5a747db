import { type Subcommand, UsageError, writeLine } from './cli-io.js';
import { USAGE } from './usage.js';

/** help: the usage, on stdout. */
export const runHelp: Subcommand = async (args, io) => {
  if (args.length > 0) throw new UsageError('help takes no arguments');
  writeLine(io.stdout, USAGE);
  return 0;
};
