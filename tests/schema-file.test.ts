import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { renderBriefJsonSchema, SCHEMA_PATH } from '../scripts/emit-schema.js';

describe('briefs/brief.schema.json', () => {
  it('is exactly what `npm run schema` emits now (run it after changing BriefSchema)', async () => {
    expect(await readFile(SCHEMA_PATH, 'utf8')).toBe(renderBriefJsonSchema());
  });

  it('describes a brief file as it is written', () => {
    const schema = JSON.parse(renderBriefJsonSchema());
    expect(schema).toMatchObject({ $id: 'brief.schema.json', title: 'newsbrief brief', type: 'object' });
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'title', 'published', 'text']));
    // Fields with defaults may be left out of a file (the schema is of the input).
    expect(schema.required).not.toContain('people');
    expect(renderBriefJsonSchema().endsWith('}\n')).toBe(true);
  });
});
