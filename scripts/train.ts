/**
 * `npm run train`: learns the answer model from ../shared/train (never from the eval sets) and writes
 * models/answer-model.json. Offline and deterministic: the same data gives the same file. Prints the
 * figures on held-out folds (articles each model had not seen) beside the in-sample figures, for the SQuAD
 * and the news questions apart; a large gap means over-fitting. `npm run eval` gives the dev-set figures.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fromCwd, REPO_ROOT, trainDir } from './eval/paths.js';
import { collectExamples, TRAINING_SETS } from './train/answer-examples.js';
import { calibrationError, figuresAt, formatFigures, type Judged, pickRate } from './train/answer-figures.js';
import { FOLDS, trainAnswerModel } from './train/train-answer-model.js';

const { values } = parseArgs({
  options: { 'train-dir': { type: 'string' }, out: { type: 'string' } },
  strict: true,
});
const dir = values['train-dir'] ? fromCwd(values['train-dir']) : trainDir();
const out = values.out ? fromCwd(values.out) : join(REPO_ROOT, 'models/answer-model.json');
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

const started = performance.now();
const { squad, news } = await collectExamples(dir);
const examples = [...squad, ...news];
const candidates = examples.reduce((n, e) => n + e.candidates.length, 0);
const count = (xs: typeof examples) =>
  `${xs.length} (${xs.filter((e) => e.unanswerable).length} unanswerable)`;
console.log(
  `questions: SQuAD ${count(squad)}, news ${count(news)}; ${candidates} candidates; read in ${seconds(started)} s`,
);

const trainedOn = `${TRAINING_SETS.join(' + ')}: ${examples.length} questions (SQuAD ${squad.length}, news cloze ${news.length}), ${candidates} candidates; ${FOLDS} folds by article`;
const { model, heldOut, inSample } = trainAnswerModel(examples, trainedOn);
await writeFile(out, `${JSON.stringify(model)}\n`);
console.log(`wrote ${out} (threshold ${model.threshold}) after ${seconds(started)} s`);

const yesNo = examples.filter((e) => e.yesNoReading);
const yesNoRight = yesNo.filter((e) => e.yesNoReading?.right).length;
console.log(
  `yes/no questions: ${examples.filter((e) => e.yesNo).length}, read by the engine ${yesNo.length}, right ${yesNoRight}`,
);

for (const source of ['squad', 'news']) {
  const of = (judged: Judged[]) => judged.filter((j) => j.source === source);
  const oracle = examples
    .filter((e) => e.source === source && !e.yesNo && !e.unanswerable)
    .map((e) => e.candidates.some((c) => c.right));
  console.log(`\n${source} questions, at the threshold ${model.threshold}:`);
  console.log(
    formatFigures('held-out folds', figuresAt(of(heldOut), model.threshold), calibrationError(of(heldOut))),
  );
  console.log(
    formatFigures('in-sample', figuresAt(of(inSample), model.threshold), calibrationError(of(inSample))),
  );
  console.log(`held-out: ${pickRate(of(heldOut), oracle)}`);
  console.log('trade-off on held-out folds:');
  for (const t of [0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8])
    console.log(formatFigures(`  threshold ${t}`, figuresAt(of(heldOut), t), calibrationError(of(heldOut))));
}
