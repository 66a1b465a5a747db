import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { EvalSetError } from './read-set.js';

/** Reads a JSON Lines file of an evaluation set, every line checked. Throws EvalSetError with a readable message. */
export async function readJsonLines<T>(path: string, schema: z.ZodType<T>, what: string): Promise<T[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
    throw new EvalSetError(
      `cannot read the ${what} at ${path}: ${reason}. Pass the sets' folder with --eval-dir DIR or NEWSBRIEF_EVAL_DIR.`,
    );
  }
  const rows: T[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue;
    const where = `${path}:${index + 1}`;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (error) {
      throw new EvalSetError(`the ${what} at ${where} is not valid JSON: ${(error as Error).message}`);
    }
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.map(String).join('.') || '(root)';
      throw new EvalSetError(
        `the ${what} at ${where} does not have the expected shape: ${field}: ${issue?.message}`,
      );
    }
    rows.push(parsed.data);
  }
  if (rows.length === 0) throw new EvalSetError(`the ${what} at ${path} is empty`);
  return rows;
}
