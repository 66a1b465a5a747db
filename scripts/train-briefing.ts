/**
 * `npm run train:briefing` (and the last step of `npm run train`): learns the briefing model from the
 * CNN/DailyMail training articles in ../shared/train (never from the eval sets) and writes
 * models/briefing-model.json. Deterministic. Prints ROUGE against the highlights on held-out folds beside
 * in-sample and beside Lead-3; `npm run eval -- --suite cnndm,news` gives the dev-set figures.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fromCwd, REPO_ROOT, trainDir } from './eval/paths.js';
import { briefingExamples } from './train/briefing-examples.js';
import { BRIEFING_FOLDS, type SummaryFigures, trainBriefingModel } from './train/train-briefing-model.js';

const { values } = parseArgs({
  options: { 'train-dir': { type: 'string' }, out: { type: 'string' } },
  strict: true,
});
const dir = values['train-dir'] ? fromCwd(values['train-dir']) : trainDir();
const out = values.out ? fromCwd(values.out) : join(REPO_ROOT, 'models/briefing-model.json');
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

const examples = await briefingExamples(dir);
const sentences = examples.reduce((n, e) => n + e.labels.length, 0);
const positives = examples.reduce((n, e) => n + e.labels.reduce((a, b) => a + b, 0), 0);
console.log(
  `articles: ${examples.length}; sentences ${sentences}, oracle picks ${positives}; read in ${seconds()} s`,
);

const trainedOn = `cnndm-val (cased, and tokenised ones restored): ${examples.length} articles, ${sentences} sentences; ${BRIEFING_FOLDS} folds by article`;
const { model, heldOut, inSample, lead3 } = trainBriefingModel(examples, trainedOn);
await writeFile(out, `${JSON.stringify(model)}\n`);
console.log(`wrote ${out} after ${seconds()} s; selection ${JSON.stringify(model.selection)}`);

const row = (label: string, f: SummaryFigures) =>
  `${label.padEnd(16)} ROUGE-1 ${(f.rouge1 * 100).toFixed(1)}  ROUGE-2 ${(f.rouge2 * 100).toFixed(1)}  words ${f.words.toFixed(0)}`;
for (const format of Object.keys(heldOut)) {
  console.log(`${format}:`);
  console.log(row('  held-out folds', heldOut[format] as SummaryFigures));
  console.log(row('  in-sample', inSample[format] as SummaryFigures));
  console.log(row('  Lead-3', lead3[format] as SummaryFigures));
}
for (const [label, logistic] of [
  ['word model', model.word],
  ['sentence model', model.sentence],
] as const) {
  console.log(`${label} weights (standardised):`);
  const weights = logistic.features.map((name, i) => [name, logistic.weights[i] ?? 0] as const);
  for (const [name, w] of weights.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])))
    console.log(`  ${name.padEnd(18)} ${w.toFixed(3)}`);
}
