import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Brief } from '../../../src/core/brief.schema.js';
import { ownChannel } from '../../../src/core/commands/index.js';
import { routeMessage } from '../../../src/core/commands/route-message.js';
import { replyInConversation } from '../../../src/core/conversation/reply-in-conversation.js';
import { runConsoleChat } from '../../../src/platforms/console/console-chat.js';
import { chatCommandContext } from '../../../src/platforms/shared/command-context.js';
import { loadSeedBrief } from '../../helpers/seed-brief.js';
import { SEED_QUESTIONS, type UnsureAnswer, unsureAnswer } from '../../helpers/unsure-answer.js';

/**
 * ANSWER_MIN_CONFIDENCE reaches every place that answers: slash commands, mentions and direct messages
 * (through the chat command context), threads, and the console. A threshold above an answer's confidence
 * abstains where the default answers; the assertions are on answered vs abstained, never on wording.
 */

const PLACE = { workspace: 'T1', channel: 'C1', user: 'U1', managers: ownChannel('the test') };

let briefs: Brief[];
let unsure: UnsureAnswer;
beforeAll(() => {
  briefs = [loadSeedBrief()];
  unsure = unsureAnswer(SEED_QUESTIONS, briefs);
});

describe('the chat command context', () => {
  it('carries the threshold to mentions and direct messages', async () => {
    const deps = { briefs: () => briefs, answerMinConfidence: unsure.stricter };
    const strict = chatCommandContext('slack', deps, PLACE);
    const lenient = chatCommandContext('slack', { briefs: () => briefs }, PLACE);
    expect(strict.answerMinConfidence).toBe(unsure.stricter);
    expect((await routeMessage(unsure.question, lenient))?.kind).toBe('answer');
    expect((await routeMessage(unsure.question, strict))?.kind).toBe('abstention');
    expect((await routeMessage(`/ask ${unsure.question}`, strict))?.kind).toBe('abstention');
  });

  it('carries it into a thread that is about a brief', async () => {
    const about = briefs[0]?.id;
    const deps = { briefs: () => briefs };
    const lenientContext = chatCommandContext('discord', deps, PLACE);
    const lenient = await replyInConversation(unsure.question, lenientContext, about);
    expect(lenient.reply.kind).toBe('answer');
    const strictContext = chatCommandContext(
      'discord',
      { ...deps, answerMinConfidence: unsure.stricter },
      PLACE,
    );
    const strict = await replyInConversation(unsure.question, strictContext, about);
    expect(strict.reply.kind).toBe('abstention');
  });
});

describe('the console chat', () => {
  async function chat(line: string, answerMinConfidence?: number): Promise<string> {
    const input = new PassThrough();
    const output = new PassThrough();
    let written = '';
    output.on('data', (chunk: Buffer) => {
      written += chunk.toString('utf8');
    });
    const context = answerMinConfidence === undefined ? { briefs } : { briefs, answerMinConfidence };
    const done = runConsoleChat({ input, output, context });
    input.end(`${line}\n`);
    await done;
    return written;
  }

  it('abstains under a high threshold where the default answers', async () => {
    expect(await chat(unsure.question)).toMatch(/sentence \d+/);
    const strict = await chat(unsure.question, unsure.stricter);
    expect(strict).toContain('Checked: «');
    expect(strict).not.toMatch(/sentence \d+/);
  });
});
