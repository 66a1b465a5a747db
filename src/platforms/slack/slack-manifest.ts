import { type CommandDefinition, commands } from '../../core/commands/index.js';

/**
 * The Slack app manifest, built from the core's command list so the commands Slack offers and the ones
 * the bot handles cannot drift apart. Without a URL the app uses Socket Mode (no public address needed);
 * with one, Slack sends everything to URL/slack/events over HTTPS.
 */

/** What the bot needs and nothing more. */
export const SLACK_BOT_SCOPES = [
  'commands', // slash commands
  'chat:write', // answers, digests
  'chat:write.public', // digests to public channels the app was not invited to
  'channels:join', // joining such a channel to check that a re-sent digest is not already there
  'app_mentions:read', // questions by @mention
  'channels:history', // follow-ups in threads it answered in; finding a digest already posted
  'groups:history', // the same in private channels it was invited to
  'im:history', // direct messages to the app
  'users:read', // whether the person changing a channel's digest is a workspace admin or owner
  'usergroups:read', // whether they are in a user group SLACK_DIGEST_ADMINS names
] as const;

export const SLACK_BOT_EVENTS = ['app_mention', 'message.channels', 'message.groups', 'message.im'] as const;

export function slackManifest(options: { requestUrl?: string; name?: string } = {}) {
  const name = options.name ?? 'newsbrief';
  const url = options.requestUrl ? `${options.requestUrl.replace(/\/+$/, '')}/slack/events` : undefined;
  const withUrl = url ? { url } : {};
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name,
      description: 'Short news briefings, answers that cite their sentence, and daily digests.',
      long_description:
        'newsbrief turns the articles your team adds into short briefings, answers questions about them from the article itself (always quoting the sentence it read, and saying plainly when the article does not say), and posts a daily digest to the channels that ask for one. /brief, /ask, /briefs, /digest, /help; mention the bot or message it to ask.',
      background_color: '#1d3557',
    },
    features: {
      app_home: {
        home_tab_enabled: false,
        messages_tab_enabled: true,
        messages_tab_read_only_enabled: false,
      },
      bot_user: { display_name: name, always_online: true },
      slash_commands: commands.map((command) => ({
        command: `/${command.name}`,
        description: command.description.slice(0, 100),
        ...usageHint(command),
        should_escape: false,
        ...withUrl,
      })),
    },
    oauth_config: { scopes: { bot: [...SLACK_BOT_SCOPES] } },
    settings: {
      event_subscriptions: { ...(url ? { request_url: url } : {}), bot_events: [...SLACK_BOT_EVENTS] },
      interactivity: { is_enabled: true, ...(url ? { request_url: url } : {}) },
      org_deploy_enabled: false,
      socket_mode_enabled: !url,
      token_rotation_enabled: false,
    },
  };
}

/** "/digest subscribe|… [time HH:MM]" → "subscribe|… [time HH:MM]": the part after the command, if any. */
function usageHint(command: CommandDefinition): { usage_hint?: string } {
  const hint = command.usage.replace(/^\/\S+\s*/, '').slice(0, 1000);
  return hint ? { usage_hint: hint } : {};
}
