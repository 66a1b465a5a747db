import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_BOT_ID, FAKE_CHANNEL } from '../../fakes/fake-discord.js';
import { twoCityBriefs } from '../slack/slack-library.js';
import { commandData, type DiscordHarness, startDiscordHarness } from './discord-harness.js';

type Button = { custom_id: string; label: string };
const EPHEMERAL = 1 << 6;

/** 👍/👎 under Discord answers: a click is recorded once per person per message and thanked privately. */
describe('Discord feedback buttons (real discord.js, fake Discord)', () => {
  let h: DiscordHarness;
  beforeAll(async () => {
    h = await startDiscordHarness(twoCityBriefs());
  });
  afterAll(() => h.stop());

  async function askButtons(question: string): Promise<Button[]> {
    const { id } = h.fake.sendInteraction({ type: 2, data: commandData('ask', { question }) });
    const callback = await h.fake.waitFor(() =>
      h.fake.interactionReplies.find((r) => r.interactionId === id),
    );
    const rows = (callback.data.components ?? []) as { components: Button[] }[];
    return rows.flatMap((row) => row.components);
  }

  /** A click on `button` under the bot's message `messageId`, by `user`; resolves with the bot's answer. */
  async function click(button: Button, messageId: string, user: string) {
    const { id } = h.fake.sendInteraction({
      type: 3,
      data: { custom_id: button.custom_id, component_type: 2 },
      member: { user: { id: user, username: user, discriminator: '0', global_name: null } },
      message: {
        id: messageId,
        type: 20,
        channel_id: FAKE_CHANNEL,
        author: { id: FAKE_BOT_ID, username: 'newsbrief', discriminator: '0', bot: true },
        content: '',
        timestamp: new Date().toISOString(),
        edited_timestamp: null,
        tts: false,
        mention_everyone: false,
        mentions: [],
        mention_roles: [],
        attachments: [],
        embeds: [],
        components: [],
        pinned: false,
        flags: 0,
      },
    });
    const deferred = await h.fake.waitFor(() =>
      h.fake.interactionReplies.find((r) => r.interactionId === id),
    );
    const edit = await h.fake.waitFor(() =>
      h.fake.interactionReplies.find((r) => r.token === deferred.token && r.kind === 'edit'),
    );
    return { deferred, edit };
  }

  it('puts 👍/👎 under an answer and records a click with its brief, sentence and question', async () => {
    const buttons = await askButtons('Who cut the ribbon?');
    expect(buttons.map((b) => b.label)).toEqual(['Helpful', 'Wrong or unhelpful']);
    const { deferred, edit } = await click(buttons[0] as Button, '600000000000000001', '400000000000000011');
    expect(deferred.type).toBe(5);
    expect(deferred.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(String(edit.data.content)).toContain('👍');
    const [recorded] = await h.store.recentFeedback({ limit: 10 });
    expect(recorded).toMatchObject({
      platform: 'discord',
      message: '600000000000000001',
      user: '400000000000000011',
      verdict: 'up',
      replyKind: 'answer',
      briefId: 'oakton-library',
      sentence: 2,
      question: 'Who cut the ribbon?',
    });
  });

  it('keeps one verdict per person per message: a second click replaces the first', async () => {
    const [up, down] = await askButtons('How many fans does the stadium seat?');
    await click(up as Button, '600000000000000002', '400000000000000012');
    await click(down as Button, '600000000000000002', '400000000000000012');
    const onMessage = (await h.store.recentFeedback({ limit: 50 })).filter(
      (f) => f.message === '600000000000000002',
    );
    expect(onMessage.map((f) => f.verdict)).toEqual(['down']);
  });

  it('puts no buttons under a briefing', async () => {
    const { id } = h.fake.sendInteraction({ type: 2, data: commandData('brief') });
    const callback = await h.fake.waitFor(() =>
      h.fake.interactionReplies.find((r) => r.interactionId === id),
    );
    expect(callback.data.components ?? []).toEqual([]);
  });
});
