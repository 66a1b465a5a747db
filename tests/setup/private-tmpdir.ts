import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every folder a test makes under os.tmpdir() — and every process a test starts, which inherits the
 * environment — lands in one folder of this run, removed when the run ends: a test that forgets its
 * clean-up, or dies before it, leaves nothing behind in /tmp.
 */
export default function setup(): () => void {
  const run = mkdtempSync(join(tmpdir(), 'newsbrief-tests-'));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = run;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(run, { recursive: true, force: true, maxRetries: 3 });
  };
}
