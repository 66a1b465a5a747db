import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { BriefSchema } from '../src/core/brief.schema.js';

/** Writes briefs/brief.schema.json from BriefSchema, so editors can check brief files as they are written. */

export const SCHEMA_PATH = fileURLToPath(new URL('../briefs/brief.schema.json', import.meta.url));

/** The JSON Schema text: what a brief file may contain (input shape), pretty-printed, trailing newline. */
export function renderBriefJsonSchema(): string {
  const { $schema, ...rest } = z.toJSONSchema(BriefSchema, { io: 'input' });
  const schema = {
    $schema,
    $id: 'brief.schema.json',
    title: 'newsbrief brief',
    description:
      "One news article's structured data: metadata, sentences with offsets, entities, typed facts and quotes; every item points at the sentence it came from.",
    ...rest,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await writeFile(SCHEMA_PATH, renderBriefJsonSchema());
  process.stdout.write(`wrote ${SCHEMA_PATH}\n`);
}
