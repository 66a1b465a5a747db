import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBriefs } from '../../src/briefs/load-briefs.js';
import type { Brief } from '../../src/core/brief.schema.js';
import { buildBriefing } from '../../src/core/briefing/build-briefing.js';
import { findBrief, newestBrief, sortNewestFirst } from '../../src/core/commands/find-brief.js';
import { briefCommand, briefsCommand, type CommandContext } from '../../src/core/commands/index.js';
import { listedDate } from '../../src/core/replies/brief-date.js';
import { briefingReply, formatDay, outletAndDay } from '../../src/core/replies/briefing-reply.js';
import { buildBrief } from '../../src/ingest/build-brief.js';
import { writeBrief } from '../../src/ingest/write-brief.js';
import { BRIDGE_ID, byId, FIXTURE_DIR, GARDEN_ID, loadFixtureBriefs } from '../fixtures/fixture-briefs.js';
import { blocksText } from './reply-texts.js';

/** A plain-text article pasted without any date: it must not become "today's" news. */
const UNDATED_TEXT = [
  'Ferry service to the islands cut to two sailings a day',
  'By Jane Doe, Coast Daily',
  '',
  'The island ferry will run only two sailings a day from next month, the operator said, after two of its four boats failed safety checks.',
  '',
  'Passengers said the cut would leave workers stranded on the mainland. "I will lose my job if I cannot get back by six," one commuter said.',
].join('\n');

const ADDED_LATER = new Date('2030-01-15T08:00:00Z');

let fixtures: Brief[];
let undated: Brief;
let context: CommandContext;

beforeAll(async () => {
  fixtures = await loadFixtureBriefs();
  undated = buildBrief({ origin: 'ferry.txt', text: UNDATED_TEXT }, { now: ADDED_LATER });
  context = { briefs: [...fixtures, undated] };
});

describe('an undated brief among dated ones', () => {
  it('is undated, though added after every other brief', () => {
    expect(undated.undated).toBe(true);
    expect(undated.published).toBe('2030-01-15');
    expect(undated.addedAt).toBe(ADDED_LATER.toISOString());
  });

  it('/brief with no argument opens the newest dated article, not the undated one added later', () => {
    const reply = briefCommand.run({}, context);
    expect(reply).toEqual(briefingReply(buildBriefing(byId(fixtures, BRIDGE_ID))));
    expect(newestBrief(context.briefs)?.id).toBe(BRIDGE_ID);
  });

  it('/brief still finds the undated article by its title', () => {
    expect(findBrief(context.briefs, 'ferry islands')?.id).toBe(undated.id);
    const reply = briefCommand.run({ text: 'ferry service' }, context);
    expect(reply.title).toMatch(/Ferry service to the islands/);
  });

  it('/briefs lists it after the dated briefs, as "undated" instead of a date', () => {
    const text = blocksText(briefsCommand.run({}, context));
    const lines = text.split('\n').filter((line) => line.includes(' · '));
    expect(lines.at(-1)).toBe(`${undated.id} · undated · ${undated.title}`);
    expect(lines[0]).toContain(`${BRIDGE_ID} · 2023-01-05 · `);
    expect(text).not.toContain('2030-01-15 ·');
  });

  it('shows "undated" where a briefing or a digest names the source and its date', () => {
    expect(outletAndDay({ outlet: 'Coast Daily', published: null })).toBe('Coast Daily · undated');
    expect(outletAndDay({ outlet: null, published: null })).toBe('undated');
    expect(formatDay(null)).toBe('undated');
    expect(listedDate(undated)).toBe('undated');
    expect(listedDate(byId(fixtures, GARDEN_ID))).toBe('2021-03-10');
    expect(buildBriefing(undated).source.published).toBeNull();
    expect(briefingReply(buildBriefing(undated)).footer).toMatch(/· undated$|^undated$/);
  });
});

describe('newest first', () => {
  const at = (id: string, published: string, addedAt?: string, isUndated = false): Brief =>
    ({
      ...undated,
      id,
      published,
      ...(addedAt ? { addedAt } : { addedAt: undefined }),
      ...(isUndated ? { undated: true } : { undated: undefined }),
    }) as Brief;

  it('orders by the article’s date, then by when it was added, undated ones last by when added', () => {
    const briefs = [
      at('undated-old', '2024-01-01', '2024-01-01T10:00:00Z', true),
      at('same-day-first', '2024-05-01', '2024-05-01T08:00:00Z'),
      at('undated-new', '2024-06-01', '2024-06-01T10:00:00Z', true),
      at('older', '2024-04-30', '2024-06-02T00:00:00Z'),
      at('same-day-later', '2024-05-01', '2024-05-03T08:00:00Z'),
      at('same-day-no-added-at', '2024-05-01'),
    ];
    expect(sortNewestFirst(briefs).map((b) => b.id)).toEqual([
      'same-day-later',
      'same-day-first',
      'same-day-no-added-at',
      'older',
      'undated-new',
      'undated-old',
    ]);
  });

  it('gives the newest undated brief when every brief is undated', () => {
    const briefs = [
      at('a', '2024-01-01', '2024-01-01T10:00:00Z', true),
      at('b', '2024-02-01', '2024-02-01T10:00:00Z', true),
    ];
    expect(newestBrief(briefs)?.id).toBe('b');
  });
});

describe('brief files and the undated mark', () => {
  it('loads an old brief file without the field as a dated brief', async () => {
    const raw = JSON.parse(await readFile(join(FIXTURE_DIR, `${BRIDGE_ID}.json`), 'utf8'));
    expect('undated' in raw).toBe(false);
    const { briefs, problems } = await loadBriefs(FIXTURE_DIR);
    expect(problems).toEqual([]);
    expect(briefs.map((b) => b.undated)).toEqual([undefined, undefined, undefined]);
  });

  it('writes the mark to the file and reads it back', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsbrief-undated-'));
    const { path } = await writeBrief(dir, undated);
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({
      published: '2030-01-15',
      undated: true,
    });
    const { briefs } = await loadBriefs(dir);
    expect(briefs[0]?.undated).toBe(true);
  });
});
