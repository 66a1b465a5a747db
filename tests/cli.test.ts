import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BRIDGE_ID,
  EXPO_ID,
  FIXTURE_DIR,
  GARDEN_ID,
  loadFixtureBriefs,
  makeBrokenBriefsDir,
} from './fixtures/fixture-briefs.js';
import { jsonLines } from './fixtures/json-lines.js';
import { runCliInProcess } from './fixtures/run-cli-in-process.js';
import { FIXTURE_QUESTIONS, unsureAnswer } from './helpers/unsure-answer.js';

/*
 * The CLI's subcommands, run in process through runCli and the config src/cli.ts builds; that src/cli.ts
 * wires them to the real stdin, stdout and exit code is checked once, in cli-process.test.ts.
 */

/**
 * The contract's keys in its order, then briefTitle (and, for an abstention, reason and missing), added
 * after them so old readers keep working.
 */
const ANSWER_KEYS = ['question', 'brief', 'answer', 'abstained', 'citation', 'confidence', 'briefTitle'];

/** Checks one `ask` output object against the contract, and that its citation is a real sentence. */
async function expectAnswerShape(line: unknown, question: string) {
  const object = line as Record<string, unknown>;
  expect(Object.keys(object)).toEqual(object.abstained ? [...ANSWER_KEYS, 'reason', 'missing'] : ANSWER_KEYS);
  expect(object.question).toBe(question);
  expect(object.brief === null || typeof object.brief === 'string').toBe(true);
  // A brief is always named by its title too; null only with no brief.
  expect(typeof object.briefTitle).toBe(object.brief === null ? 'object' : 'string');
  expect(typeof object.abstained).toBe('boolean');
  expect(typeof object.confidence).toBe('number');
  expect(object.confidence).toBeGreaterThanOrEqual(0);
  expect(object.confidence).toBeLessThanOrEqual(1);
  if (object.abstained) {
    expect(object.answer).toBeNull();
    expect(object.citation).toBeNull();
    // Why, as the reader is told it, and the words the article lacks.
    expect(object.reason).toMatch(/^The article doesn't say/);
    expect(Array.isArray(object.missing)).toBe(true);
    return;
  }
  expect(typeof object.answer).toBe('string');
  const citation = object.citation as {
    brief: string;
    sentence: number;
    sentenceNumber: number;
    text: string;
  };
  expect(Object.keys(citation)).toEqual(['brief', 'sentence', 'sentenceNumber', 'text']);
  const brief = JSON.parse(await readFile(join(FIXTURE_DIR, `${citation.brief}.json`), 'utf8'));
  // `sentence` indexes the brief file's sentences; `sentenceNumber` is the one people see, from 1.
  expect(brief.text.sentences[citation.sentence].text).toBe(citation.text);
  expect(citation.sentenceNumber).toBe(citation.sentence + 1);
}

describe('cli brief', () => {
  it('--json writes the newest brief as one object with the contract keys', async () => {
    const { code, stdout } = await runCliInProcess(['brief', '--json', '--briefs', FIXTURE_DIR]);
    expect(code).toBe(0);
    const lines = jsonLines(stdout) as Record<string, unknown>[];
    expect(lines).toHaveLength(1);
    const line = lines[0] ?? {};
    expect(Object.keys(line)).toEqual(['id', 'headline', 'bullets', 'source']);
    expect(line.id).toBe(BRIDGE_ID);
    expect(typeof line.headline).toBe('string');
    expect(Array.isArray(line.bullets)).toBe(true);
    expect((line.bullets as unknown[]).every((b) => typeof b === 'string')).toBe(true);
    expect(line.source).toEqual({
      outlet: 'Coast Daily',
      published: '2023-01-05',
      url: 'https://example.com/news/bridge',
    });
  });

  it('--all --json writes every brief, newest first; an ID picks one', async () => {
    const all = await runCliInProcess(['brief', '--all', '--json', '--briefs', FIXTURE_DIR]);
    expect(jsonLines(all.stdout).map((l) => (l as { id: string }).id)).toEqual([
      BRIDGE_ID,
      EXPO_ID,
      GARDEN_ID,
    ]);
    const one = await runCliInProcess(['brief', GARDEN_ID, '--briefs', FIXTURE_DIR]);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain('Spring garden show draws record crowds');
    expect(one.stdout).toContain('• ');
  });

  it('says so and exits 1 for an unknown brief id', async () => {
    const { code, stdout, stderr } = await runCliInProcess(['brief', 'volcano', '--briefs', FIXTURE_DIR]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('no brief with id "volcano"');
    expect(stderr).toContain('briefs');
  });
});

describe('cli ask', () => {
  it('reads one question a line from stdin and writes one JSON object a line, in order', async () => {
    const questions = [
      'How many exhibitors took part?',
      'What did the repairs cost?',
      'Who won the election?',
    ];
    const stdin = [
      questions[0],
      '',
      JSON.stringify({ question: questions[1], brief: BRIDGE_ID }),
      `  ${questions[2]}  `,
    ].join('\n');
    const { code, stdout, stderr } = await runCliInProcess(['ask', '--briefs', FIXTURE_DIR], { stdin });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = jsonLines(stdout);
    expect(lines).toHaveLength(3);
    for (const [i, line] of lines.entries()) await expectAnswerShape(line, questions[i] ?? '');
    expect((lines[1] as { brief: string }).brief).toBe(BRIDGE_ID);
  });

  it('keeps one output line per input line when a line is bad, and says why on stderr', async () => {
    const stdin = [
      '{not json',
      JSON.stringify({ question: 'What?', brief: 'volcano' }),
      'What happened?',
    ].join('\n');
    const { code, stdout, stderr } = await runCliInProcess(['ask', '--briefs', FIXTURE_DIR], { stdin });
    expect(code).toBe(1);
    const lines = jsonLines(stdout);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toEqual({
      question: '{not json',
      brief: null,
      answer: null,
      abstained: true,
      citation: null,
      confidence: 0,
      briefTitle: null,
      reason: 'not valid JSON; write plain text or {"question": "…", "brief": "…"}',
      missing: [],
    });
    await expectAnswerShape(lines[2], 'What happened?');
    expect(stderr).toContain('stdin line 1: not valid JSON');
    expect(stderr).toContain('stdin line 2: no brief with id "volcano"');
  });

  it('says in JSON why it abstained and which words the article never mentions', async () => {
    const { stdout } = await runCliInProcess([
      'ask',
      'What did Zorblax say about the harbour bridge?',
      '--json',
      '--briefs',
      FIXTURE_DIR,
    ]);
    const [line] = jsonLines(stdout) as Record<string, unknown>[];
    expect(line).toMatchObject({ abstained: true, brief: BRIDGE_ID, missing: ['Zorblax'] });
    expect(line?.reason).toBe('The article doesn\'t say: it never mentions "Zorblax".');
  });

  it('answers a QUESTION argument as JSON with --json, as text without', async () => {
    const json = await runCliInProcess([
      'ask',
      'How many exhibitors?',
      '--brief',
      EXPO_ID,
      '--json',
      '--briefs',
      FIXTURE_DIR,
    ]);
    expect(json.code).toBe(0);
    const [line] = jsonLines(json.stdout);
    await expectAnswerShape(line, 'How many exhibitors?');
    expect((line as { brief: string }).brief).toBe(EXPO_ID);
    const text = await runCliInProcess(['ask', 'How many exhibitors?', '--briefs', FIXTURE_DIR]);
    expect(text.code).toBe(0);
    expect(() => JSON.parse(text.stdout)).toThrow();
    expect(text.stdout.trim().length).toBeGreaterThan(0);
  });

  it('reads ANSWER_MIN_CONFIDENCE from the environment, and says what to set when it is bad', async () => {
    const { question, stricter } = unsureAnswer(FIXTURE_QUESTIONS, await loadFixtureBriefs());
    const args = ['ask', question, '--json', '--briefs', FIXTURE_DIR];
    const strict = await runCliInProcess(args, { env: { ANSWER_MIN_CONFIDENCE: String(stricter) } });
    expect(strict.code).toBe(0);
    expect(jsonLines(strict.stdout)).toEqual([expect.objectContaining({ abstained: true })]);
    const bad = await runCliInProcess(args, { env: { ANSWER_MIN_CONFIDENCE: 'very' } });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('ANSWER_MIN_CONFIDENCE: use a number from 0 to 1');
    expect(bad.stderr).not.toContain('very');
  });

  it('--explain shows how the question was read and the answers weighed', async () => {
    const { code, stdout } = await runCliInProcess([
      'ask',
      'How many exhibitors?',
      '--explain',
      '--briefs',
      FIXTURE_DIR,
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/reading: expects count; words exhibitors:head/);
    expect(stdout).toMatch(/^\s+\d\.\d{3}\s+\w+\s+sentence \d+: "/m);
  });
});

describe('cli errors and help', () => {
  it.each([
    [['brief', '--bogus'], '--bogus'],
    [['ask', '--brief'], '--brief'],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [[], 'no command given'],
    [['brief', 'a', 'b'], 'at most one ID'],
    [['brief', EXPO_ID, '--all'], 'either an ID or --all'],
  ])('%j is a usage mistake: exit 2 with usage on stderr', async (args, message) => {
    const { code, stdout, stderr } = await runCliInProcess(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain('Usage: npm run -s cli -- <command>');
  });

  it('help prints the usage on stdout', async () => {
    const { code, stdout } = await runCliInProcess(['help']);
    expect(code).toBe(0);
    expect(stdout).toContain('ask [QUESTION] [--brief ID] [--json] [--explain] [--briefs DIR]');
  });

  it('exits 1 when the briefs folder cannot be read', async () => {
    const { code, stderr } = await runCliInProcess(['briefs', '--briefs', '/nonexistent/briefs']);
    expect(code).toBe(1);
    expect(stderr).toContain('/nonexistent/briefs');
  });
});

describe('cli with malformed brief files', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeBrokenBriefsDir();
  });

  it('names each bad file (and field) on stderr while the good brief still loads and answers', async () => {
    const list = await runCliInProcess(['briefs', '--json', '--briefs', dir]);
    expect(list.code).toBe(0);
    expect(jsonLines(list.stdout)).toEqual([
      { id: EXPO_ID, published: '2022-08-22', title: 'Test Expo opens in Riverton with 500 exhibitors' },
    ]);
    expect(list.stderr).toContain('bad-json.json');
    expect(list.stderr).toMatch(/wrong-type\.json at title/);
    expect(list.stderr).toMatch(/out-of-range\.json at facts\.0\.sentence/);
    expect(list.stderr).toMatch(/zz-duplicate\.json at id/);

    const ask = await runCliInProcess([
      'ask',
      '--json',
      '--brief',
      EXPO_ID,
      '--briefs',
      dir,
      'How many exhibitors?',
    ]);
    expect(ask.code).toBe(0);
    expect(ask.stderr).toContain('bad-json.json');
    const [line] = jsonLines(ask.stdout);
    await expectAnswerShape(line, 'How many exhibitors?');
    expect((line as { brief: string }).brief).toBe(EXPO_ID);
  });

  it('reads BRIEFS_DIR and no credentials: broken credentials do not matter', async () => {
    const { code, stdout } = await runCliInProcess(['briefs'], {
      env: { BRIEFS_DIR: FIXTURE_DIR, PORT: 'not-a-port', SLACK_BOT_TOKEN: 'broken', DISCORD_TOKEN: 'x' },
    });
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(new RegExp(`^${BRIDGE_ID}\\s+2023-01-05\\s+Harbour bridge`));
  });
});

describe('cli with an undated article', () => {
  let dir: string;
  let undatedId: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsbrief-undated-'));
    await cp(FIXTURE_DIR, dir, { recursive: true });
    // A plain-text article with no date anywhere, ingested after the fixtures: it is the last added.
    const article = join(await mkdtemp(join(tmpdir(), 'newsbrief-articles-')), 'ferry.txt');
    await writeFile(
      article,
      'Ferry service cut to two sailings a day\n\nThe island ferry will run only two sailings a day from next month, the operator said. Two of its four boats failed safety checks last week. Repairs are expected to take until the spring, and islanders have been asked to book their crossings ahead.\n',
    );
    const ingested = await runCliInProcess(['ingest', article, '--json', '--briefs', dir]);
    expect(ingested.code).toBe(0);
    undatedId = (jsonLines(ingested.stdout)[0] as { id: string }).id;
  });

  it('briefs lists it last, as "undated" (null in --json), though it was added last', async () => {
    const text = await runCliInProcess(['briefs', '--briefs', dir]);
    const lines = text.stdout.trim().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^${BRIDGE_ID}\\s+2023-01-05\\s+Harbour bridge`));
    expect(lines.at(-1)).toMatch(new RegExp(`^${undatedId}\\s+undated\\s+Ferry service cut`));
    const json = jsonLines((await runCliInProcess(['briefs', '--json', '--briefs', dir])).stdout);
    expect(json.at(-1)).toEqual({
      id: undatedId,
      published: null,
      title: 'Ferry service cut to two sailings a day',
    });
  });

  it('brief with no ID opens the newest dated article, not the undated one', async () => {
    const { code, stdout } = await runCliInProcess(['brief', '--json', '--briefs', dir]);
    expect(code).toBe(0);
    expect((jsonLines(stdout)[0] as { id: string }).id).toBe(BRIDGE_ID);
  });
});
