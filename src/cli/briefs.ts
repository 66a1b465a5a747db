import { sortNewestFirst } from '../core/commands/find-brief.js';
import { BRIEFS_OPTION, parseCliArgs, type Subcommand, UsageError, writeLine } from './cli-io.js';
import { runHelp } from './help.js';
import { loadCliBriefs } from './load-cli-briefs.js';

/** briefs [--json] [--briefs DIR]: one brief a line, newest first. */
export const runBriefs: Subcommand = async (args, io) => {
  const { values, positionals } = parseCliArgs(args, { ...BRIEFS_OPTION, json: { type: 'boolean' } });
  if (values.help) return runHelp([], io);
  if (positionals.length > 0) throw new UsageError(`briefs takes no arguments (got "${positionals[0]}")`);
  const briefs = await loadCliBriefs(values.briefs ?? io.briefsDir, io);
  if (!briefs) return 1;
  const sorted = sortNewestFirst(briefs);
  const width = Math.max(0, ...sorted.map((b) => b.id.length));
  for (const b of sorted) {
    const date = b.published.slice(0, 10);
    writeLine(
      io.stdout,
      values.json
        ? JSON.stringify({ id: b.id, published: b.published, title: b.title })
        : `${b.id.padEnd(width)}  ${date}  ${b.title}`,
    );
  }
  return 0;
};
