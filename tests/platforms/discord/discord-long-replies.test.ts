import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { briefsCommand } from '../../../src/core/commands/index.js';
import { classifyDiscordError } from '../../../src/platforms/discord/discord-errors.js';
import { renderDiscord } from '../../../src/platforms/discord/discord-render.js';
import { story } from '../../schedule/scheduler-fakes.js';
import { commandData, type DiscordHarness, startDiscordHarness } from './discord-harness.js';

const LIBRARY = Array.from({ length: 300 }, (_, i) =>
  story(`story-${String(i).padStart(3, '0')}`, '2024-05-01T08:00:00Z', {
    title: `Council story number ${i} makes news`,
  }),
);

describe('Discord: a reply longer than one message', () => {
  let h: DiscordHarness;
  beforeAll(async () => {
    h = await startDiscordHarness(LIBRARY);
  });
  afterAll(() => h.stop());

  it('/briefs over 300 briefs continues in follow-ups, every brief listed, each message within limits', async () => {
    const expected = renderDiscord(briefsCommand.run({ text: '' }, { briefs: LIBRARY })).length;
    expect(expected).toBeGreaterThan(1);
    const { token } = h.fake.sendInteraction({ type: 2, data: commandData('briefs') });
    const all = await h.fake.waitFor(() => {
      const found = h.fake.interactionReplies.filter((r) => r.token === token);
      return found.length === expected ? found : undefined;
    });
    expect(all[0]?.kind).toBe('callback');
    const text = JSON.stringify(all.map((r) => r.data.embeds));
    for (const brief of LIBRARY) expect(text).toContain(brief.id);
    for (const part of all) {
      const embeds = part.data.embeds as { description?: string }[];
      expect(embeds.length).toBeLessThanOrEqual(10);
      expect(JSON.stringify(embeds).length).toBeLessThan(6000 + 2000);
    }
    expect(all.slice(1).every((r) => r.kind === 'followup')).toBe(true);
  });
});

describe('classifyDiscordError: retry, pause or give up', () => {
  it('pauses for a deleted channel or lost access or permission, but not for a rejected token', () => {
    for (const code of [10003, 50001, 50013])
      expect(classifyDiscordError({ code, status: 403 }).kind).toBe('gone');
    expect(classifyDiscordError({ status: 401 })).toMatchObject({
      kind: 'permanent',
      message: expect.stringContaining('DISCORD_TOKEN'),
    });
  });

  it('retries Discord being down or the network, and gives up on a refused message', () => {
    expect(classifyDiscordError({ status: 502 }).kind).toBe('transient');
    expect(classifyDiscordError(new Error('connect ECONNREFUSED')).kind).toBe('transient');
    expect(classifyDiscordError({ code: 50035, status: 400 })).toMatchObject({
      kind: 'permanent',
      message: expect.stringContaining('50035'),
    });
  });
});
