import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR } from './fixtures/fixture-briefs.js';
import { runScript } from './fixtures/run-process.js';

describe('the console chat with digests', () => {
  it('subscribes its own channel, keeps it in the SQLite file, and reports its status', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsbrief-digest-'));
    const env = { BRIEFS_DIR: FIXTURE_DIR, DATABASE_URL: join(dir, 'data', 'newsbrief.db') };
    const first = await runScript('src/main.ts', [], {
      env,
      stdin: '/digest subscribe time 07:30 timezone Europe/Berlin topics bridge\n',
    });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Digest subscribed');
    // A second run of the bot finds the subscription in the file.
    const second = await runScript('src/main.ts', [], { env, stdin: '/digest status\n/digest list\n' });
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/daily at 07:30 Europe\/Berlin/);
    expect(second.stdout).toContain('bridge');
    await rm(dir, { recursive: true });
  });
});
