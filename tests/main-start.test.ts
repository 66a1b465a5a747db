import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BRIDGE_ID,
  EXPO_ID,
  FIXTURE_DIR,
  GARDEN_ID,
  makeBrokenBriefsDir,
} from './fixtures/fixture-briefs.js';
import { jsonLines } from './fixtures/json-lines.js';
import { runScript } from './fixtures/run-process.js';

/*
 * The bot's entry point as a real process, one at a time: src/main.ts runs on import and ends with
 * process.exit, so its exit codes and what it prints before them can only be seen from outside.
 */
describe('npm start (src/main.ts)', () => {
  it('runs the console chat on piped stdin, creates the data folder, and exits 0 when stdin ends', async () => {
    const home = await mkdtemp(join(tmpdir(), 'newsbrief-main-'));
    const { code, stdout } = await runScript('src/main.ts', [], {
      stdin: '/briefs\n',
      env: { BRIEFS_DIR: FIXTURE_DIR, DATABASE_URL: `sqlite:${join(home, 'data', 'newsbrief.db')}` },
    });
    expect(code).toBe(0);
    expect(stdout).toContain('Briefs (3)');
    for (const id of [BRIDGE_ID, EXPO_ID, GARDEN_ID]) expect(stdout).toContain(id);
    expect(existsSync(join(home, 'data'))).toBe(true);
  });

  it('keeps the console a chat: replies alone on stdout, warnings as one readable line each, the log in a file', async () => {
    const home = await mkdtemp(join(tmpdir(), 'newsbrief-main-'));
    const { code, stdout, stderr } = await runScript('src/main.ts', [], {
      stdin: '/briefs\n',
      env: {
        BRIEFS_DIR: await makeBrokenBriefsDir(),
        DATABASE_URL: `sqlite:${join(home, 'data', 'newsbrief.db')}`,
        LOG_FILE: '',
      },
    });
    expect(code).toBe(0);
    expect(stdout.trim().startsWith('Briefs (1)')).toBe(true);
    expect(stdout).not.toContain('"level"');
    const lines = stderr.trim().split('\n');
    expect(lines.every((line) => / (WARN|ERROR) /.test(line) && !line.startsWith('{'))).toBe(true);
    expect(lines.some((line) => line.includes('out-of-range.json at facts.0.sentence'))).toBe(true);
    const log = await readFile(join(home, 'data', 'newsbrief.log'), 'utf8');
    expect(jsonLines(log).map((line) => (line as { msg: string }).msg)).toContain('briefs loaded');
  });

  it('logs each skipped brief file with its field, as a warning on stderr', async () => {
    const { code, stdout, stderr } = await runScript('src/main.ts', [], {
      stdin: '/briefs\n',
      env: { BRIEFS_DIR: await makeBrokenBriefsDir(), DATABASE_URL: ':memory:' },
    });
    expect(code).toBe(0);
    expect(stdout).toContain(EXPO_ID);
    const warnings = jsonLines(stderr).filter((l) => (l as { level: number }).level === 40);
    expect(warnings).toContainEqual(
      expect.objectContaining({
        file: expect.stringContaining('out-of-range.json'),
        field: 'facts.0.sentence',
      }),
    );
    expect(warnings).toContainEqual(
      expect.objectContaining({ file: expect.stringContaining('bad-json.json') }),
    );
  });

  it('exits 1 saying Discord could not be reached, without echoing its token, when its API is down', async () => {
    const { code, stderr } = await runScript('src/main.ts', [], {
      env: {
        DISCORD_TOKEN: 'disc-s3cr3t',
        DISCORD_APPLICATION_ID: '1234',
        // Nothing listens on port 9 (discard) here.
        DISCORD_API_URL: 'http://127.0.0.1:9/api',
        BRIEFS_DIR: FIXTURE_DIR,
        DATABASE_URL: ':memory:',
      },
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/Discord could not be reached/);
    expect(stderr).not.toMatch(/s3cr3t/);
  });

  it('exits 1 saying Slack could not be reached, without echoing a secret, when its API is down', async () => {
    const { code, stderr } = await runScript('src/main.ts', [], {
      env: {
        SLACK_BOT_TOKEN: 'xoxb-s3cr3t',
        SLACK_SIGNING_SECRET: 'sign-s3cr3t',
        // Nothing listens on port 9 (discard) here: the token check cannot reach Slack.
        SLACK_API_URL: 'http://127.0.0.1:9/api/',
        BRIEFS_DIR: FIXTURE_DIR,
        DATABASE_URL: ':memory:',
      },
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/Slack could not be reached to check SLACK_BOT_TOKEN/);
    expect(stderr).not.toMatch(/s3cr3t/);
  });

  it('prints a config error to stderr and exits 1, without echoing a secret', async () => {
    const { code, stdout, stderr } = await runScript('src/main.ts', [], {
      env: { PORT: 'eighty', SLACK_BOT_TOKEN: 'xoxb-s3cr3t' },
    });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('PORT');
    expect(stderr).toContain('SLACK_SIGNING_SECRET');
    expect(stderr).not.toContain('s3cr3t');
  });
});
