import type { Briefing } from '../briefing/briefing.js';
import type { Reply } from '../reply.js';
import { bulletsBlock } from './blocks.js';
import { UNDATED } from './brief-date.js';

/** A briefing as a Reply: the headline (linked to the article), its bullets, and the source line. */
export function briefingReply(briefing: Briefing): Reply {
  return {
    kind: 'briefing',
    title: briefing.headline,
    ...(briefing.source.url ? { url: briefing.source.url } : {}),
    blocks: [bulletsBlock(briefing.bullets)],
    footer: sourceLine(briefing.source),
  };
}

/** "21st Century Business Herald · 22 Aug 2022 · https://…"; parts the brief lacks are left out. */
function sourceLine(source: Briefing['source']): string {
  return [outletAndDay(source), source.url].filter(Boolean).join(' · ');
}

/**
 * "21st Century Business Herald · 22 Aug 2022": where and when, without the link; "… · undated" when the
 * source's date is null (an article that gave no date).
 */
export function outletAndDay(source: { outlet: string | null; published: string | null }): string {
  return [source.outlet, formatDay(source.published)].filter(Boolean).join(' · ');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "2022-08-22" (or a full ISO timestamp) → "22 Aug 2022", read as written: no time-zone shift; null (no
 * date known) → "undated".
 */
export function formatDay(iso: string | null): string {
  if (iso === null) return UNDATED;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return iso;
  return `${Number(match[3])} ${month} ${match[1]}`;
}
