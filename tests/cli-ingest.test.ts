import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BriefSchema } from '../src/core/brief.schema.js';
import { jsonLines } from './fixtures/json-lines.js';
import { runCliInProcess } from './fixtures/run-cli-in-process.js';

const INGEST_FIXTURES = fileURLToPath(new URL('./fixtures/ingest', import.meta.url));
const NEWS = join(INGEST_FIXTURES, 'news');
const BRIDGE_ID = '2024-03-11-harbour-bridge-reopens-three-weeks-early';

const STORY =
  'The harbour bridge reopened on Monday after a two-year repair that cost 48 million dollars, the city ' +
  'council said. Mayor Ana Silva said the work was finished three weeks early and that buses would return ' +
  'to the bridge from Wednesday.';

const tempDir = () => mkdtemp(join(tmpdir(), 'newsbrief-ingest-'));

async function readBrief(dir: string, id: string) {
  return JSON.parse(await readFile(join(dir, `${id}.json`), 'utf8'));
}

/** Every brief file in DIR parses against BriefSchema and names the schema; returns them by id. */
async function validBriefs(dir: string): Promise<Map<string, Record<string, unknown>>> {
  const briefs = new Map<string, Record<string, unknown>>();
  for (const name of await readdir(dir)) {
    const data = JSON.parse(await readFile(join(dir, name), 'utf8'));
    const parsed = BriefSchema.safeParse(data);
    expect(parsed.success, `${name}: ${parsed.error?.message}`).toBe(true);
    expect(Object.keys(data)[0]).toBe('$schema');
    expect(data.$schema).toBe('./brief.schema.json');
    expect(name).toBe(`${data.id}.json`);
    briefs.set(data.id, data);
  }
  return briefs;
}

