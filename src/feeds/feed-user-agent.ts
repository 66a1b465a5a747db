import packageFile from '../../package.json' with { type: 'json' };

/**
 * The User-Agent feeds are fetched with: the bot's name and version, and NEWSBRIEF_CONTACT so that a feed's
 * owner can reach whoever runs it (as feed readers are expected to do).
 */
export function feedUserAgent(contact: string | null): string {
  const reach = contact ? `; +${contact}` : '';
  return `newsbrief/${packageFile.version} (news briefing bot${reach})`;
}
