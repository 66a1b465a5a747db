import { type ChatInputCommandInteraction, type Message, PermissionFlagsBits } from 'discord.js';
import { type ChannelManagers, ownChannel } from '../../core/commands/index.js';

/** Discord's managers of a channel: whoever holds Manage Channels there (owners and admins do). */
export const DISCORD_MANAGERS = 'members with the Manage Channels permission';

/** Outside a server there is no channel to manage but the person's own direct messages. */
const DIRECT = ownChannel('you');

/**
 * A slash command's person: Discord computes their permissions in the channel (roles, overwrites,
 * ownership) and sends them with the interaction, so nothing is fetched.
 */
export function interactionManagers(interaction: ChatInputCommandInteraction): ChannelManagers {
  if (!interaction.inGuild()) return DIRECT;
  return {
    who: DISCORD_MANAGERS,
    mayManage: async () => interaction.memberPermissions.has(PermissionFlagsBits.ManageChannels),
  };
}

/**
 * A mention's author: their permissions in the channel (a thread's are its parent's) from the server's
 * roles and overwrites, which the gateway keeps cached; the member is fetched when it is not.
 */
export function messageManagers(message: Message): ChannelManagers {
  if (!message.inGuild()) return DIRECT;
  return {
    who: DISCORD_MANAGERS,
    async mayManage() {
      const member = message.member ?? (await message.guild.members.fetch(message.author.id));
      return member.permissionsIn(message.channelId).has(PermissionFlagsBits.ManageChannels);
    },
  };
}
