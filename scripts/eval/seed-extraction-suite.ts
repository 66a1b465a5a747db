/**
 * The extraction suite: the seed article ingested as a plain-text article (its first line holds the date and
 * original title), its facts compared with the curated brief's, and the seed questions asked of each brief.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describeProblem, parseBriefFile } from '../../src/briefs/load-briefs.js';
import type { Brief } from '../../src/core/brief.schema.js';
import { countMatchingIngested, MATCH_RULES, matchFacts } from './fact-match.js';
import { ingestSet } from './ingest-set.js';
import { REPO_ROOT } from './paths.js';
import { describeIngest } from './qa-suite.js';
import { EvalSetError } from './read-set.js';
import { type Ask, runSeedSuite } from './score-seed.js';
import type { SeedSet } from './seed-set.js';
import { proportion, type SuiteResult, type SuiteTable } from './suite.js';

export const CURATED_SEED_BRIEF = resolve(REPO_ROOT, 'briefs/2022-08-22-smart-expo-chongqing.json');

/** ≥ 85% of the curated facts recovered; the seed questions score within 5 points on both briefs. */
export const EXTRACT_TARGETS = { recovered: 0.85, seedGap: 0.05 } as const;

export async function readCuratedBrief(path: string): Promise<Brief> {
  const text = await readFile(path, 'utf8').catch((error: Error) => {
    throw new EvalSetError(`cannot read the curated seed brief at ${path}: ${error.message}`);
  });
  const parsed = parseBriefFile(path, text);
  if ('problems' in parsed)
    throw new EvalSetError(
      `the curated seed brief is not valid: ${parsed.problems.map(describeProblem).join('; ')}`,
    );
  return parsed.brief;
}

export async function runExtractionSuite(
  articlePath: string,
  curated: Brief,
  seedSet: SeedSet,
  ask: Ask,
): Promise<SuiteResult> {
  const text = await readFile(articlePath, 'utf8').catch((error: Error) => {
    throw new EvalSetError(`cannot read the seed article at ${articlePath}: ${error.message}`);
  });
  const ingested = await ingestSet([{ origin: articlePath, text }]);
  const brief = ingested.briefs[0] ?? null;
  const matches = matchFacts(curated, brief);
  const recovered = matches.filter((m) => m.outcome === 'recovered').length;
  const onIngested = runSeedSuite(seedSet, brief ? [brief] : [], ask);
  const onCurated = runSeedSuite(seedSet, [curated], ask);
  const right = (r: SuiteResult) => r.items.filter((i) => i.ok).length;
  const n = seedSet.questions.length;
  const gap = (right(onCurated) - right(onIngested)) / n;

  const kinds = [...new Set(curated.facts.map((f) => f.kind))];
  const tables: SuiteTable[] = [
    {
      title: 'curated facts recovered, by kind',
      columns: [
        { name: 'kind', unit: 'text' },
        { name: 'recovered', unit: 'count' },
        { name: 'curated', unit: 'count' },
        { name: 'share', unit: 'share' },
      ],
      rows: kinds.map((kind) => {
        const of = matches.filter((m) => m.fact.kind === kind);
        const hit = of.filter((m) => m.outcome === 'recovered').length;
        return [kind, hit, of.length, hit / of.length];
      }),
    },
    {
      title: 'curated facts not recovered',
      verbose: true,
      columns: [
        { name: 'kind', unit: 'text' },
        { name: 'sentence', unit: 'count' },
        { name: 'curated value', unit: 'text' },
        { name: 'why', unit: 'text' },
      ],
      rows: matches
        .filter((m) => m.outcome !== 'recovered')
        .map((m) => [
          m.fact.kind,
          m.fact.sentence,
          clip(m.fact.value),
          m.found.length ? `${m.outcome}: ${m.found.map((v) => clip(v, 40)).join(' | ')}` : m.outcome,
        ]),
    },
    {
      title: 'seed questions: curated brief against ingested brief',
      verbose: true,
      columns: [
        { name: 'id', unit: 'text' },
        { name: 'curated', unit: 'text' },
        { name: 'ingested', unit: 'text' },
        { name: 'ingested answer', unit: 'text' },
      ],
      rows: onIngested.items.map((item, i) => [
        item.id,
        onCurated.items[i]?.ok ? 'ok' : 'FAIL',
        item.ok ? 'ok' : 'FAIL',
        item.answer === null ? '(abstained)' : clip(item.answer),
      ]),
    },
  ];
  return {
    suite: 'extract',
    source: articlePath,
    context: [
      ...describeIngest(1, ingested),
      `ingested brief: ${brief ? `${brief.id}, ${brief.text.sentences.length} sentences, ${brief.facts.length} facts` : 'none'}; curated: ${curated.id}, ${curated.text.sentences.length} sentences, ${curated.facts.length} facts`,
      `seed questions (${n}) asked of each brief alone, without naming it; gap = curated − ingested = ${(gap * 100).toFixed(1)} points`,
    ],
    metrics: [
      proportion('curated facts recovered', recovered, matches.length, EXTRACT_TARGETS.recovered),
      proportion(
        'ingested facts matching a curated fact',
        brief ? countMatchingIngested(curated, brief) : 0,
        brief?.facts.length ?? 0,
        null,
      ),
      proportion('seed questions right, curated brief', right(onCurated), n, null),
      proportion('seed questions right, ingested brief', right(onIngested), n, null),
      {
        name: 'seed score gap |curated − ingested|',
        value: Math.abs(gap),
        target: EXTRACT_TARGETS.seedGap,
        unit: 'points',
        direction: 'max',
      },
    ],
    tables,
    notes: MATCH_RULES,
    items: [],
  };
}

function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
