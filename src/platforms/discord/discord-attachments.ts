import type { Attachment } from 'discord.js';
import { readOpml } from '../../feeds/parse/opml.js';

/** An OPML file of a few hundred feeds is tens of kilobytes; anything far larger is not one. */
const MAX_OPML_BYTES = 1024 * 1024;
const DOWNLOAD_TIMEOUT_MS = 10_000;

/**
 * The feed URLs of an OPML file attached to /feed import, read from Discord's copy of the attachment, or
 * what went wrong in words for the person who attached it.
 */
export async function opmlAttachmentUrls(
  attachment: Attachment,
): Promise<{ urls: string } | { error: string }> {
  if (attachment.size > MAX_OPML_BYTES) {
    return { error: `${attachment.name} is over 1 MB; an OPML file of feeds is much smaller.` };
  }
  let text: string;
  try {
    const response = await fetch(attachment.url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
    if (!response.ok)
      return { error: `Discord did not hand over ${attachment.name} (HTTP ${response.status}); try again.` };
    text = await response.text();
  } catch {
    return { error: `Discord did not hand over ${attachment.name} in time; try again.` };
  }
  try {
    const feeds = readOpml(text.slice(0, MAX_OPML_BYTES));
    if (feeds.length === 0) return { error: `${attachment.name} lists no feeds.` };
    return { urls: feeds.map((feed) => feed.url).join(' ') };
  } catch (error) {
    return {
      error: `${attachment.name} is not an OPML file: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
