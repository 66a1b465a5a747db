import type { z } from 'zod';
import { EvalSetError, parseSetJson, readSetText } from './read-set.js';

/** Reads a JSON Lines file of an evaluation set, every line checked. Throws EvalSetError with a readable message. */
export async function readJsonLines<T>(path: string, schema: z.ZodType<T>, what: string): Promise<T[]> {
  const hint = "Pass the sets' folder with --eval-dir DIR or NEWSBRIEF_EVAL_DIR.";
  const text = await readSetText(path, what, hint);
  const rows: T[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() !== '') rows.push(parseSetJson(line, schema, what, `${path}:${index + 1}`));
  }
  if (rows.length === 0) throw new EvalSetError(`the ${what} at ${path} is empty`);
  return rows;
}
