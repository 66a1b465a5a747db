import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Brief } from '../../src/core/brief.schema.js';
import {
  askCommand,
  briefsCommand,
  type CommandDefinition,
  commands,
  helpCommand,
} from '../../src/core/commands/index.js';
import {
  answerBlock,
  bulletsBlock,
  citationBlock,
  feedbackOn,
  noticeBlock,
} from '../../src/core/replies/blocks.js';
import type { Reply } from '../../src/core/reply.js';
import { TerminalLines } from '../../src/logger.js';
import { type ConsoleChatOptions, runConsoleChat } from '../../src/platforms/console/console-chat.js';
import { renderConsole } from '../../src/platforms/console/console-render.js';
import { BRIDGE_ID, EXPO_ID, GARDEN_ID, loadFixtureBriefs } from '../fixtures/fixture-briefs.js';

let briefs: Brief[];
beforeAll(async () => {
  briefs = await loadFixtureBriefs();
});

const citation = {
  briefId: EXPO_ID,
  sentence: 1,
  text: 'More than 500 exhibitors took part.',
  briefTitle: 'Test Expo opens',
};
const answer: Reply = {
  kind: 'answer',
  blocks: [answerBlock('more than 500'), citationBlock(citation), feedbackOn(citation)],
  footer: 'Confidence: 87%',
};

describe('renderConsole', () => {
  it('shows the answer, the cited sentence with its brief and number, and the footer', () => {
    expect(renderConsole(answer)).toBe(
      [
        'more than 500',
        '',
        '“More than 500 exhibitors took part.”',
        '  — Test Expo opens, sentence 2',
        '',
        'Confidence: 87%',
      ].join('\n'),
    );
  });

  it('shows title, link, headings and bullets, and skips empty parts', () => {
    const text = renderConsole({
      kind: 'briefing',
      title: 'Headline',
      url: 'https://example.com/a',
      blocks: [bulletsBlock(['One.', '', 'Two.'], 'Key points'), noticeBlock(''), bulletsBlock([])],
      footer: 'Outlet · 22 Aug 2022 · https://example.com/a',
    });
    expect(text).toBe(
      'Headline\nhttps://example.com/a\n\nKey points\n• One.\n• Two.\n\nOutlet · 22 Aug 2022 · https://example.com/a',
    );
  });

  it('uses ANSI colours only when asked (a terminal)', () => {
    expect(renderConsole(answer)).not.toContain('\u001b[');
    expect(renderConsole({ ...answer, title: 'T' }, { color: true })).toContain('\u001b[1mT\u001b[0m');
  });
});

/** Drives the chat through PassThrough streams; resolves with everything it wrote. */
async function chat(lines: string[], options: Partial<ConsoleChatOptions> = {}): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let written = '';
  output.setEncoding('utf8').on('data', (chunk: string) => {
    written += chunk;
  });
  const done = runConsoleChat({ input, output, context: { briefs }, ...options });
  input.end(lines.map((l) => `${l}\n`).join(''));
  await done;
  return written;
}

