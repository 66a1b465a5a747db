import { describe, expect, it } from 'vitest';
import { EXPO_ID, FIXTURE_DIR } from './fixtures/fixture-briefs.js';
import { jsonLines } from './fixtures/json-lines.js';
import { runCliProcess } from './fixtures/run-process.js';

/*
 * src/cli.ts as a real process, the only CLI tests that spawn one: that it wires the process's stdin,
 * stdout, stderr, environment and exit code to runCli. What each subcommand does is tested in process.
 */
describe('npm run cli (src/cli.ts)', () => {
  it('answers questions piped on stdin from BRIEFS_DIR, one JSON line each on stdout, and exits 0', async () => {
    const stdin = `${JSON.stringify({ question: 'How many exhibitors took part?', brief: EXPO_ID })}\n`;
    const { code, stdout, stderr } = await runCliProcess(['ask', '--json'], {
      stdin,
      env: { BRIEFS_DIR: FIXTURE_DIR },
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(jsonLines(stdout)).toEqual([
      expect.objectContaining({ question: 'How many exhibitors took part?', brief: EXPO_ID }),
    ]);
  });

  // A URL no store accepts: were DATABASE_URL not read from the environment, the default file would open.
  it('reads DATABASE_URL, and exits 1 with the reason on stderr when that store cannot be opened', async () => {
    const { code, stdout, stderr } = await runCliProcess(['feedback'], {
      env: { DATABASE_URL: 'mysql://nope/db' },
    });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^newsbrief: .*; pass --database URL or set DATABASE_URL\n$/);
  });
});
