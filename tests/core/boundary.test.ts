import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importsOf, isInside, sourceFiles } from '../helpers/module-imports.js';

/**
 * The core imports zod and its own files only: no node:*, pino, discord.js, @slack/*, no adapters.
 * The one exception is generated data: JSON files under models/ (WordNet tables), which hold no code.
 */
const CORE = fileURLToPath(new URL('../../src/core', import.meta.url));
const MODELS = fileURLToPath(new URL('../../models', import.meta.url));

function isAllowed(specifier: string, fromFile: string): boolean {
  if (specifier === 'zod' || specifier.startsWith('zod/')) return true;
  if (!specifier.startsWith('.')) return false;
  if (specifier.endsWith('.json') && isInside(MODELS, specifier, fromFile)) return true;
  return isInside(CORE, specifier, fromFile);
}

function violations(file: string, source: string): string[] {
  const found = importsOf(source)
    .filter((specifier) => !isAllowed(specifier, file))
    .map((specifier) => `${relative(CORE, file)} imports "${specifier}"`);
  if (/\bprocess\s*\.\s*env\b/.test(source)) found.push(`${relative(CORE, file)} reads process.env`);
  return found;
}

describe('core boundary', () => {
  it('is checked against every core file', async () => {
    const files = await sourceFiles(CORE);
    expect(files.length).toBeGreaterThanOrEqual(10);
    expect(files.map((f) => relative(CORE, f))).toContain(join('commands', 'index.ts'));
  });

  it('imports nothing but zod, files inside src/core and JSON data under models/', async () => {
    const found: string[] = [];
    for (const file of await sourceFiles(CORE)) {
      found.push(...violations(file, await readFile(file, 'utf8')));
    }
    expect(found).toEqual([]);
  });

  it('catches every kind of forbidden import (the check itself works)', () => {
    const file = join(CORE, 'commands', 'sample.ts');
    const bad = [
      "import { readFile } from 'node:fs/promises';",
      "import type { Logger } from 'pino';",
      "import {\n  Client,\n} from 'discord.js';",
      "export * from '@slack/bolt';",
      "const x = await import('fs');",
      "import { renderConsole } from '../../platforms/console/console-render.js';",
      "import { loadConfig } from '../../config.js';",
      'const token = process.env.DISCORD_TOKEN;',
      "import { scoreAnswer } from '../../../models/answer-model.js';",
      "import { scoreAnswer } from '../../../models/answer-model.ts';",
      "import settings from '../../../settings.json' with { type: 'json' };",
      "import escaped from '../../../models/../src/platforms/secrets.json' with { type: 'json' };",
    ];
    for (const line of bad) expect(violations(file, line), line).toHaveLength(1);
    const good = [
      "import { z } from 'zod';",
      "import type { Brief } from '../brief.schema.js';",
      "export { askCommand } from './ask-command.js';",
      "import { errorReply } from '../reply.js';",
      "import nouns from '../../../models/x.json' with { type: 'json' };",
    ];
    for (const line of good) expect(violations(file, line), line).toEqual([]);
  });
});
