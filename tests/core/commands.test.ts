import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerResult } from '../../src/core/answer/answer.js';
import type { Brief } from '../../src/core/brief.schema.js';
import { buildBriefing } from '../../src/core/briefing/build-briefing.js';
import { readArgument } from '../../src/core/commands/command.js';
import { findBrief, findBriefById, sortNewestFirst } from '../../src/core/commands/find-brief.js';
import {
  askCommand,
  briefCommand,
  briefsCommand,
  type CommandContext,
  commands,
  findCommand,
  helpCommand,
} from '../../src/core/commands/index.js';
import { answerReply } from '../../src/core/replies/answer-reply.js';
import { briefingReply, formatDay } from '../../src/core/replies/briefing-reply.js';
import { blocksOf, type Reply } from '../../src/core/reply.js';
import { BRIDGE_ID, byId, EXPO_ID, GARDEN_ID, loadFixtureBriefs } from '../fixtures/fixture-briefs.js';
import { loadSeedBrief } from '../helpers/seed-brief.js';
import { FIXTURE_QUESTIONS, SEED_QUESTIONS, unsureAnswer } from '../helpers/unsure-answer.js';
import { blocksText } from './reply-texts.js';

let briefs: Brief[];
let context: CommandContext;
const textOf = blocksText;

beforeAll(async () => {
  briefs = await loadFixtureBriefs();
  context = { briefs };
});

describe('the command list', () => {
  it('has brief, ask, briefs, digest, feed and help, each described for adapters to register', () => {
    expect(commands.map((c) => c.name)).toEqual(['brief', 'ask', 'briefs', 'digest', 'feed', 'help']);
    for (const command of commands) {
      expect(command.description.length).toBeGreaterThan(10);
      expect(command.description.length).toBeLessThanOrEqual(100); // Discord's limit
      expect(command.usage.startsWith(`/${command.name}`)).toBe(true);
      for (const option of command.options) {
        expect(option.name).toMatch(/^[a-z][a-z0-9_-]{0,31}$/);
        expect(option.description.length).toBeGreaterThan(0);
        expect(option.description.length).toBeLessThanOrEqual(100);
        expect(typeof option.required).toBe('boolean');
      }
    }
    expect(askCommand.options.find((o) => o.name === 'question')?.required).toBe(true);
  });

  it('finds a command by name, with or without the slash', () => {
    expect(findCommand('/BRIEF')).toBe(briefCommand);
    expect(findCommand('ask')).toBe(askCommand);
    expect(findCommand('/Digest')?.name).toBe('digest');
    expect(findCommand('subscribe')).toBeUndefined();
  });
});

describe('/brief', () => {
  const expectBriefingOf = (reply: Reply, id: string) => {
    const brief = byId(briefs, id);
    expect(reply.kind).toBe('briefing');
    expect(reply).toEqual(briefingReply(buildBriefing(brief)));
  };

  it('with no argument, shows the newest brief by published date', () => {
    expectBriefingOf(briefCommand.run({}, context), BRIDGE_ID);
    expectBriefingOf(briefCommand.run({ text: '   ' }, context), BRIDGE_ID);
  });

  it('finds a brief by exact id, id prefix, or title words', () => {
    expectBriefingOf(briefCommand.run({ text: GARDEN_ID }, context), GARDEN_ID);
    expectBriefingOf(briefCommand.run({ text: '2022-08' }, context), EXPO_ID);
    expectBriefingOf(briefCommand.run({ text: 'the garden show' }, context), GARDEN_ID);
    expectBriefingOf(briefCommand.run({ text: 'Riverton EXPO' }, context), EXPO_ID);
    expectBriefingOf(briefCommand.run({ options: { brief: 'bridge' } }, context), BRIDGE_ID);
  });

  it('answers an unknown brief with an error that says how to see the ids', () => {
    const reply = briefCommand.run({ text: 'volcano eruption' }, context);
    expect(reply.kind).toBe('error');
    expect(reply.private).toBe(true);
    expect(textOf(reply)).toContain('"volcano eruption"');
    expect(textOf(reply)).toContain('/briefs');
  });

  it('says so when no briefs are loaded', () => {
    const reply = briefCommand.run({}, { briefs: [] });
    expect(reply.kind).toBe('error');
    expect(textOf(reply)).toMatch(/no briefs/i);
  });
});

