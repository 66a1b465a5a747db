import { readFile } from 'node:fs/promises';
import type { z } from 'zod';

/** An evaluation set that cannot be used; its message says which file and what to do. */
export class EvalSetError extends Error {
  override name = 'EvalSetError';
}

/** Reads and validates one JSON file of an evaluation set. Throws EvalSetError with a readable message. */
export async function readJsonSet<T>(path: string, schema: z.ZodType<T>, what: string): Promise<T> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
    throw new EvalSetError(
      `cannot read the ${what} at ${path}: ${reason}. Pass its path with --seed-set PATH, or set NEWSBRIEF_EVAL_DIR to the folder that holds it.`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new EvalSetError(`the ${what} at ${path} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `  ${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
    throw new EvalSetError(`the ${what} at ${path} does not have the expected shape:\n${issues.join('\n')}`);
  }
  return parsed.data;
}
