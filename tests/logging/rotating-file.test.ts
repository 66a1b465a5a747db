import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { rotatingFile } from '../../src/logging/rotating-file.js';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the console log file', () => {
  it('rotates by size and keeps only the newest files', () => {
    dir = mkdtempSync(join(tmpdir(), 'newsbrief-log-'));
    const file = join(dir, 'data', 'newsbrief.log');
    const log = rotatingFile(file, { maxBytes: 100, keep: 2 });
    for (let i = 0; i < 20; i++) log.write(`${JSON.stringify({ line: i, pad: 'x'.repeat(20) })}\n`);
    const lines = (name: string) =>
      readFileSync(join(dir as string, 'data', name), 'utf8')
        .trim()
        .split('\n');
    expect(lines('newsbrief.log').at(-1)).toContain('"line":19');
    expect(lines('newsbrief.log.1').at(-1)).toContain(`"line":${19 - lines('newsbrief.log').length}`);
    expect(existsSync(`${file}.2`)).toBe(true);
    expect(existsSync(`${file}.3`)).toBe(false);
    for (const name of ['newsbrief.log', 'newsbrief.log.1', 'newsbrief.log.2'])
      expect(readFileSync(join(dir, 'data', name)).length).toBeLessThanOrEqual(100);
  });

  it('appends to the file a previous run left', () => {
    dir = mkdtempSync(join(tmpdir(), 'newsbrief-log-'));
    const file = join(dir, 'newsbrief.log');
    rotatingFile(file).write('first run\n');
    rotatingFile(file).write('second run\n');
    expect(readFileSync(file, 'utf8')).toBe('first run\nsecond run\n');
  });
});
