import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Target } from '../../../src/core/digest/subscription.js';
import { FAKE_BOT_ID, FAKE_CHANNEL, FAKE_DM_CHANNEL, FAKE_GUILD } from '../../fakes/fake-discord.js';
import { twoCityBriefs } from '../slack/slack-library.js';
import { commandData, type DiscordHarness, startDiscordHarness } from './discord-harness.js';

const GENERAL: Target = { platform: 'discord', workspace: FAKE_GUILD, channel: FAKE_CHANNEL };
const OWN_DM: Target = { platform: 'discord', workspace: 'dm', channel: FAKE_DM_CHANNEL };
/** A member with only @everyone's permissions, which lack Manage Channels (the fake guild's owner has all). */
const GUEST = {
  id: '400000000000000009',
  username: 'guest',
  discriminator: '0',
  global_name: 'Guest',
  avatar: null,
};
const BOT_MENTION = { id: FAKE_BOT_ID, username: 'newsbrief', discriminator: '0', bot: true };
const EPHEMERAL = 1 << 6;

const textOf = (m: { content?: string; embeds: unknown[] }) =>
  `${m.content ?? ''}\n${JSON.stringify(m.embeds)}`;

/** Who may change a channel's digest on Discord: Manage Channels, on slash commands and mentions alike. */
describe('Discord digest permissions (real discord.js, fake Discord)', () => {
  let h: DiscordHarness;
  beforeAll(async () => {
    h = await startDiscordHarness(twoCityBriefs());
  });
  afterAll(() => h.stop());
  beforeEach(async () => {
    await h.store.unsubscribe(GENERAL);
    await h.store.unsubscribe(OWN_DM);
  });

  /** /digest ACTION as a slash command; `permissions` is what Discord computed for the member. */
  async function slash(action: string, options: Record<string, string>, extra: Record<string, unknown> = {}) {
    const { token } = h.fake.sendInteraction({
      type: 2,
      data: commandData('digest', options, action),
      ...extra,
    });
    return h.fake.waitFor(() =>
      h.fake.interactionReplies.find((r) => r.token === token && r.kind === 'edit'),
    );
  }

  /** "@newsbrief TEXT" in the server channel; the bot's reply wherever it went (the channel or a DM). */
  async function byMention(text: string, author?: typeof GUEST) {
    const before = h.fake.messages.length;
    h.fake.sendMessage({
      content: `<@${FAKE_BOT_ID}> ${text}`,
      mentions: [BOT_MENTION],
      ...(author ? { author } : {}),
    });
    return h.fake.waitFor(() => h.fake.messages.slice(before)[0]);
  }

  it('lets a member with Manage Channels subscribe the channel by slash command', async () => {
    const edit = await slash('subscribe', { time: '07:00' });
    expect(JSON.stringify(edit.data)).toMatch(/subscribed/i);
    expect(await h.store.findByTarget(GENERAL)).not.toBeNull();
  });

  it('refuses a member without it, privately, naming who can, and stores nothing', async () => {
    const edit = await slash('subscribe', { time: '07:00' }, { member: { permissions: '0' } });
    // The reply is deferred privately, then edited in.
    const deferral = h.fake.interactionReplies.find((r) => r.token === edit.token && r.kind === 'callback');
    expect((deferral?.data.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(JSON.stringify(edit.data)).toMatch(/Only members with the Manage Channels permission can change/);
    expect(await h.store.findByTarget(GENERAL)).toBeNull();
  });

  it('lets a member without it read the channel’s digest status', async () => {
    await slash('subscribe', { time: '07:00' });
    const edit = await slash('status', {}, { member: { permissions: '0' } });
    expect(JSON.stringify(edit.data)).toMatch(/07:00/);
  });

  it('lets a manager subscribe by mention', async () => {
    const reply = await byMention('/digest subscribe time 08:15');
    expect(textOf(reply)).toMatch(/subscribed/i);
    expect(await h.store.findByTarget(GENERAL)).toMatchObject({ cron: '15 8 * * *' });
  });

  it('refuses "@newsbrief /digest unsubscribe" from a member without Manage Channels, in a direct message', async () => {
    await slash('subscribe', { time: '07:00' });
    const refusal = await byMention('/digest unsubscribe', GUEST);
    expect(refusal.channelId).toBe(FAKE_DM_CHANNEL);
    expect(textOf(refusal)).toMatch(/can change this channel's digests/);
    expect(await h.store.findByTarget(GENERAL)).not.toBeNull();
  });

  it('says it in the channel when the person’s direct messages are closed to the bot', async () => {
    h.fake.failNext('POST', `/channels/${FAKE_DM_CHANNEL}/messages`, {
      status: 403,
      code: 50007,
      message: 'Cannot send messages to this user',
    });
    const refusal = await byMention('/digest subscribe time 07:00', GUEST);
    expect(refusal.channelId).toBe(FAKE_CHANNEL);
    expect(textOf(refusal)).toMatch(/can change this channel's digests/);
    expect(await h.store.findByTarget(GENERAL)).toBeNull();
  });

  it('lets anyone manage the digest of their own direct messages with the bot', async () => {
    const before = h.fake.messages.length;
    h.fake.sendMessage({
      channel_id: FAKE_DM_CHANNEL,
      content: '/digest subscribe time 06:30',
      author: GUEST,
    });
    const reply = await h.fake.waitFor(() => h.fake.messages.slice(before)[0]);
    expect(textOf(reply)).toMatch(/subscribed/i);
    expect(await h.store.findByTarget(OWN_DM)).toMatchObject({ cron: '30 6 * * *' });
  });
});
