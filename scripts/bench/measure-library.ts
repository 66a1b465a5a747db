/**
 * The measuring half of `npm run bench`, run in a fresh process so that its memory readings show what a bot
 * holds for the library — not the generator's working data. Reads the library folder and the questions the
 * parent drew, prints one JSON object of measurements on stdout.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadBriefs } from '../../src/briefs/load-briefs.js';
import { answerQuestion } from '../../src/core/answer/answer-question.js';
import { buildBriefing } from '../../src/core/briefing/build-briefing.js';
import { askAll, type BenchQuestion, QUESTIONS_FILE } from './ask.js';
import { readMemory, timed, timedAsync } from './measure.js';

async function measure(dir: string) {
  const before = readMemory();
  const loaded = await timedAsync(() => loadBriefs(dir));
  const { briefs, problems } = loaded.value;
  const afterLoad = readMemory();
  const questions: BenchQuestion[] = (await readFile(join(dir, QUESTIONS_FILE), 'utf8'))
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as BenchQuestion);
  const [opening, ...rest] = questions;
  // The first question builds the engine's index over the library; it is timed on its own.
  const first = timed(() => answerQuestion(opening?.text ?? '', briefs));
  const afterIndex = readMemory();
  const library = askAll(rest, briefs, false);
  const scoped = askAll(rest, briefs, true);
  const afterAnswers = readMemory();
  const briefing = timed(() => {
    for (const brief of briefs) buildBriefing(brief);
  });
  return {
    briefs: briefs.length,
    problems: problems.length,
    loadMs: loaded.ms,
    firstMs: first.ms,
    library,
    scoped,
    briefingMs: briefing.ms,
    memory: { before, afterLoad, afterIndex, afterAnswers },
  };
}

const dir = process.argv[2];
if (!dir) {
  console.error('usage: measure-library.ts DIR');
  process.exit(2);
}
console.log(JSON.stringify(await measure(dir)));
