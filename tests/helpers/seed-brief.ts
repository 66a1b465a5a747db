import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Brief, BriefSchema } from '../../src/core/brief.schema.js';

export const SEED_BRIEF_PATH = fileURLToPath(
  new URL('../../briefs/2022-08-22-smart-expo-chongqing.json', import.meta.url),
);

/** The bundled, curated seed brief. */
export function loadSeedBrief(): Brief {
  return BriefSchema.parse(JSON.parse(readFileSync(SEED_BRIEF_PATH, 'utf8')));
}
