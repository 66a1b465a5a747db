import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadCliBriefs } from '../src/cli/load-cli-briefs.js';
import { answerQuestion } from '../src/core/answer/answer-question.js';
import { asLibrary } from '../src/core/library/memory-library.js';
import { BRIDGE_ID, FIXTURE_DIR } from './fixtures/fixture-briefs.js';

describe('the CLI on a large folder', () => {
  it('reads it through an index of its own beside the database, with every brief, and answers from it', async () => {
    const home = await mkdtemp(join(tmpdir(), 'newsbrief-cli-large-'));
    const io = {
      stdin: new PassThrough(),
      stdout: new PassThrough(),
      stderr: new PassThrough(),
      briefsDir: FIXTURE_DIR,
      databaseUrl: `sqlite:${join(home, 'data', 'newsbrief.db')}`,
    };
    // A limit of one brief stands for the 2,000 past which a folder is too large to read whole.
    const briefs = await loadCliBriefs(FIXTURE_DIR, io, 1);
    expect(Array.isArray(briefs)).toBe(false);
    expect(asLibrary(briefs ?? []).summaries).toHaveLength(3);
    expect(answerQuestion('How much did the bridge repairs cost?', briefs ?? []).brief).toBe(BRIDGE_ID);
    const files = readdirSync(join(home, 'data'));
    expect(files.some((name) => /^library-[0-9a-f]+-whole\.sqlite$/.test(name))).toBe(true);
    expect(existsSync(join(FIXTURE_DIR, 'library-index.sqlite'))).toBe(false);
  });
});
