import type { Brief } from '../brief.schema.js';
import { buildBriefing } from '../briefing/build-briefing.js';
import { noticeBlock, storyBlock } from '../replies/blocks.js';
import { outletAndDay } from '../replies/briefing-reply.js';
import type { Reply, ReplyBlock, StoryBlock } from '../reply.js';

/** Bullets per story: a digest is a list of stories, not a pile of briefings. */
const DIGEST_BULLETS = 2;

export interface DigestReplyOptions {
  /** The slot (ISO) the digest is for: its date, in `timezone`, is the title's. */
  slot: string;
  /** IANA time zone the subscriber reads times in. */
  timezone: string;
  /** Posted after its slot (after downtime): the reply says so, and for which slot. */
  late?: { slot: string };
  /** Nothing new: say "No new stories since …" instead of listing stories. */
  empty?: boolean;
  /** The instant (ISO) the previous digest covered up to; used by the empty message. */
  since?: string;
}

/**
 * A digest as a neutral Reply: "Your news digest — 22 Aug 2022", one story block per story (its briefing's
 * headline, the source and link, two bullets), "and N more" in the footer.
 */
export function digestReply(stories: readonly Brief[], more: number, options: DigestReplyOptions): Reply {
  const blocks: ReplyBlock[] = [];
  if (options.late) {
    const due = options.late.slot;
    blocks.push(
      noticeBlock(
        `This digest is late: it was due at ${formatTime(due, options.timezone)} on ${formatDate(due, options.timezone)} (${options.timezone}).`,
      ),
    );
  }
  if (options.empty || stories.length === 0) {
    const since = options.since ? ` since ${formatDateTime(options.since, options.timezone)}` : '';
    blocks.push(noticeBlock(`No new stories${since}.`));
  } else {
    for (const brief of stories) blocks.push(storyOf(brief));
  }
  return {
    kind: 'digest',
    title: `Your news digest — ${formatDate(options.slot, options.timezone)}`,
    blocks,
    ...(more > 0 && !options.empty
      ? { footer: `…and ${more} more ${more === 1 ? 'story' : 'stories'}.` }
      : {}),
  };
}

function storyOf(brief: Brief): StoryBlock {
  const briefing = buildBriefing(brief);
  return storyBlock({
    title: briefing.headline,
    source: outletAndDay(briefing.source),
    ...(briefing.source.url ? { url: briefing.source.url } : {}),
    bullets: briefing.bullets.slice(0, DIGEST_BULLETS),
  });
}

/** An instant's date and time fields as people in that zone read them (en-GB, 24-hour). */
export function dateParts(
  iso: string,
  timezone: string,
  extra: Intl.DateTimeFormatOptions = {},
): Record<string, string> {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone: timezone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...extra,
  });
  return Object.fromEntries(format.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
}

/** "22 Aug 2022" in the subscriber's time zone. */
export function formatDate(iso: string, timezone: string): string {
  const p = dateParts(iso, timezone);
  return `${p.day} ${p.month} ${p.year}`;
}

/** "08:00" in the subscriber's time zone. */
export function formatTime(iso: string, timezone: string): string {
  const p = dateParts(iso, timezone);
  return `${p.hour}:${p.minute}`;
}

function formatDateTime(iso: string, timezone: string): string {
  return `${formatDate(iso, timezone)}, ${formatTime(iso, timezone)} (${timezone})`;
}
