import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/core/answer/answer-question.js';
import type { BriefLibrary } from '../src/core/library/brief-library.js';
import { startLibrary } from '../src/start-library.js';
import { BRIDGE_ID, EXPO_ID, FIXTURE_DIR, GARDEN_ID } from './fixtures/fixture-briefs.js';

interface LogLine {
  msg: string;
  read?: number;
  briefs?: number;
}

let dir: string | undefined;
let close: (() => void) | undefined;
afterEach(async () => {
  close?.();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Starts the library on a folder with the garden show and the test expo, as the bot does. */
async function start() {
  dir = await mkdtemp(join(tmpdir(), 'newsbrief-library-'));
  for (const id of [GARDEN_ID, EXPO_ID])
    await copyFile(join(FIXTURE_DIR, `${id}.json`), join(dir, `${id}.json`));
  const logs: LogLine[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => logs.push(JSON.parse(line)) });
  const reloads: BriefLibrary[] = [];
  let wake: (() => void) | undefined;
  const started = startLibrary(
    { briefsDir: dir, database: { kind: 'sqlite', path: join(dir, 'data', 'newsbrief.db') }, keepDays: 90 },
    logger,
    (library) => {
      reloads.push(library);
      wake?.();
    },
  );
  close = started.close;
  const nextReload = async () => {
    if (reloads.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    return reloads.shift() as BriefLibrary;
  };
  return { folder: dir, library: started.library, logs, nextReload };
}

describe('the library a running bot answers from', () => {
  it('answers from a brief added while running, after one reload that reads that file alone', async () => {
    const { folder, library, logs, nextReload } = await start();
    const question = 'How much did the repairs to the harbour bridge cost?';
    expect(answerQuestion(question, library).brief).not.toBe(BRIDGE_ID);

    await copyFile(join(FIXTURE_DIR, `${BRIDGE_ID}.json`), join(folder, `${BRIDGE_ID}.json`));
    const reloaded = await nextReload();
    const result = answerQuestion(question, reloaded);
    expect(result.brief).toBe(BRIDGE_ID);
    expect(result.abstained).toBe(false);
    expect(logs.find((line) => line.msg === 'briefs reloaded')).toMatchObject({ read: 1, briefs: 3 });
  });

  it('answers from a brief changed while running, reading only that file again', async () => {
    const { folder, logs, nextReload } = await start();
    const file = join(folder, `${GARDEN_ID}.json`);
    const garden = JSON.parse(await readFile(file, 'utf8'));
    const body: string = garden.text.body;
    // An editor's correction: the show drew orchids, not visitors (same length, so every offset holds).
    const corrected = JSON.parse(JSON.stringify(garden).replaceAll('visitors', 'orchids!'));
    expect(corrected.text.body).not.toBe(body);
    await writeFile(file, JSON.stringify(corrected));
    const reloaded = await nextReload();
    expect(reloaded.brief(GARDEN_ID)?.text.body).toContain('orchids!');
    const result = answerQuestion('How many orchids did the spring garden show draw?', reloaded);
    expect(result.brief).toBe(GARDEN_ID);
    expect(result.abstained).toBe(false);
    expect(logs.find((line) => line.msg === 'briefs reloaded')).toMatchObject({ read: 1, briefs: 2 });
  });

  it('starts again without reading any brief it has indexed', async () => {
    const first = await start();
    close?.();
    const logs: LogLine[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => logs.push(JSON.parse(line)) });
    const again = startLibrary(
      {
        briefsDir: first.folder,
        database: { kind: 'sqlite', path: join(first.folder, 'data', 'newsbrief.db') },
        keepDays: 90,
      },
      logger,
      () => {},
    );
    close = again.close;
    expect(again.library.summaries.map((s) => s.id).sort()).toEqual([EXPO_ID, GARDEN_ID].sort());
    expect(logs.find((line) => line.msg === 'briefs loaded')).toMatchObject({ read: 0, briefs: 2 });
  });

  it('indexes in memory, and still answers, when the index file cannot be opened', async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsbrief-library-'));
    await copyFile(join(FIXTURE_DIR, `${BRIDGE_ID}.json`), join(dir, `${BRIDGE_ID}.json`));
    // The database's folder is a file: no index can be written beside it.
    await writeFile(join(dir, 'data'), 'not a folder');
    const logs: LogLine[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => logs.push(JSON.parse(line)) });
    const started = startLibrary(
      { briefsDir: dir, database: { kind: 'sqlite', path: join(dir, 'data', 'newsbrief.db') }, keepDays: 90 },
      logger,
      () => {},
    );
    close = started.close;
    expect(logs.map((line) => line.msg)).toContain(
      'cannot open the library index file; indexing the briefs in memory',
    );
    expect(answerQuestion('How much did the repairs cost?', started.library).brief).toBe(BRIDGE_ID);
  });
});
