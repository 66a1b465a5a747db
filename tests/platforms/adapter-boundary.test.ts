import { readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importsOf, isInside, sourceFiles } from '../helpers/module-imports.js';

/**
 * Each platform adapter stands alone: Slack's code never reaches into Discord's or the console's (and so
 * on), code shared by adapters reaches into none of them, and the renderers — which turn a reply into a
 * platform's JSON or text — import no SDK, so they can be tested and changed without one.
 */
const PLATFORMS = fileURLToPath(new URL('../../src/platforms', import.meta.url));
const ADAPTERS = ['slack', 'discord', 'console'] as const;
const SDK = /^(discord\.js|@discordjs\/|@slack\/)/;

function violations(file: string, source: string): string[] {
  const where = relative(PLATFORMS, file);
  const home = where.split('/')[0] ?? '';
  const found: string[] = [];
  for (const specifier of importsOf(source)) {
    for (const adapter of ADAPTERS) {
      if (
        adapter !== home &&
        specifier.startsWith('.') &&
        isInside(join(PLATFORMS, adapter), specifier, file)
      )
        found.push(`${where} imports ${adapter}'s "${specifier}"`);
    }
    if (isRenderer(file) && SDK.test(specifier)) found.push(`${where} (a renderer) imports "${specifier}"`);
  }
  return found;
}

const isRenderer = (file: string) => /-(render|text)\.ts$/.test(basename(file));

describe('platform adapters', () => {
  it('import neither each other nor, in their renderers, an SDK', async () => {
    const files = await sourceFiles(PLATFORMS);
    expect(files.filter(isRenderer).length).toBeGreaterThanOrEqual(3);
    const found: string[] = [];
    for (const file of files) found.push(...violations(file, await readFile(file, 'utf8')));
    expect(found).toEqual([]);
  });

  it('catches an adapter reaching into another, shared code reaching into one, and a renderer using an SDK', () => {
    const inSlack = join(PLATFORMS, 'slack', 'slack-commands.ts');
    expect(violations(inSlack, "import { x } from '../discord/discord-deps.js';")).toHaveLength(1);
    expect(violations(inSlack, "import { x } from '../console/console-render.js';")).toHaveLength(1);
    const inShared = join(PLATFORMS, 'shared', 'route-message.ts');
    expect(violations(inShared, "import { x } from '../slack/slack-deps.js';")).toHaveLength(1);
    const renderer = join(PLATFORMS, 'discord', 'discord-render.ts');
    expect(violations(renderer, "import { EmbedBuilder } from 'discord.js';")).toHaveLength(1);
    expect(violations(inSlack, "import type { App } from '@slack/bolt';")).toEqual([]);
    expect(violations(inSlack, "import { x } from '../shared/split-text.js';")).toEqual([]);
  });
});