describe('/ask', () => {
  it.each([{}, { text: '' }, { text: '  \n ' }, { options: { question: ' ' } }])(
    'answers an empty question (%j) with an error saying what to type',
    (input) => {
      const reply = askCommand.run(input, context);
      expect(reply.kind).toBe('error');
      expect(textOf(reply)).toMatch(/Type a question after \/ask/);
      expect(textOf(reply)).toMatch(/\/ask \S+/);
    },
  );

  it('answers with a cited sentence or abstains, never anything else', () => {
    for (const question of ['How many exhibitors took part?', 'Who is the king of France?']) {
      const reply = askCommand.run({ text: question }, context);
      expect(['answer', 'abstention']).toContain(reply.kind);
      expect(textOf(reply).trim().length).toBeGreaterThan(0);
      if (reply.kind === 'answer') {
        const [citation] = blocksOf(reply, 'citation');
        const brief = byId(briefs, citation?.briefId ?? '');
        expect(citation?.briefTitle).toBe(brief.title);
        expect(citation?.text).toBe(brief.text.sentences[citation?.sentence ?? -1]?.text);
      } else {
        expect(blocksOf(reply, 'citation')).toEqual([]);
      }
    }
  });

  it('names the brief it chose when the question names none, answered or not', () => {
    const unsure = unsureAnswer(FIXTURE_QUESTIONS, briefs);
    const title = byId(briefs, unsure.briefId).title;
    const answered = askCommand.run({ text: unsure.question }, context);
    expect(answered.kind).toBe('answer');
    expect(blocksOf(answered, 'citation')[0]?.briefTitle).toBe(title);
    const abstained = askCommand.run(
      { text: unsure.question },
      { briefs, answerMinConfidence: unsure.stricter },
    );
    expect(abstained.kind).toBe('abstention');
    expect(blocksOf(abstained, 'abstention')[0]?.checked).toEqual([
      { briefId: unsure.briefId, briefTitle: title },
    ]);
  });

  it('abstains below ANSWER_MIN_CONFIDENCE where the default threshold answers', () => {
    const seed = [loadSeedBrief()];
    const { question, stricter } = unsureAnswer(SEED_QUESTIONS, seed);
    expect(askCommand.run({ text: question }, { briefs: seed }).kind).toBe('answer');
    expect(askCommand.run({ text: question }, { briefs: seed, answerMinConfidence: stricter }).kind).toBe(
      'abstention',
    );
    // Zero keeps every answer the default gives.
    expect(askCommand.run({ text: question }, { briefs: seed, answerMinConfidence: 0 }).kind).toBe('answer');
  });

  it('takes the question from the question option, and rejects an unknown brief option', () => {
    const reply = askCommand.run(
      { options: { question: 'What did repairs cost?', brief: BRIDGE_ID } },
      context,
    );
    expect(['answer', 'abstention']).toContain(reply.kind);
    const unknown = askCommand.run({ options: { question: 'What?', brief: 'volcano' } }, context);
    expect(unknown.kind).toBe('error');
    expect(textOf(unknown)).toContain('/briefs');
  });
});

describe('/briefs and /help', () => {
  it('lists every brief newest first with id, date and title', () => {
    const reply = briefsCommand.run({}, context);
    expect(reply.kind).toBe('list');
    expect(blocksOf(reply, 'bullets')[0]?.items).toEqual([
      `${BRIDGE_ID} · 2023-01-05 · Harbour bridge reopens after repairs`,
      `${EXPO_ID} · 2022-08-22 · Test Expo opens in Riverton with 500 exhibitors`,
      `${GARDEN_ID} · 2021-03-10 · Spring garden show draws record crowds`,
    ]);
    expect(briefsCommand.run({}, { briefs: [] }).kind).toBe('list');
  });

  it('lists the newest 500 of a large library and says how to find the older ones', () => {
    const [bridge] = context.briefs as Brief[];
    const library = Array.from({ length: 620 }, (_, i) => ({
      ...(bridge as Brief),
      id: `story-${String(i).padStart(3, '0')}`,
      published: `2024-01-01T00:${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}Z`,
    }));
    const reply = briefsCommand.run({}, { briefs: library });
    const items = blocksOf(reply, 'bullets')[0]?.items ?? [];
    expect(items).toHaveLength(500);
    expect(items[0]).toContain('story-619');
    expect(reply.title).toBe('Briefs (the newest 500 of 620)');
    expect(reply.footer).toContain('120 older not listed: type /brief <words from its title>');
  });

  it('helps with every command in the list', () => {
    const reply = helpCommand.run();
    expect(reply.kind).toBe('help');
    for (const command of commands) expect(textOf(reply)).toContain(command.usage);
  });
});

