import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BRIDGE_ID, EXPO_ID, FIXTURE_DIR } from './fixtures/fixture-briefs.js';
import { jsonLines } from './fixtures/json-lines.js';
import { runCliInProcess } from './fixtures/run-cli-in-process.js';

const GENERAL = 'console:local:general';

async function tempDatabase(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'newsbrief-digest-'));
  return `sqlite:${join(dir, 'digests.db')}`;
}

/** The JSON lines of `digest tick`; console digests are printed as text before them. */
const reportLines = (stdout: string) =>
  jsonLines(
    stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .join('\n'),
  ) as Record<string, unknown>[];

describe('cli digest', () => {
  it('opens the store DATABASE_URL names when no --database is given', async () => {
    const database = await tempDatabase();
    const env = { DATABASE_URL: database };
    const subscribed = await runCliInProcess(['digest', 'subscribe', '--channel', GENERAL], { env });
    expect(subscribed.code).toBe(0);
    const listed = await runCliInProcess(['digest', 'list', '--json', '--database', database]);
    expect(jsonLines(listed.stdout)).toEqual([expect.objectContaining({ channel: GENERAL })]);
  });

  it('previews what a tick would really post, and says what to type in CLI syntax', async () => {
    const db = ['--database', await tempDatabase(), '--briefs', FIXTURE_DIR];
    const before = await runCliInProcess(['digest', 'preview', '--channel', GENERAL, ...db]);
    expect(before.stdout).toContain('A digest starts from when you subscribe');
    expect(before.stdout).toContain(`npm run -s cli -- digest subscribe --channel ${GENERAL} [--time HH:MM]`);
    expect(before.stdout).not.toContain('/digest');
    await runCliInProcess([
      'digest',
      'subscribe',
      '--channel',
      GENERAL,
      '--now',
      '2026-11-25T10:00:00Z',
      ...db,
    ]);
    const preview = await runCliInProcess([
      'digest',
      'preview',
      '--channel',
      GENERAL,
      '--now',
      '2026-11-25T11:00:00Z',
      ...db,
    ]);
    const tick = await runCliInProcess(['digest', 'tick', '--now', '2026-11-26T08:01:00Z', ...db]);
    // The fixture briefs arrived years before the subscription: the preview says the tick will skip, and it does.
    expect(preview.stdout).toContain('No new stories');
    expect(preview.stdout).toContain('it will be skipped');
    expect(reportLines(tick.stdout)).toEqual([expect.objectContaining({ outcome: 'empty' })]);
  });

  it('subscribes a console channel, then a tick at --now posts it and prints the delivery', async () => {
    const database = await tempDatabase();
    const db = ['--database', database];
    const subscribed = await runCliInProcess([
      'digest',
      'subscribe',
      '--channel',
      GENERAL,
      '--time',
      '08:00',
      '--timezone',
      'Europe/Berlin',
      '--now',
      '2023-01-04T12:00:00Z',
      ...db,
    ]);
    // One at a time: the first creates the database and runs its migrations.
    await runCliInProcess([
      'digest',
      'subscribe',
      '--channel',
      'slack:T1:news',
      '--now',
      '2023-01-04T12:00:00Z',
      ...db,
    ]);
    expect(subscribed.stderr).toBe('');
    expect(subscribed.code).toBe(0);
    expect(subscribed.stdout).toContain('daily at 08:00 Europe/Berlin');

    const listed = await runCliInProcess(['digest', 'list', '--json', ...db]);
    expect(listed.code).toBe(0);
    expect(jsonLines(listed.stdout)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          channel: GENERAL,
          cron: '0 8 * * *',
          timezone: 'Europe/Berlin',
          createdBy: 'cli',
        }),
        expect.objectContaining({ channel: 'slack:T1:news', cron: '0 8 * * *', timezone: 'UTC' }),
      ]),
    );

    const ticked = await runCliInProcess([
      'digest',
      'tick',
      '--now',
      '2023-01-05T08:30:00Z',
      '--briefs',
      FIXTURE_DIR,
      ...db,
    ]);
    expect(ticked.stderr).toBe('');
    expect(ticked.code).toBe(0);
    expect(ticked.stdout).toContain('Your news digest — 5 Jan 2023');
    expect(ticked.stdout).toContain('Harbour bridge reopens after repairs');
    const [delivered, waiting] = reportLines(ticked.stdout);
    expect(delivered).toMatchObject({
      target: { platform: 'console', workspace: 'local', channel: 'general' },
      slot: '2023-01-05T07:00:00.000Z',
      outcome: 'delivered',
      late: true,
      stories: [{ id: BRIDGE_ID, title: 'Harbour bridge reopens after repairs' }],
    });
    expect(Object.keys(delivered ?? {})).toEqual([
      'subscriptionId',
      'target',
      'slot',
      'outcome',
      'late',
      'stories',
    ]);
    expect(waiting).toMatchObject({
      target: { platform: 'slack', workspace: 'T1', channel: 'news' },
      outcome: 'needs-adapter',
      error: expect.stringContaining('slack adapter'),
    });
    expect(reportLines(ticked.stdout)).toHaveLength(2);

    const [again, status] = await Promise.all([
      runCliInProcess(['digest', 'tick', '--now', '2023-01-05T08:31:00Z', '--briefs', FIXTURE_DIR, ...db]),
      runCliInProcess(['digest', 'status', '--channel', GENERAL, '--now', '2023-01-05T09:00:00Z', ...db]),
    ]);
    expect(reportLines(again.stdout).map((r) => r.outcome)).toEqual(['needs-adapter']);

    expect(status.stdout).toContain('Next run: Fri 6 Jan 2023, 08:00 CET');
    expect(status.stdout).toContain('Last delivery: Thu 5 Jan 2023, 08:00 CET — delivered (late), 1 story');

    const removed = await runCliInProcess(['digest', 'unsubscribe', '--channel', GENERAL, ...db]);
    expect(removed.code).toBe(0);
    const gone = await runCliInProcess(['digest', 'unsubscribe', '--channel', GENERAL, ...db]);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toContain('This channel has no digest');
  });

  it('prints every story of a topic-less digest due since the day before subscribing', async () => {
    const db = ['--database', await tempDatabase()];
    await runCliInProcess([
      'digest',
      'subscribe',
      '--channel',
      GENERAL,
      '--cron',
      '0 9 * * 1',
      '--now',
      '2022-08-21T00:00:00Z',
      ...db,
    ]);
    const ticked = await runCliInProcess([
      'digest',
      'tick',
      '--now',
      '2022-08-22T09:00:00Z',
      '--briefs',
      FIXTURE_DIR,
      ...db,
    ]);
    expect(reportLines(ticked.stdout)).toEqual([
      expect.objectContaining({
        outcome: 'delivered',
        late: false,
        stories: [expect.objectContaining({ id: EXPO_ID })],
      }),
    ]);
  });

  it('exits 2 with the usage for a bad --channel, action, --now or option value', async () => {
    const db = ['--database', await tempDatabase()];
    const run = (...args: string[]) => runCliInProcess(['digest', ...args, ...db]);
    const [badChannel, badPlatform, noAction, badNow, badTime, badZone, badCron] = await Promise.all([
      run('subscribe', '--channel', 'general'),
      run('list', '--channel', 'irc:x:y'),
      run(),
      run('tick', '--now', 'tomorrow'),
      run('subscribe', '--channel', GENERAL, '--time', '7pm'),
      run('subscribe', '--channel', GENERAL, '--timezone', 'Mars/Base'),
      run('subscribe', '--channel', GENERAL, '--cron', '99 * * * *'),
    ]);
    expect(badChannel.code).toBe(2);
    expect(badChannel.stderr).toContain('is not PLATFORM:WORKSPACE:CHANNEL');
    expect(badChannel.stderr).toContain('Usage: npm run -s cli -- <command>');
    expect(badPlatform.code).toBe(2);
    expect(noAction.code).toBe(2);
    expect(badNow.code).toBe(2);
    expect(badNow.stderr).toContain('ISO-8601');
    expect(badTime.code).toBe(2);
    expect(badTime.stderr).toContain('Time must be HH:MM, like 07:30');
    expect(badZone.code).toBe(2);
    expect(badZone.stderr).toContain('Unknown time zone');
    expect(badCron.code).toBe(2);
    expect(badCron.stderr).toContain('Cron must be five fields');
  });

  it('exits 1 when the store cannot be opened', async () => {
    const result = await runCliInProcess(['digest', 'list', '--database', 'mysql://nope/db']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--database URL');
  });
});
