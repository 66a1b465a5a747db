import type { Brief } from '../brief.schema.js';
import type { Briefing, BriefingOptions } from './briefing.js';

/** Builds a deterministic briefing from any valid brief. (Generator in progress.) */
export function buildBriefing(brief: Brief, _options: BriefingOptions = {}): Briefing {
  return {
    briefId: brief.id,
    headline: brief.title.slice(0, 90),
    bullets: brief.text.sentences.slice(0, 3).map((s) => s.text),
    source: { outlet: brief.outlet ?? null, published: brief.published, url: brief.url ?? null },
  };
}