describe('replies', () => {
  it('turns a briefing into a Reply with a source line', () => {
    const reply = briefingReply({
      briefId: 'x',
      headline: 'Smart Expo opens',
      bullets: ['One.', 'Two.', 'Three.'],
      source: {
        outlet: '21st Century Business Herald',
        published: '2022-08-22',
        url: 'https://example.com/a',
      },
    });
    expect(reply).toEqual({
      kind: 'briefing',
      title: 'Smart Expo opens',
      url: 'https://example.com/a',
      blocks: [{ type: 'bullets', items: ['One.', 'Two.', 'Three.'] }],
      footer: '21st Century Business Herald · 22 Aug 2022 · https://example.com/a',
    });
    const bare = briefingReply({
      briefId: 'x',
      headline: 'H',
      bullets: [],
      source: { outlet: null, published: '2021-03-10T08:00:00+08:00', url: null },
    });
    expect(bare.url).toBeUndefined();
    expect(bare.footer).toBe('10 Mar 2021');
    expect(formatDay('sometime')).toBe('sometime');
  });

  it('turns an answer into a cited Reply and an abstention into a plain one', () => {
    const given: AnswerResult = {
      abstained: false,
      question: 'How many exhibitors?',
      brief: EXPO_ID,
      answer: 'more than 500',
      citation: { brief: EXPO_ID, sentence: 1, text: 'More than 500 exhibitors took part this year.' },
      confidence: 0.87,
      expected: 'count',
    };
    expect(answerReply(given, briefs)).toEqual({
      kind: 'answer',
      blocks: [
        { type: 'answer', text: 'more than 500' },
        {
          type: 'citation',
          briefId: EXPO_ID,
          sentence: 1,
          text: 'More than 500 exhibitors took part this year.',
          briefTitle: 'Test Expo opens in Riverton with 500 exhibitors',
          notes: [],
        },
        { type: 'feedback', judged: 'answer', briefId: EXPO_ID, sentence: 1 },
      ],
      footer: 'Confidence: 87%',
    });
    // The brief's editorial notes on the cited sentence travel with the citation.
    const noted = answerReply({ ...given, notes: ['"March 22" is a slip for August 22.'] }, briefs);
    expect(blocksOf(noted, 'citation')[0]?.notes).toEqual(['"March 22" is a slip for August 22.']);
    const abstained: AnswerResult = {
      abstained: true,
      question: 'Who won?',
      brief: null,
      message: "The article doesn't say who won.",
      missing: [],
      confidence: 0.1,
      expected: 'person',
    };
    expect(answerReply(abstained, briefs)).toEqual({
      kind: 'abstention',
      blocks: [
        { type: 'abstention', message: "The article doesn't say who won.", missing: 'person', checked: [] },
        { type: 'feedback', judged: 'abstention', briefId: null, sentence: null },
      ],
    });
    // The brief the question was routed to is named, so the reader knows which article doesn't say.
    const routed = answerReply({ ...abstained, brief: EXPO_ID }, briefs);
    expect(blocksOf(routed, 'abstention')[0]?.checked).toEqual([
      { briefId: EXPO_ID, briefTitle: 'Test Expo opens in Riverton with 500 exhibitors' },
    ]);
  });
});

describe('finding briefs', () => {
  it('sorts newest first and finds ids strictly for scripts', () => {
    expect(sortNewestFirst(briefs).map((b) => b.id)).toEqual([BRIDGE_ID, EXPO_ID, GARDEN_ID]);
    expect(findBriefById(briefs, '2022')?.id).toBe(EXPO_ID);
    expect(findBriefById(briefs, '202')).toBeUndefined(); // ambiguous prefix
    expect(findBriefById(briefs, 'garden show')).toBeUndefined();
    expect(findBrief(briefs, 'show')?.id).toBe(GARDEN_ID);
    expect(findBrief(briefs, 'expo news from yesterday today')).toBeUndefined();
  });

  it('reads a malformed platform input as no argument', () => {
    expect(readArgument({ text: 42 } as never, 'x')).toBe('');
    expect(readArgument({ text: ' a ', options: { x: ' b ' } }, 'x')).toBe('b');
  });
});
