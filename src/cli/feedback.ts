import type { Feedback, FeedbackTally } from '../core/feedback/feedback.js';
import { type CliIo, parseCliArgs, type Subcommand, UsageError, writeLine } from './cli-io.js';
import { runHelp } from './help.js';
import { openCliStore } from './open-cli-store.js';

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  database: { type: 'string' },
  limit: { type: 'string' },
  json: { type: 'boolean' },
} as const;

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 1000;

/**
 * feedback [--limit N] [--json] [--database URL]: the briefs whose answers got the most 👎, then the
 * latest 👎 with the question and the cited sentence, so the team can see which answers were wrong.
 */
export const runFeedback: Subcommand = async (args, io) => {
  const { values, positionals } = parseCliArgs(args, OPTIONS);
  if (values.help) return runHelp([], io);
  if (positionals.length > 0) throw new UsageError(`feedback takes no arguments (got "${positionals[0]}")`);
  const limit = parseLimit(values.limit);
  const store = await openCliStore(values.database, io);
  if (!store) return 1;
  try {
    const tallies = (await store.feedbackSummary()).slice(0, limit);
    const downs = await store.recentFeedback({ limit, verdict: 'down' });
    if (values.json) {
      for (const t of tallies) writeLine(io.stdout, JSON.stringify({ type: 'tally', ...t }));
      for (const f of downs) writeLine(io.stdout, JSON.stringify({ type: 'feedback', ...f }));
    } else {
      printTables(tallies, downs, io);
    }
    return 0;
  } finally {
    await store.close();
  }
};

/** --limit N: how many briefs and how many 👎 to show. */
function parseLimit(text: string | undefined): number {
  if (text === undefined) return DEFAULT_LIMIT;
  const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!(n >= 1 && n <= MAX_LIMIT)) {
    throw new UsageError(`--limit "${text}" is not a whole number from 1 to ${MAX_LIMIT}`);
  }
  return n;
}

function printTables(tallies: FeedbackTally[], downs: Feedback[], io: CliIo): void {
  if (tallies.length === 0) {
    writeLine(io.stdout, 'No feedback yet.');
    return;
  }
  // Counts first, right-aligned under the emoji (two columns wide), so long brief ids need no padding.
  const count = (n: number) => String(n).padStart(4);
  writeLine(io.stdout, 'Briefs by 👎, then 👍:');
  writeLine(io.stdout, '  👎  👍  brief');
  for (const t of tallies) {
    writeLine(io.stdout, `${count(t.down)}${count(t.up)}  ${t.briefId ?? '(no brief)'}`);
  }
  writeLine(io.stdout, '');
  writeLine(io.stdout, downs.length === 0 ? 'No 👎 yet.' : 'Latest 👎:');
  for (const f of downs) writeLine(io.stdout, describeDown(f));
}

/** "2025-03-01T08:00:00.000Z slack:T1:C1 answer, brief B sentence 3: "question"" */
function describeDown(f: Feedback): string {
  const cited = f.briefId === null ? 'no brief' : `brief ${f.briefId}`;
  const sentence = f.sentence === null ? '' : ` sentence ${f.sentence}`;
  const question = f.question === null ? '(no question)' : JSON.stringify(f.question);
  return `  ${f.recordedAt} ${f.platform}:${f.workspace}:${f.channel} ${f.replyKind}, ${cited}${sentence}: ${question}`;
}
