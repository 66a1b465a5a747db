import { beforeAll, describe, expect, it } from 'vitest';
import type { Brief } from '../../src/core/brief.schema.js';
import { askCommand } from '../../src/core/commands/index.js';
import { replyInConversation } from '../../src/core/conversation/reply-in-conversation.js';
import type { Reply } from '../../src/core/reply.js';
import { renderConsole } from '../../src/platforms/console/console-render.js';
import { renderDiscord } from '../../src/platforms/discord/discord-render.js';
import { renderSlack } from '../../src/platforms/slack/slack-render.js';
import { byId, EXPO_ID, GARDEN_ID, loadFixtureBriefs } from '../fixtures/fixture-briefs.js';
import { FIXTURE_QUESTIONS, type UnsureAnswer, unsureAnswer } from '../helpers/unsure-answer.js';

/**
 * A question that names no article is routed by the engine; whatever comes back, every platform must say
 * which article it was about, or a reader cannot tell what "the article doesn't say" refers to.
 */

/** What a reader sees of a reply on each platform, as one text. */
const RENDERERS: { platform: string; seen: (reply: Reply) => string }[] = [
  { platform: 'console', seen: (reply) => renderConsole(reply) },
  {
    platform: 'slack (blocks)',
    seen: (reply) =>
      renderSlack(reply)
        .blocks.flatMap((block) => {
          if (block.type === 'section') return [block.text.text];
          return block.type === 'context' ? block.elements.map((element) => element.text) : [];
        })
        .join('\n'),
  },
  // The notification text is all some people see.
  { platform: 'slack (fallback text)', seen: (reply) => renderSlack(reply).text },
  {
    platform: 'discord',
    seen: (reply) =>
      renderDiscord(reply)
        .flatMap((message) => message.embeds.map((embed) => embed.description ?? ''))
        .join('\n'),
  },
];

let briefs: Brief[];
let unsure: UnsureAnswer;
let title: string;
beforeAll(async () => {
  briefs = await loadFixtureBriefs();
  unsure = unsureAnswer(FIXTURE_QUESTIONS, briefs);
  title = byId(briefs, unsure.briefId).title;
});

describe.each(RENDERERS)('a routed question on $platform', ({ seen }) => {
  it('names the article an answer comes from', () => {
    const reply = askCommand.run({ text: unsure.question }, { briefs });
    expect(reply.kind).toBe('answer');
    expect(seen(reply)).toContain(`— ${title}, sentence`);
  });

  it('names the article it checked when it abstains', () => {
    const strict = { briefs, answerMinConfidence: unsure.stricter };
    const reply = askCommand.run({ text: unsure.question }, strict);
    expect(reply.kind).toBe('abstention');
    expect(seen(reply)).toContain(`Checked: «${title}»`);
  });

  it('names the article it checked when the article lacks what is asked', () => {
    const reply = askCommand.run(
      { text: 'How much did Kessler Shipping pay for the Test Expo?' },
      { briefs },
    );
    expect(reply.kind).toBe('abstention');
    expect(seen(reply)).toContain(`Checked: «${byId(briefs, EXPO_ID).title}»`);
  });

  it('says that no brief covers the question when the library has none', () => {
    const reply = askCommand.run({ text: unsure.question }, { briefs: [] });
    expect(reply.kind).toBe('abstention');
    expect(seen(reply)).toContain('Checked: every brief in the library; none covers this question.');
  });
});

describe('a follow-up in a thread about one brief', () => {
  it("names the thread's brief and the library's pick when neither says", async () => {
    // The garden show never mentions the expo; the library routes the question to the expo, which has no
    // election in it either.
    const question = 'Who won the Test Expo election?';
    const { reply, briefId } = await replyInConversation(question, { briefs }, GARDEN_ID);
    expect(reply.kind).toBe('abstention');
    expect(briefId).toBe(GARDEN_ID);
    const [garden, expo] = [byId(briefs, GARDEN_ID).title, byId(briefs, EXPO_ID).title];
    for (const { seen } of RENDERERS) expect(seen(reply)).toContain(`Checked: «${garden}» and «${expo}»`);
  });
});
