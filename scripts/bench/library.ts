import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describeProblem, loadBriefs, parseBriefFile } from '../../src/briefs/load-briefs.js';
import type { Brief } from '../../src/core/brief.schema.js';
import { DEFAULT_BRIEFS_DIR } from '../eval/paths.js';
import { DEFAULT_SEED_BRIEF } from './args.js';
import { makeVariant, planVariants } from './make-variants.js';
import type { Rewrite } from './rewrite.js';

/** The bench cannot start; the message says what to fix. */
export class BenchError extends Error {
  override name = 'BenchError';
}

export interface SeedBrief {
  file: string;
  text: string;
  brief: Brief;
}

/** Reads the seed brief: the file given, else the bundled seed brief, else the first valid brief in ./briefs. */
export async function readSeedBrief(file: string | null): Promise<SeedBrief> {
  if (file === null) {
    const bundled = await readSeedBrief(DEFAULT_SEED_BRIEF).catch(() => null);
    if (bundled) return bundled;
    const { briefs } = await loadBriefs(DEFAULT_BRIEFS_DIR).catch(() => ({ briefs: [] as Brief[] }));
    const first = briefs[0];
    if (!first)
      throw new BenchError(
        `no seed brief: ${DEFAULT_SEED_BRIEF} is missing and ${DEFAULT_BRIEFS_DIR} has no valid brief; pass --seed FILE`,
      );
    return {
      file: join(DEFAULT_BRIEFS_DIR, `${first.id}.json`),
      text: JSON.stringify(first, null, 2),
      brief: first,
    };
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new BenchError(`cannot read the seed brief ${file}: ${(error as Error).message}`);
  }
  const parsed = parseBriefFile(file, text);
  if ('problems' in parsed) {
    throw new BenchError(
      `the seed brief is not valid:\n${parsed.problems.map((p) => `  ${describeProblem(p)}`).join('\n')}`,
    );
  }
  return { file, text, brief: parsed.brief };
}

/** A brief of the generated library and how to turn a question about the seed into one about it. */
export interface LibraryEntry {
  id: string;
  rewrite: Rewrite;
}

/**
 * Writes the seed brief (as it is) and `count - 1` variants into `dir`, one `<id>.json` each. Variants are
 * written as they are made and not kept, so that memory readings later show the loaded library only.
 */
export async function writeLibrary(seed: SeedBrief, count: number, dir: string): Promise<LibraryEntry[]> {
  await writeFile(join(dir, `${seed.brief.id}.json`), seed.text);
  const entries: LibraryEntry[] = [{ id: seed.brief.id, rewrite: (text) => text }];
  const plan = planVariants(seed.brief);
  for (let index = 1; index < count; index++) {
    const variant = makeVariant(plan, index);
    await writeFile(join(dir, `${variant.id}.json`), `${JSON.stringify(variant.brief, null, 2)}\n`);
    entries.push({ id: variant.id, rewrite: variant.rewrite });
  }
  return entries;
}
