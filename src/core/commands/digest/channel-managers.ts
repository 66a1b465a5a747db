import { errorReply, type Reply } from '../../reply.js';
import type { DigestAction } from './digest-options.js';

/**
 * Who may change a channel's digests: the one rule every path applies — slash commands, mentions,
 * direct messages, buttons, on every platform. The platform answers "is this person one of them?" (Discord:
 * Manage Channels; Slack: workspace admins and owners, or the people its operator named); the rule of
 * which actions need it, and what everyone else is told, lives here.
 */
export interface ChannelManagers {
  /** Whether the person asking may change this channel's digests. A platform error throws. */
  mayManage(): Promise<boolean>;
  /** Who may, as the refusal names them: "members with the Manage Channels permission". */
  who: string;
}

/**
 * Changing a channel's digest needs a manager; reading it (list, preview, status) does not, so anyone can
 * see what the channel will get and who to ask.
 */
const CHANGING_ACTIONS: ReadonlySet<DigestAction> = new Set(['subscribe', 'unsubscribe']);

export function needsManager(action: DigestAction): boolean {
  return CHANGING_ACTIONS.has(action);
}

/** The private refusal everyone but a manager gets. */
export function managersOnly(who: string): Reply {
  return errorReply(
    `Only ${who} can change this channel's digests.`,
    'Ask one of them, or type /digest status to see what this channel gets.',
  );
}

/**
 * The person's own place: the operator at the CLI or the console, or someone in a direct message with the
 * bot, whose digest goes to nobody else.
 */
export const ownChannel = (who: string): ChannelManagers => ({ who, mayManage: async () => true });
