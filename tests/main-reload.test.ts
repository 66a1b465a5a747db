import { spawn } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR } from './fixtures/fixture-briefs.js';
import { REPO_ROOT } from './fixtures/run-process.js';

describe('the running bot', () => {
  it('answers from a brief dropped into the folder while it runs', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsbrief-live-'));
    await copyFile(join(FIXTURE_DIR, '2021-03-10-garden-show.json'), join(dir, 'garden.json'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: REPO_ROOT,
      env: { ...process.env, BRIEFS_DIR: dir, LOG_LEVEL: 'info', DATABASE_URL: join(dir, 'data', 'db') },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const waitFor = async (text: () => boolean) => {
      for (let i = 0; i < 300 && !text(); i++) await new Promise((r) => setTimeout(r, 100));
    };
    await waitFor(() => stderr.includes('briefs loaded'));
    await copyFile(join(FIXTURE_DIR, '2023-01-05-harbour-bridge.json'), join(dir, 'bridge.json'));
    await waitFor(() => stderr.includes('briefs reloaded'));
    child.stdin.end('/briefs\n');
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stdout).toContain('Harbour bridge reopens after repairs');
    expect(stdout).toContain('Briefs (2)');
    await rm(dir, { recursive: true });
  }, 90_000);
});
