import { beforeAll, describe, expect, it } from 'vitest';
import { byId, FIXTURE_DIR, loadFixtureBriefs } from './fixtures/fixture-briefs.js';
import { jsonLines } from './fixtures/json-lines.js';
import { type CliRun, runCliInProcess } from './fixtures/run-cli-in-process.js';
import { FIXTURE_QUESTIONS, type UnsureAnswer, unsureAnswer } from './helpers/unsure-answer.js';

/**
 * `cli ask` in process (no child processes): the article a routed question was answered from, or checked,
 * is named in the JSON (briefTitle) and in the text; how sure an answer must be comes from
 * --min-confidence, else ANSWER_MIN_CONFIDENCE (read by the CLI's config), else the engine's default.
 */

let unsure: UnsureAnswer;
let title: string;
let strict: string;
beforeAll(async () => {
  const briefs = await loadFixtureBriefs();
  unsure = unsureAnswer(FIXTURE_QUESTIONS, briefs);
  title = byId(briefs, unsure.briefId).title;
  strict = String(unsure.stricter);
});

/** `cli ARGS` on the fixture briefs, with ANSWER_MIN_CONFIDENCE set when `minConfidence` is given. */
const cli = (args: string[], options: { stdin?: string; minConfidence?: string } = {}) =>
  runCliInProcess(args, {
    ...(options.stdin === undefined ? {} : { stdin: options.stdin }),
    env: {
      BRIEFS_DIR: FIXTURE_DIR,
      ...(options.minConfidence === undefined ? {} : { ANSWER_MIN_CONFIDENCE: options.minConfidence }),
    },
  });

const json = (run: CliRun) => jsonLines(run.stdout) as Record<string, unknown>[];

describe('cli ask names the article of a routed question', () => {
  it('--json adds briefTitle after the contract keys, for an answer', async () => {
    const run = await cli(['ask', unsure.question, '--json']);
    expect(run.code).toBe(0);
    const [line] = json(run);
    expect(Object.keys(line ?? {})).toEqual([
      'question',
      'brief',
      'answer',
      'abstained',
      'citation',
      'confidence',
      'briefTitle',
    ]);
    expect(line).toMatchObject({ brief: unsure.briefId, abstained: false, briefTitle: title });
  });

  it('--json names the brief it checked for an abstention', async () => {
    const run = await cli(['ask', unsure.question, '--json', '--min-confidence', strict]);
    expect(run.code).toBe(0);
    expect(json(run)).toEqual([
      expect.objectContaining({ brief: unsure.briefId, abstained: true, answer: null, briefTitle: title }),
    ]);
  });

  it('names it in the text, answered or not', async () => {
    const answered = await cli(['ask', unsure.question]);
    expect(answered.stdout).toContain(`— ${title}, sentence`);
    const abstained = await cli(['ask', unsure.question, '--min-confidence', strict]);
    expect(abstained.stdout).toContain(`Checked: «${title}»`);
  });

  it('gives every stdin line its briefTitle, and null to a line it could not ask', async () => {
    const run = await cli(['ask'], { stdin: `${unsure.question}\n{not json\n` });
    expect(run.code).toBe(1);
    expect(json(run).map((line) => line.briefTitle)).toEqual([title, null]);
  });
});

describe('cli ask --min-confidence and ANSWER_MIN_CONFIDENCE', () => {
  const abstained = async (args: string[], minConfidence?: string) => {
    const run = await cli(
      ['ask', unsure.question, '--json', ...args],
      minConfidence === undefined ? {} : { minConfidence },
    );
    expect(run.code).toBe(0);
    return json(run)[0]?.abstained;
  };

  it('abstains under a high threshold where the default answers', async () => {
    expect(await abstained([])).toBe(false);
    expect(await abstained(['--min-confidence', strict])).toBe(true);
    expect(await abstained([], strict)).toBe(true);
    // The option wins over the environment.
    expect(await abstained(['--min-confidence', '0'], strict)).toBe(false);
  });

  it('applies to questions read from stdin', async () => {
    const run = await cli(['ask', '--min-confidence', strict], { stdin: `${unsure.question}\n` });
    expect(json(run)[0]?.abstained).toBe(true);
  });

  it('calls a bad --min-confidence a usage mistake', async () => {
    for (const value of ['2', 'sure']) {
      const run = await cli(['ask', unsure.question, '--min-confidence', value]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('--min-confidence: use a number from 0 to 1');
    }
  });

  it('reports a bad ANSWER_MIN_CONFIDENCE and what to set, only when asking', async () => {
    const bad = 'very';
    const run = await cli(['ask', unsure.question], { minConfidence: bad });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('ANSWER_MIN_CONFIDENCE: use a number from 0 to 1');
    expect(run.stderr).toContain('; or pass --min-confidence N');
    // Any variable may hold a secret: the message says what to set, never the value.
    expect(run.stderr).not.toContain(bad);
    expect((await cli(['briefs'], { minConfidence: bad })).code).toBe(0);
    expect(
      (await cli(['ask', unsure.question, '--min-confidence', '0.5'], { minConfidence: bad })).code,
    ).toBe(0);
  });
});
