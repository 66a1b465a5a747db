import { describe, expect, it } from 'vitest';
import { answerQuestion, MAX_QUESTION_CHARS } from '../../../src/core/answer/answer-question.js';
import { askCommand } from '../../../src/core/commands/index.js';
import { replyInConversation } from '../../../src/core/conversation/reply-in-conversation.js';
import { loadSeedBrief } from '../../helpers/seed-brief.js';
import { replyText } from '../reply-texts.js';

/** A run of capitalised words: what made question analysis quadratic. */
const wall = (chars: number) => 'Chongqing Smart Expo '.repeat(Math.ceil(chars / 21)).slice(0, chars);

describe('a question too long to be one', () => {
  const briefs = [loadSeedBrief()];

  it('is answered at the limit and refused past it, saying how long it may be', () => {
    const atLimit = `How many projects were signed? ${'x'.repeat(MAX_QUESTION_CHARS - 31)}`;
    expect(atLimit).toHaveLength(MAX_QUESTION_CHARS);
    const answered = answerQuestion(atLimit, briefs);
    expect(answered.abstained ? answered.message : answered.answer).not.toMatch(/characters long/);
    const over = answerQuestion(wall(MAX_QUESTION_CHARS + 1), briefs);
    expect(over).toMatchObject({ abstained: true, brief: null });
    expect(over.abstained && over.message).toMatch(
      /501 characters long: ask one thing at a time, in at most 500/,
    );
  });

  it('gets a private reply from /ask and in a conversation, whatever its size', async () => {
    const reply = await askCommand.run({ text: wall(40_000) }, { briefs });
    expect(reply).toMatchObject({ kind: 'error', private: true });
    expect(replyText(reply)).toMatch(/39,999 characters long/); // as typed, less the trailing space
    const turn = await replyInConversation(wall(40_000), { briefs }, briefs[0]?.id);
    expect(replyText(turn.reply)).toMatch(/characters long/);
  });
});
