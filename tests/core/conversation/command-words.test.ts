import { beforeAll, describe, expect, it } from 'vitest';
import type { Brief } from '../../../src/core/brief.schema.js';
import { replyInConversation } from '../../../src/core/conversation/reply-in-conversation.js';
import { blocksOf } from '../../../src/core/reply.js';
import { EXPO_ID, loadFixtureBriefs } from '../../fixtures/fixture-briefs.js';
import { replyText } from '../reply-texts.js';

let briefs: Brief[];
beforeAll(async () => {
  briefs = await loadFixtureBriefs();
});

/** Slack and Discord direct messages and threads reply through replyInConversation. */
describe('a direct message that is only a command word', () => {
  it('runs the command, even in a conversation already about a brief', async () => {
    for (const about of [undefined, EXPO_ID]) {
      const help = await replyInConversation('help', { briefs }, about);
      expect(help.reply.kind).toBe('help');
      expect(replyText(help.reply)).toContain('Tip: /help works too.');
      const list = await replyInConversation('Briefs', { briefs }, about);
      expect(list.reply.kind).toBe('list');
      expect(blocksOf(list.reply, 'bullets')[0]?.items).toHaveLength(3);
      const newest = await replyInConversation('brief', { briefs }, about);
      expect(newest.reply.kind).toBe('briefing');
    }
  });

  it('still treats a sentence that starts with a command word as a question', async () => {
    const { reply } = await replyInConversation('Brief me on the expo exhibitors', { briefs });
    expect(['answer', 'abstention']).toContain(reply.kind);
  });
});
