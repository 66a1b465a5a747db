import { createInterface } from 'node:readline';
import type { AnswerOptions, BriefCollection } from '../core/answer/answer.js';
import { answerQuestion } from '../core/answer/answer-question.js';
import { findBriefById } from '../core/commands/find-brief.js';
import { answerReply } from '../core/replies/answer-reply.js';
import { renderConsole } from '../platforms/console/console-render.js';
import { parseAskLine, toAnswerJson, unansweredJson } from './answer-json.js';
import {
  BRIEFS_OPTION,
  type CliIo,
  complain,
  parseCliArgs,
  type Subcommand,
  UsageError,
  writeLine,
} from './cli-io.js';
import { formatExplanation } from './explain.js';
import { runHelp } from './help.js';
import { loadCliBriefs, unknownBrief } from './load-cli-briefs.js';
import { readMinConfidence } from './min-confidence.js';

/**
 * ask [QUESTION] [--brief ID] [--json] [--explain] [--briefs DIR] [--min-confidence N]; with no QUESTION,
 * JSON lines from stdin.
 */
export const runAsk: Subcommand = async (args, io) => {
  const { values, positionals } = parseCliArgs(args, {
    ...BRIEFS_OPTION,
    brief: { type: 'string' },
    json: { type: 'boolean' },
    explain: { type: 'boolean' },
    'min-confidence': { type: 'string' },
  });
  if (values.help) return runHelp([], io);
  const question = positionals.join(' ').trim();
  if (positionals.length > 0 && !question) {
    throw new UsageError('QUESTION is empty; leave it out to read questions from stdin');
  }
  const threshold = readMinConfidence(values['min-confidence'], io);
  if (threshold === null) return 1;
  const dir = values.briefs ?? io.briefsDir;
  const briefs = await loadCliBriefs(dir, io);
  if (!briefs) return 1;
  let briefId: string | undefined;
  if (values.brief !== undefined) {
    briefId = findBriefById(briefs, values.brief)?.id;
    if (!briefId) return unknownBrief(io, values.brief, dir);
  }
  if (!question) return answerStdin(briefs, { briefId, threshold }, io);
  const result = answerQuestion(question, briefs, answerOptions({ briefId, threshold }));
  writeLine(
    io.stdout,
    values.json ? JSON.stringify(toAnswerJson(result, briefs)) : renderConsole(answerReply(result, briefs)),
  );
  if (values.explain) writeLine(io.stdout, `\n${formatExplanation(question, briefs, briefId)}`);
  return 0;
};

interface AskSettings {
  /** The brief --brief named, for every question that names none. */
  briefId: string | undefined;
  threshold: number | undefined;
}

/** Only what was set, so that the engine's own defaults apply to the rest. */
function answerOptions({ briefId, threshold }: AskSettings): AnswerOptions {
  return { ...(briefId ? { briefId } : {}), ...(threshold === undefined ? {} : { threshold }) };
}

/** One JSON line out per non-blank line in, in order; a bad line is said on stderr and answered null. */
async function answerStdin(briefs: BriefCollection, settings: AskSettings, io: CliIo) {
  let failures = 0;
  let lineNumber = 0;
  const fail = (message: string, question: string) => {
    complain(io, `stdin line ${lineNumber}: ${message}`);
    writeLine(io.stdout, JSON.stringify(unansweredJson(question, message)));
    failures++;
  };
  for await (const line of createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
    lineNumber++;
    if (!line.trim()) continue;
    const parsed = parseAskLine(line);
    if ('error' in parsed) {
      fail(parsed.error, line.trim());
      continue;
    }
    const briefId = parsed.brief === undefined ? settings.briefId : findBriefById(briefs, parsed.brief)?.id;
    if (parsed.brief !== undefined && !briefId) {
      fail(
        `no brief with id "${parsed.brief}"; run "npm run -s cli -- briefs" to see the ids`,
        parsed.question,
      );
      continue;
    }
    try {
      const result = answerQuestion(parsed.question, briefs, answerOptions({ ...settings, briefId }));
      writeLine(io.stdout, JSON.stringify(toAnswerJson(result, briefs)));
    } catch (error) {
      fail(`could not answer: ${error instanceof Error ? error.message : String(error)}`, parsed.question);
    }
  }
  return failures > 0 ? 1 : 0;
}
