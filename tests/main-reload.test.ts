import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR } from './fixtures/fixture-briefs.js';
import { startScript } from './fixtures/run-process.js';

/** A real process: the folder is watched by the running bot, so only a bot that keeps running can show it. */
describe('the running bot', () => {
  it('answers from a brief dropped into the folder while it runs', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsbrief-live-'));
    await copyFile(join(FIXTURE_DIR, '2021-03-10-garden-show.json'), join(dir, 'garden.json'));
    const bot = startScript(
      'src/main.ts',
      { BRIEFS_DIR: dir, LOG_LEVEL: 'info', DATABASE_URL: join(dir, 'data', 'db') },
      { pipeStdin: true },
    );
    await bot.waitForLog(/briefs loaded/);
    await copyFile(join(FIXTURE_DIR, '2023-01-05-harbour-bridge.json'), join(dir, 'bridge.json'));
    await bot.waitForLog(/briefs reloaded/);
    bot.endStdin('/briefs\n');
    expect(await bot.exited()).toBe(0);
    expect(bot.stdout()).toContain('Harbour bridge reopens after repairs');
    expect(bot.stdout()).toContain('Briefs (2)');
    await rm(dir, { recursive: true });
  });
});
