import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_BOT_ID, FAKE_CHANNEL, FAKE_THREAD } from '../../fakes/fake-discord.js';
import { twoCityBriefs } from '../slack/slack-library.js';
import { type DiscordHarness, startDiscordHarness } from './discord-harness.js';

const BOT_MENTION = { id: FAKE_BOT_ID, username: 'newsbrief', discriminator: '0', bot: true };

/** Questions by mention: replies, thread follow-ups, reply chains, direct messages; never a ping. */
describe('Discord mentions (real discord.js, fake Discord)', () => {
  let h: DiscordHarness;
  beforeAll(async () => {
    h = await startDiscordHarness(twoCityBriefs());
  });
  afterAll(() => h.stop());

  const allText = (m: { content?: string; embeds: unknown[] }) =>
    `${m.content ?? ''}\n${JSON.stringify(m.embeds)}`;

  async function ask(content: string, extra: Record<string, unknown> = {}) {
    const id = h.fake.sendMessage({
      content: `<@${FAKE_BOT_ID}> ${content}`,
      mentions: [BOT_MENTION],
      ...extra,
    });
    return h.fake.waitFor(() => h.fake.messages.find((m) => m.messageReference?.message_id === id));
  }

  it('replies to a mention with the answer and the cited sentence, pinging no one', async () => {
    const reply = await ask('How many fans does the Pinecrest stadium seat?');
    expect(reply.channelId).toBe(FAKE_CHANNEL);
    expect(allText(reply)).toContain('seats 20,000 fans');
    expect(reply.allowedMentions).toMatchObject({ parse: [] });
  });

  it('answers follow-ups in a thread about the same article', async () => {
    await ask('How many fans does the Pinecrest stadium seat?', { channel_id: FAKE_THREAD });
    // Across the whole library this is answered from the Oakton library (12 million); the thread is about
    // the stadium.
    const followUp = await ask('How much did it cost?', { channel_id: FAKE_THREAD });
    expect(allText(followUp)).toContain('90 million dollars');
  });

  it('answers in a thread started from its answer about the same article', async () => {
    const first = await ask('How many fans does the Pinecrest stadium seat?');
    const thread = h.fake.startThread(first.id);
    const followUp = await ask('How much did it cost?', { channel_id: thread });
    expect(followUp.channelId).toBe(thread);
    expect(allText(followUp)).toContain('90 million dollars');
  });

  it('answers a reply to its own answer about the same article', async () => {
    const first = await ask('How many fans does the Pinecrest stadium seat?');
    const followUp = await ask('How much did it cost?', {
      message_reference: { message_id: first.id, channel_id: FAKE_CHANNEL },
    });
    expect(allText(followUp)).toContain('90 million dollars');
  });

  it('ignores messages that do not mention it, and other bots', async () => {
    const before = h.fake.messages.length;
    h.fake.sendMessage({ content: 'How much did it cost?' });
    h.fake.sendMessage({
      content: `<@${FAKE_BOT_ID}> How much did it cost?`,
      mentions: [BOT_MENTION],
      author: { id: '400000000000000009', username: 'otherbot', discriminator: '0', bot: true },
    });
    const last = await ask('Who cut the ribbon?');
    expect(allText(last)).toContain('Ruth Alvarez');
    expect(h.fake.messages.length).toBe(before + 1);
  });

  it('never lets a question or an article ping anyone', async () => {
    const reply = await ask('@everyone <@400000000000000002> who cut the ribbon?');
    expect(reply.allowedMentions).toMatchObject({ parse: [] });
    expect(allText(reply)).not.toMatch(/(?<!\u200d)@everyone/);
  });
});
