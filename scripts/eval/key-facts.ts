/**
 * Briefings of the news set's articles, judged by the set's `key_facts`: token groups a good briefing of
 * the article carries (a fact is carried when every token of one of its groups stands in the briefing).
 * Also counts bullets that open with a dateline, a byline or an unbalanced quotation mark.
 */
import type { Brief } from '../../src/core/brief.schema.js';
import type { Briefing } from '../../src/core/briefing/briefing.js';
import type { IngestedSet } from './ingest-set.js';
import { holdsAnyGroup } from './news-score.js';
import type { NewsSet } from './news-set.js';
import type { Metric } from './suite.js';

export const KEY_FACT_TARGET = 0.85;

/** "NEW YORK, March 23 (Reuters) -", "WASHINGTON —", "(CNN) --", "By . Daily Mail Reporter .", "PUBLISHED: …". */
const DIRTY_OPENING =
  /^(?:\(CNN\)|[A-Z][A-Z .'-]{2,}(?:,[^()]{0,40})?\s*(?:\([A-Za-z .]+\)\s*)?[-—–]+\s|[A-Z .]+\([A-Za-z .]+\)|By\s*\.|PUBLISHED:|UPDATED:)/;

export function keyFactMetrics(
  set: NewsSet,
  ingested: IngestedSet,
  makeBriefing: (brief: Brief) => Briefing,
): Metric[] {
  let facts = 0;
  let inBriefing = 0;
  let inBullets = 0;
  let dirty = 0;
  for (const article of set.articles) {
    const brief = ingested.byInput.get(article.id);
    const briefing = brief ? makeBriefing(brief) : undefined;
    const bulletText = briefing?.bullets.join(' ') ?? '';
    const whole = `${briefing?.headline ?? ''} ${bulletText}`;
    for (const fact of article.key_facts) {
      facts++;
      if (holdsAnyGroup(whole, fact)) inBriefing++;
      if (holdsAnyGroup(bulletText, fact)) inBullets++;
    }
    for (const bullet of briefing?.bullets ?? []) {
      if (DIRTY_OPENING.test(bullet) || !quotesBalance(bullet)) dirty++;
    }
  }
  const share = (hit: number, total: number) => (total === 0 ? null : hit / total);
  return [
    {
      name: 'briefing carries the key facts (headline + bullets)',
      value: share(inBriefing, facts),
      target: KEY_FACT_TARGET,
      count: { hit: inBriefing, total: facts },
    },
    {
      name: 'key facts in the bullets alone',
      value: share(inBullets, facts),
      target: null,
      count: { hit: inBullets, total: facts },
    },
    {
      name: 'bullets opening with a dateline or byline, or with unbalanced quotes',
      value: dirty,
      target: 0,
      unit: 'number',
      direction: 'max',
    },
  ];
}

/** Double quotation marks pair up: straight ones even, curly openers as many as closers. */
function quotesBalance(text: string): boolean {
  const count = (pattern: RegExp) => (text.match(pattern) ?? []).length;
  return count(/"/g) % 2 === 0 && count(/“/g) === count(/”/g);
}
