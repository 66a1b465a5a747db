import type { WebClient } from '@slack/web-api';
import { type ChannelManagers, ownChannel } from '../../core/commands/index.js';

/** Slack's managers of a channel's digests, as the refusal names them. */
export const SLACK_MANAGERS = 'workspace admins and owners, and the digest admins this bot names';

/** A direct-message channel with the bot: its digest reaches only the person in it. */
const DIRECT = ownChannel('you');

/**
 * Whether a Slack member may change a channel's digests: a workspace admin or owner (users.info), or
 * listed in SLACK_DIGEST_ADMINS by user id (U…/W…) or through a user group (S…, usergroups.users.list).
 * Checked on the server for every request — slash command, mention or button — since Slack's own
 * command settings cannot restrict who runs a command. A Slack API error throws, to be reported.
 */
export function slackManagers(
  client: WebClient,
  digestAdmins: readonly string[],
  place: { channel: string; user: string },
): ChannelManagers {
  if (place.channel.startsWith('D')) return DIRECT;
  return {
    who: SLACK_MANAGERS,
    async mayManage() {
      if (digestAdmins.includes(place.user)) return true;
      for (const group of digestAdmins.filter(isUserGroup)) {
        const members = await client.usergroups.users.list({ usergroup: group });
        if (members.users?.includes(place.user)) return true;
      }
      const { user } = await client.users.info({ user: place.user });
      return user?.is_admin === true || user?.is_owner === true || user?.is_primary_owner === true;
    },
  };
}

const isUserGroup = (id: string) => id.startsWith('S');
