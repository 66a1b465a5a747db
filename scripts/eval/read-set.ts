import { readFile } from 'node:fs/promises';
import type { z } from 'zod';

/** An evaluation set that cannot be used; its message says which file and what to do. */
export class EvalSetError extends Error {
  override name = 'EvalSetError';
}

/** Reads a set's file, saying which file could not be read and how to point at it. */
export async function readSetText(path: string, what: string, hint: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
    throw new EvalSetError(`cannot read the ${what} at ${path}: ${reason}. ${hint}`);
  }
}

/** Parses JSON and checks it against the schema; `where` names the file (and line) in the error. */
export function parseSetJson<T>(text: string, schema: z.ZodType<T>, what: string, where: string): T {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new EvalSetError(`the ${what} at ${where} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `  ${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
    throw new EvalSetError(`the ${what} at ${where} does not have the expected shape:\n${issues.join('\n')}`);
  }
  return parsed.data;
}

/** Reads and validates one JSON file of an evaluation set. Throws EvalSetError with a readable message. */
export async function readJsonSet<T>(path: string, schema: z.ZodType<T>, what: string): Promise<T> {
  const hint = 'Pass its path with --seed-set PATH, or set NEWSBRIEF_EVAL_DIR to the folder that holds it.';
  return parseSetJson(await readSetText(path, what, hint), schema, what, path);
}
