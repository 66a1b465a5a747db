import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Brief, BriefSchema } from '../../src/core/brief.schema.js';
import { buildBrief } from '../../src/ingest/build-brief.js';
import { writeBrief } from '../../src/ingest/write-brief.js';

const TEXT = 'The harbour bridge reopened on Monday. Mayor Ana Silva said the work finished early.';
const FIRST = new Date('2024-03-11T10:00:00Z');
const LATER = new Date('2024-04-01T12:00:00Z');

function bridgeBrief(now: Date, text = TEXT): Brief {
  return buildBrief(
    { origin: 'test', text, title: 'Harbour bridge reopens', published: '2024-03-11' },
    { now },
  );
}

describe('writeBrief', () => {
  it('writes DIR/<id>.json as pretty JSON, $schema first, trailing newline, valid, creating DIR', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'newsbrief-write-')), 'new', 'briefs');
    const written = await writeBrief(dir, bridgeBrief(FIRST));
    expect(written).toEqual({
      id: '2024-03-11-harbour-bridge-reopens',
      path: join(dir, '2024-03-11-harbour-bridge-reopens.json'),
      updated: false,
    });
    const text = await readFile(written.path, 'utf8');
    expect(
      text.startsWith('{\n  "$schema": "./brief.schema.json",\n  "id": "2024-03-11-harbour-bridge-reopens",'),
    ).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    const data = JSON.parse(text);
    expect(BriefSchema.safeParse(data).success).toBe(true);
    expect(data.addedAt).toBe(FIRST.toISOString());
    expect(await readdir(dir)).toEqual(['2024-03-11-harbour-bridge-reopens.json']);
  });

  it('replaces the same article in place and keeps its first addedAt', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsbrief-write-'));
    await writeBrief(dir, bridgeBrief(FIRST));
    const again = await writeBrief(dir, bridgeBrief(LATER, `${TEXT} Buses return on Wednesday.`));
    expect(again.updated).toBe(true);
    expect(await readdir(dir)).toEqual(['2024-03-11-harbour-bridge-reopens.json']);
    const data = JSON.parse(await readFile(again.path, 'utf8'));
    expect(data.addedAt).toBe(FIRST.toISOString());
    expect(data.text.body).toContain('Buses return on Wednesday.');
  });

  it('takes the new addedAt when the old file is broken or its addedAt is not a date', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsbrief-write-'));
    const path = join(dir, '2024-03-11-harbour-bridge-reopens.json');
    await writeFile(path, '{ "id": ');
    expect((await writeBrief(dir, bridgeBrief(LATER))).updated).toBe(true);
    expect(JSON.parse(await readFile(path, 'utf8')).addedAt).toBe(LATER.toISOString());
    await writeFile(path, JSON.stringify({ addedAt: 'last spring' }));
    await writeBrief(dir, bridgeBrief(LATER));
    expect(JSON.parse(await readFile(path, 'utf8')).addedAt).toBe(LATER.toISOString());
  });

  it('writes nothing for an invalid brief', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsbrief-write-'));
    const brief = { ...bridgeBrief(FIRST), id: '../escape' };
    await expect(writeBrief(dir, brief)).rejects.toThrow(/lower-case letters, digits and dashes/);
    expect(await readdir(dir)).toEqual([]);
  });
});