describe('cli ingest of files and folders', () => {
  it('turns a folder of .html, .md and .txt stories into valid briefs, with the page metadata', async () => {
    const briefs = join(await tempDir(), 'briefs');
    const { code, stdout, stderr } = await runCliInProcess(['ingest', NEWS, '--briefs', briefs]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(`${join(NEWS, 'harbour-bridge.html')}`);
    expect(stdout.trim().split('\n').at(-1)).toBe(`3 of 3 inputs ingested into ${briefs}`);
    const written = await validBriefs(briefs);
    expect(written.size).toBe(3);
    const bridge = written.get(BRIDGE_ID);
    expect(bridge).toMatchObject({
      title: 'Harbour bridge reopens three weeks early',
      author: 'Jane Okafor',
      outlet: 'Coast Daily',
      url: 'https://coastdaily.example/news/2024/03/11/harbour-bridge-reopens',
    });
    expect(String(bridge?.published).slice(0, 10)).toBe('2024-03-11');
    const body = (bridge?.text as { body: string } | undefined)?.body ?? '';
    expect(body).toMatch(/^The harbour bridge reopened to traffic on Monday morning/);
    for (const furniture of ['Subscribe', 'Advertisement', 'Copyright', 'Privacy policy', 'Most read']) {
      expect(body).not.toContain(furniture);
    }
    const titles = [...written.values()].map((brief) => brief.title);
    expect(titles).toContain('Council approves record school budget');
  });

  it('--json writes {"id","path"} a line in input order, and the env BRIEFS_DIR is the default', async () => {
    const briefs = await tempDir();
    const files = ['harbour-bridge.html', 'council-budget.md'].map((name) => join(NEWS, name));
    const { code, stdout } = await runCliInProcess(['ingest', ...files, '--json'], {
      env: { BRIEFS_DIR: briefs },
    });
    expect(code).toBe(0);
    const lines = jsonLines(stdout) as { id: string; path: string }[];
    expect(lines.map((line) => Object.keys(line))).toEqual([
      ['id', 'path'],
      ['id', 'path'],
    ]);
    expect(lines[0]).toEqual({ id: BRIDGE_ID, path: join(briefs, `${BRIDGE_ID}.json`) });
    expect(lines[1]?.id).toMatch(/-council-approves-record-school-budget$/);
    expect((await readdir(briefs)).sort()).toEqual(lines.map((line) => `${line.id}.json`).sort());
  });

  it('rejects each bad input with the file and the reason, and still writes the good ones', async () => {
    const dir = await tempDir();
    const inbox = join(dir, 'inbox');
    await mkdir(inbox);
    await cp(join(INGEST_FIXTURES, 'bad'), inbox, { recursive: true });
    await writeFile(join(inbox, 'blank.txt'), '  \n\n\t \n');
    await writeFile(join(inbox, 'scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x00, 0x12]));
    await writeFile(join(inbox, 'dump.txt'), `${STORY}\n\n`.repeat(Math.ceil((2 * 1024 * 1024) / 200) + 10));
    await writeFile(join(inbox, 'good.txt'), STORY);
    await writeFile(join(inbox, 'logo.png'), 'png');
    const briefs = join(dir, 'briefs');
    const { code, stdout, stderr } = await runCliInProcess(['ingest', inbox, '--json', '--briefs', briefs]);
    expect(code).toBe(1);
    const lines = jsonLines(stdout) as Record<string, string>[];
    const errors = Object.fromEntries(lines.filter((l) => 'error' in l).map((l) => [l.input, l.error]));
    expect(Object.keys(errors).sort()).toEqual(
      ['blank.txt', 'dump.txt', 'french-story.txt', 'scan.txt', 'section-index.html'].map((n) =>
        join(inbox, n),
      ),
    );
    expect(errors[join(inbox, 'blank.txt')]).toMatch(/^is empty/);
    expect(errors[join(inbox, 'scan.txt')]).toMatch(/^looks binary/);
    expect(errors[join(inbox, 'dump.txt')]).toMatch(
      /^is too large: 2\.\d\d MB \(\d+ bytes\), over the cap of 2 MB/,
    );
    expect(errors[join(inbox, 'french-story.txt')]).toMatch(
      /^does not look like English \(it reads like French\)/,
    );
    expect(errors[join(inbox, 'section-index.html')]).toMatch(/^has no article/);
    for (const [input, error] of Object.entries(errors)) expect(stderr).toContain(`${input}: ${error}`);
    expect(stderr).toContain(`skipped ${join(inbox, 'logo.png')}: not an article file`);
    expect(stderr.length).toBeLessThan(3000);
    expect(lines.filter((l) => 'id' in l)).toHaveLength(1);
    expect((await validBriefs(briefs)).size).toBe(1);
  });

  it('re-ingesting keeps one file per article and its first addedAt', async () => {
    const briefs = await tempDir();
    const first = await runCliInProcess(['ingest', NEWS, '--briefs', briefs]);
    expect(first.code).toBe(0);
    const before = await readBrief(briefs, BRIDGE_ID);
    const again = await runCliInProcess([
      'ingest',
      NEWS,
      join(NEWS, 'harbour-bridge.html'),
      '--briefs',
      briefs,
    ]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`updated ${join(briefs, `${BRIDGE_ID}.json`)}`);
    expect(again.stdout).toContain('4 of 4 inputs ingested');
    expect(await readdir(briefs)).toHaveLength(3);
    const after = await readBrief(briefs, BRIDGE_ID);
    expect(after.addedAt).toBe(before.addedAt);
    expect(after).toEqual(before);
  });

  it('fails a path that does not exist and still ingests the others', async () => {
    const briefs = await tempDir();
    const missing = join(NEWS, 'no-such-story.txt');
    const { code, stdout, stderr } = await runCliInProcess([
      'ingest',
      missing,
      join(NEWS, 'storm-warning.txt'),
      '--json',
      '--briefs',
      briefs,
    ]);
    expect(code).toBe(1);
    const lines = jsonLines(stdout);
    expect(lines[0]).toEqual({
      input: missing,
      error: 'does not exist; give a file or a folder of articles',
    });
    expect(lines[1]).toHaveProperty('id');
    expect(stderr).toContain(`${missing}: does not exist`);
  });
});

describe('cli ingest of JSON Lines on stdin', () => {
  it('writes one line per input in order; a bad line names stdin:N, exits 1, and the rest go in', async () => {
    const briefs = await tempDir();
    const stdin = [
      JSON.stringify({
        id: 'ferry-fares',
        title: 'Ferry fares rise',
        published: '2024-03-02',
        text: STORY,
        tags: ['x'],
      }),
      '{"title": "broken", ',
      JSON.stringify({ title: 'No text here' }),
      JSON.stringify({
        title: 'Bridge reopens',
        published: '2024-03-11T08:15:00Z',
        author: 'Jane Okafor',
        source: 'Coast Daily',
        url: 'https://coastdaily.example/bridge',
        text: STORY,
      }),
    ].join('\n');
    const { code, stdout, stderr } = await runCliInProcess(['ingest', '-', '--json', '--briefs', briefs], {
      stdin,
    });
    expect(code).toBe(1);
    const lines = jsonLines(stdout) as Record<string, string>[];
    expect(lines).toHaveLength(4);
    expect(lines[0]).toEqual({ id: 'ferry-fares', path: join(briefs, 'ferry-fares.json') });
    expect(lines[1]).toEqual({ input: 'stdin:2', error: expect.stringMatching(/^is not valid JSON/) });
    expect(lines[2]).toEqual({ input: 'stdin:3', error: expect.stringMatching(/"text" is missing/) });
    expect(lines[3]).toEqual({
      id: '2024-03-11-bridge-reopens',
      path: join(briefs, '2024-03-11-bridge-reopens.json'),
    });
    expect(stderr).toContain('stdin:2: is not valid JSON');
    const written = await validBriefs(briefs);
    expect([...written.keys()].sort()).toEqual(['2024-03-11-bridge-reopens', 'ferry-fares']);
    expect(written.get('2024-03-11-bridge-reopens')).toMatchObject({
      author: 'Jane Okafor',
      outlet: 'Coast Daily',
      url: 'https://coastdaily.example/bridge',
    });
  });

  it('without --json, says one line per input and the total on stdout', async () => {
    const briefs = await tempDir();
    const stdin = `${JSON.stringify({ id: 'one', text: STORY })}\n${JSON.stringify({ text: '' })}\n`;
    const { code, stdout, stderr } = await runCliInProcess(['ingest', '-', '--briefs', briefs], { stdin });
    expect(code).toBe(1);
    expect(stdout).toBe(
      `wrote   ${join(briefs, 'one.json')}  ← stdin:1\n1 of 2 inputs ingested into ${briefs}; 1 failed (see stderr)\n`,
    );
    expect(stderr).toBe('newsbrief: stdin:2: is empty (only whitespace); give it the article text\n');
  });
});

describe('cli ingest usage mistakes', () => {
  it.each([
    [['ingest', '--bogus', NEWS], 'Unknown option'],
    [['ingest'], 'give the files or folders to ingest'],
    [['ingest', '-', NEWS], 'either PATHs or -'],
    [['ingest', NEWS, '--briefs'], "Option '--briefs <value>' argument missing"],
  ])('%j exits 2 with the usage', async (args, message) => {
    const briefs = await tempDir();
    const { code, stdout, stderr } = await runCliInProcess(args, { env: { BRIEFS_DIR: briefs } });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain('ingest PATH... | - [--briefs DIR] [--json]');
    expect(await readdir(briefs)).toEqual([]);
  });

  it('exits 1 when the briefs folder cannot be created', async () => {
    const file = join(await tempDir(), 'a-file');
    await writeFile(file, '');
    const { code, stderr } = await runCliInProcess(['ingest', NEWS, '--briefs', join(file, 'briefs')]);
    expect(code).toBe(1);
    expect(stderr).toContain('cannot create the briefs folder');
  });
});