describe('runConsoleChat', () => {
  it('answers /briefs and /help, and ends when the input ends', async () => {
    const out = await chat(['/briefs', '/help']);
    for (const id of [BRIDGE_ID, EXPO_ID, GARDEN_ID]) expect(out).toContain(id);
    for (const command of commands) expect(out).toContain(command.usage);
    expect(out).toContain('/quit');
  });

  it('takes a plain line as a question, as /ask does', async () => {
    const question = 'How many exhibitors took part?';
    const expected = renderConsole(askCommand.run({ text: question }, { briefs }));
    expect(await chat([question])).toBe(`${expected}\n`);
    expect(await chat([`/ask ${question}`])).toBe(`${expected}\n`);
  });

  it('routes /brief with its argument', async () => {
    const out = await chat([`/brief ${GARDEN_ID}`, '/brief volcano']);
    expect(out).toContain('Spring garden show draws record crowds');
    expect(out).toContain('No brief matches "volcano"');
  });

  it('hints at /help for an unknown slash command, and says what to type for an empty /ask', async () => {
    const out = await chat(['/weather', '/ask']);
    expect(out).toContain('Unknown command /weather');
    expect(out).toContain('Type /help');
    expect(out).toContain('Type a question after /ask');
  });

  it('writes no prompt, banner or colour when not on a terminal, and skips blank lines', async () => {
    const out = await chat(['', '   ', '/briefs']);
    expect(out.startsWith('Briefs (3)')).toBe(true);
    expect(out).not.toMatch(/^> /m);
    expect(out).not.toContain('\u001b[');
  });

  it('keeps going after a line whose handler throws', async () => {
    const boom = {
      name: 'boom',
      description: 'Always fails',
      usage: '/boom',
      options: [],
      run() {
        throw new Error('kaboom');
      },
    } satisfies CommandDefinition;
    const failures: string[] = [];
    const out = await chat(['/boom', '/briefs'], {
      commands: [boom, briefsCommand, helpCommand],
      onError: (_error, line) => failures.push(line),
    });
    expect(failures).toEqual(['/boom']);
    expect(out).toContain('Something went wrong');
    expect(out).not.toContain('kaboom');
    expect(out).toContain(BRIDGE_ID);
  });

  it('stops at /quit without waiting for the input to end', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let written = '';
    output.setEncoding('utf8').on('data', (chunk: string) => {
      written += chunk;
    });
    const done = runConsoleChat({ input, output, context: { briefs } });
    input.write('/quit\n/briefs\n');
    await done;
    expect(written).toBe('');
  });

  it('shows a prompt and a welcome line when interactive', async () => {
    const out = await chat(['/briefs'], { interactive: true });
    expect(out).toContain('3 briefs loaded');
    // The prompt, once the cursor codes readline writes before it are taken out.
    const ESC = String.fromCharCode(27);
    expect(out.replaceAll(new RegExp(`${ESC}\\[\\d*[A-Za-z]`, 'g'), '')).toMatch(/^> /m);
    expect(out).toContain('\u001b[1mBriefs (3)');
  });

  it('writes a log line above the prompt, and draws the prompt again with what was typed', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let written = '';
    output.setEncoding('utf8').on('data', (chunk: string) => {
      written += chunk;
    });
    const terminal = new TerminalLines(new PassThrough());
    const done = runConsoleChat({ input, output, context: { briefs }, interactive: true, terminal });
    input.write('How many vis');
    await new Promise((resolve) => setImmediate(resolve));
    const before = written.length;
    terminal.write('12:00:00 WARN brief skipped: x.json at title\n');
    const after = written.slice(before);
    const ESC = String.fromCharCode(27);
    // The prompt line is cleared first, the log line takes its place, then the prompt and the typing follow.
    expect(after.startsWith(`${ESC}[2K`)).toBe(true);
    const plain = after.replaceAll(new RegExp(`${ESC}\\[\\d*[A-Za-z]`, 'g'), '');
    expect(plain).toBe('12:00:00 WARN brief skipped: x.json at title\n> How many vis');
    input.end('\n');
    await done;
    // Once the chat is over, log lines go back to the terminal's stream.
    terminal.write('later\n');
    expect(written).not.toContain('later');
  });

  it('runs a line that is only a command word as that command, and says the slash form works too', async () => {
    const out = await chat(['help', 'Briefs', 'quit smoking?', 'quit', '/briefs']);
    expect(out).toContain('/ask');
    expect(out).toContain('Tip: /help works too.');
    expect(out).toContain('Briefs (3)');
    expect(out).toContain('Tip: /briefs works too.');
    // "quit smoking?" is a question; "quit" ends the chat, so the last line is never read.
    expect(out.match(/Briefs \(3\)/g)).toHaveLength(1);
  });
});
