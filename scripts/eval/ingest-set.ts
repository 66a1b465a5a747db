/**
 * Ingests a set's articles as the bot would: buildBrief on each, the briefs written to a temporary folder and
 * loaded back with loadBriefs, so that what is scored is what the bot would load. The folder is removed.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeProblem, loadBriefs } from '../../src/briefs/load-briefs.js';
import type { Brief } from '../../src/core/brief.schema.js';
import type { ArticleInput } from '../../src/ingest/article-input.js';
import { buildBrief } from '../../src/ingest/build-brief.js';

/** One fixed ingest time, so that briefs (and any answer drawn from a defaulted date) are the same every run. */
export const EVAL_NOW = new Date('2025-01-01T00:00:00Z');

export interface IngestedSet {
  /** One array for the whole suite: the engine caches its index on this array's identity. */
  briefs: Brief[];
  /** The loaded brief of each input, by the input's `id` (or origin when it has none). */
  byInput: Map<string, Brief>;
  /** Inputs that buildBrief rejected or whose brief did not load back, said readably. */
  problems: string[];
  ingestMs: number;
}

export async function ingestSet(inputs: readonly ArticleInput[]): Promise<IngestedSet> {
  const dir = await mkdtemp(join(tmpdir(), 'newsbrief-eval-'));
  try {
    const problems: string[] = [];
    const briefIdOf = new Map<string, string>();
    const start = performance.now();
    const built = new Map<string, Brief>();
    for (const input of inputs) {
      try {
        const brief = buildBrief(input, { now: EVAL_NOW });
        if (built.has(brief.id)) {
          problems.push(
            `${input.origin} became brief id ${brief.id}, already taken by another article; skipped`,
          );
          continue;
        }
        built.set(brief.id, brief);
        briefIdOf.set(input.id ?? input.origin, brief.id);
      } catch (error) {
        problems.push(`buildBrief threw on ${input.origin}: ${(error as Error).message}`);
      }
    }
    const ingestMs = performance.now() - start;
    for (const brief of built.values())
      await writeFile(join(dir, `${brief.id}.json`), `${JSON.stringify(brief)}\n`);
    const loaded = await loadBriefs(dir);
    problems.push(...loaded.problems.map((p) => `brief did not load back: ${describeProblem(p)}`));
    const byId = new Map(loaded.briefs.map((b) => [b.id, b]));
    const byInput = new Map<string, Brief>();
    for (const [key, id] of briefIdOf) {
      const brief = byId.get(id);
      if (brief) byInput.set(key, brief);
    }
    return { briefs: loaded.briefs, byInput, problems, ingestMs };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
