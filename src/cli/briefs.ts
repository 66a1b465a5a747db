import { newestFirst } from '../core/commands/find-brief.js';
import { listedDate } from '../core/replies/brief-date.js';
import { BRIEFS_OPTION, parseCliArgs, type Subcommand, UsageError, writeLine } from './cli-io.js';
import { runHelp } from './help.js';
import { loadCliBriefs } from './load-cli-briefs.js';

/** briefs [--json] [--briefs DIR]: one brief a line, newest first; "undated" (null in JSON) for an undated article. */
export const runBriefs: Subcommand = async (args, io) => {
  const { values, positionals } = parseCliArgs(args, { ...BRIEFS_OPTION, json: { type: 'boolean' } });
  if (values.help) return runHelp([], io);
  if (positionals.length > 0) throw new UsageError(`briefs takes no arguments (got "${positionals[0]}")`);
  const briefs = await loadCliBriefs(values.briefs ?? io.briefsDir, io);
  if (!briefs) return 1;
  const sorted = newestFirst(briefs);
  const width = Math.max(0, ...sorted.map((b) => b.id.length));
  for (const b of sorted) {
    // An undated brief's `published` is the day it was added, not the article's: null in JSON.
    writeLine(
      io.stdout,
      values.json
        ? JSON.stringify({ id: b.id, published: b.undated ? null : b.published, title: b.title })
        : `${b.id.padEnd(width)}  ${listedDate(b).padEnd(10)}  ${b.title}`,
    );
  }
  return 0;
};
