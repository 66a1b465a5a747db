import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { type Brief, BriefSchema } from '../core/brief.schema.js';

/** A brief file that could not be used, said so that its author can fix it. */
export interface BriefProblem {
  file: string;
  /** Dotted path of the offending field, e.g. "facts.3.sentence"; empty when the whole file is at fault. */
  field: string;
  message: string;
}

export interface LoadedBriefs {
  briefs: Brief[];
  problems: BriefProblem[];
}

const SCHEMA_FILE = 'brief.schema.json';

export type ParsedBriefFile = { brief: Brief } | { problems: BriefProblem[] };

/** Loads every `*.json` brief in a folder. A malformed file is reported and skipped; the rest load. */
export async function loadBriefs(dir: string): Promise<LoadedBriefs> {
  const files = await listBriefFiles(dir);
  const parsed = new Map<string, ParsedBriefFile>();
  for (const file of files) parsed.set(file, await readBriefFile(file));
  return assembleLibrary(parsed);
}

/** The brief files of a folder, sorted so that the library's order does not depend on the disk. */
export async function listBriefFiles(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).filter(isBriefFileName).sort();
  return names.map((name) => join(dir, name));
}

export function isBriefFileName(name: string): boolean {
  return name.endsWith('.json') && name !== SCHEMA_FILE;
}

export async function readBriefFile(file: string): Promise<ParsedBriefFile> {
  return parseBriefFile(file, await readFile(file, 'utf8'));
}

/** The library from parsed files, in file order: problems gathered, a repeated id kept only the first time. */
export function assembleLibrary(parsed: ReadonlyMap<string, ParsedBriefFile>): LoadedBriefs {
  const briefs: Brief[] = [];
  const problems: BriefProblem[] = [];
  const seen = new Map<string, string>();
  for (const file of [...parsed.keys()].sort()) {
    const result = parsed.get(file) as ParsedBriefFile;
    if ('problems' in result) {
      problems.push(...result.problems);
      continue;
    }
    const earlier = seen.get(result.brief.id);
    if (earlier) {
      problems.push({ file, field: 'id', message: `id "${result.brief.id}" is already used by ${earlier}` });
      continue;
    }
    seen.set(result.brief.id, file);
    briefs.push(result.brief);
  }
  return { briefs, problems };
}

/** Parses one brief file's text; never throws. */
export function parseBriefFile(file: string, text: string): ParsedBriefFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { problems: [{ file, field: '', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  const parsed = BriefSchema.safeParse(data);
  if (parsed.success) return { brief: shareSentenceText(parsed.data) };
  return { problems: parsed.error.issues.map((issue) => toProblem(file, issue)) };
}

/**
 * Sentence texts are validated to equal their slice of the body, so they can be that slice: V8 keeps a
 * slice as a view of the body instead of a second copy, which halves a large library's text in memory.
 */
function shareSentenceText(brief: Brief): Brief {
  const { body } = brief.text;
  for (const sentence of brief.text.sentences) sentence.text = body.slice(sentence.start, sentence.end);
  return brief;
}

function toProblem(file: string, issue: z.core.$ZodIssue): BriefProblem {
  return { file, field: issue.path.map(String).join('.'), message: issue.message };
}

export function describeProblem(problem: BriefProblem): string {
  const where = problem.field ? ` at ${problem.field}` : '';
  return `${problem.file}${where}: ${problem.message}`;
}
