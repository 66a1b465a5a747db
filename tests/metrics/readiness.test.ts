import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Readiness } from '../../src/metrics/readiness.js';
import { briefsLoaded, platformsConnected, storeReachable } from '../../src/metrics/ready-checks.js';
import { loadFixtureBriefs } from '../fixtures/fixture-briefs.js';
import { importsOf, sourceFiles } from '../helpers/module-imports.js';

describe('readiness', () => {
  it('fails a check that hangs past the time limit, or throws, without its error text', async () => {
    const readiness = new Readiness(['slow', 'broken'], 20);
    readiness.set('slow', () => new Promise(() => {}));
    readiness.set('broken', () => {
      throw new Error('postgres://user:secret@db/newsbrief refused');
    });
    const report = await readiness.report();
    expect(report).toEqual({
      ready: false,
      checks: [
        { name: 'slow', ok: false, detail: 'no answer within 20 ms' },
        { name: 'broken', ok: false, detail: 'check failed' },
      ],
    });
    expect(JSON.stringify(report)).not.toContain('secret');
  });

  it('finds a store reachable when a lookup answers, and not when it throws or never opened', async () => {
    expect(await storeReachable({ get: async () => null })()).toEqual({ ok: true, detail: 'reachable' });
    const down = storeReachable({
      get: async () => {
        throw new Error('connect ECONNREFUSED with password hunter2');
      },
    });
    expect(await down()).toEqual({ ok: false, detail: 'unreachable' });
    expect(await storeReachable(null)()).toMatchObject({ ok: false });
  });

  it('finds the platforms connected until one is lost for good; none configured is connected', async () => {
    let lose: (reason: string) => void = () => {};
    const failed = new Promise<string>((resolve) => {
      lose = resolve;
    });
    const check = platformsConnected(['discord'], failed);
    expect(await check()).toEqual({ ok: true, detail: 'discord' });
    lose('gateway closed');
    await failed;
    expect(await check()).toMatchObject({ ok: false });
    expect(await platformsConnected([], new Promise(() => {}))()).toEqual({
      ok: true,
      detail: 'none configured',
    });
  });

  it('finds the briefs loaded, an empty library too, and says how many', async () => {
    const briefs = await loadFixtureBriefs();
    expect(await briefsLoaded(() => briefs)()).toEqual({ ok: true, detail: `${briefs.length} briefs` });
    expect(await briefsLoaded(() => [])()).toEqual({ ok: true, detail: '0 briefs' });
  });
});

describe('the metrics boundary', () => {
  it('keeps prom-client out of the core and the platform adapters: they count through a port', async () => {
    const found: string[] = [];
    for (const folder of ['core', 'platforms']) {
      const dir = fileURLToPath(new URL(`../../src/${folder}`, import.meta.url));
      for (const file of await sourceFiles(dir)) {
        const imports = importsOf(await readFile(file, 'utf8'));
        if (imports.some((s) => s === 'prom-client' || s.includes('/metrics/'))) found.push(file);
      }
    }
    expect(found).toEqual([]);
  });
});
