import type { Brief } from '../core/brief.schema.js';
import { buildBriefing } from '../core/briefing/build-briefing.js';
import { findBriefById, newestBrief, newestFirst } from '../core/commands/find-brief.js';
import { asLibrary } from '../core/library/memory-library.js';
import { briefingReply } from '../core/replies/briefing-reply.js';
import { renderConsole } from '../platforms/console/console-render.js';
import { BRIEFS_OPTION, complain, parseCliArgs, type Subcommand, UsageError, writeLine } from './cli-io.js';
import { runHelp } from './help.js';
import { loadCliBriefs, unknownBrief } from './load-cli-briefs.js';

/** brief [ID] [--all] [--json] [--briefs DIR]: the briefing of the newest brief, brief ID, or all. */
export const runBrief: Subcommand = async (args, io) => {
  const { values, positionals } = parseCliArgs(args, {
    ...BRIEFS_OPTION,
    all: { type: 'boolean' },
    json: { type: 'boolean' },
  });
  if (values.help) return runHelp([], io);
  if (positionals.length > 1) throw new UsageError('brief takes at most one ID');
  const [id] = positionals;
  if (id !== undefined && values.all) throw new UsageError('give either an ID or --all, not both');
  const dir = values.briefs ?? io.briefsDir;
  const briefs = await loadCliBriefs(dir, io);
  if (!briefs) return 1;
  // Every brief read as its turn comes, so that --all over a large library holds one at a time.
  const library = asLibrary(briefs);
  let selected: Iterable<Brief> = (function* () {
    for (const summary of newestFirst(briefs)) {
      const brief = library.brief(summary.id);
      if (brief) yield brief;
    }
  })();
  if (!values.all) {
    const one = id === undefined ? newestBrief(briefs) : findBriefById(briefs, id);
    if (!one && id !== undefined) return unknownBrief(io, id, dir);
    if (!one) {
      complain(io, `no briefs in ${dir}; pass --briefs DIR or set BRIEFS_DIR`);
      return 1;
    }
    selected = [one];
  }
  let index = 0;
  for (const brief of selected) {
    const briefing = buildBriefing(brief);
    if (values.json) {
      const { briefId, headline, bullets, source } = briefing;
      const { outlet, published, url } = source;
      writeLine(
        io.stdout,
        JSON.stringify({ id: briefId, headline, bullets, source: { outlet, published, url } }),
      );
    } else {
      writeLine(io.stdout, `${index > 0 ? '\n' : ''}${renderConsole(briefingReply(briefing))}`);
    }
    index++;
  }
  return 0;
};
