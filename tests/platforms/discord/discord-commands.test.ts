import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_CHANNEL, FAKE_GUILD } from '../../fakes/fake-discord.js';
import { twoCityBriefs } from '../slack/slack-library.js';
import {
  autocompleteData,
  commandData,
  type DiscordHarness,
  startDiscordHarness,
} from './discord-harness.js';

const EPHEMERAL = 1 << 6;
type Embed = {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
};
const textOf = (embeds: Embed[]) =>
  embeds
    .flatMap((e) => [
      e.title,
      e.description,
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
      e.footer?.text,
    ])
    .join('\n');

/** Slash commands end to end: a gateway INTERACTION_CREATE → real discord.js → the interaction callback. */
describe('Discord slash commands (real discord.js, fake Discord)', () => {
  let h: DiscordHarness;
  beforeAll(async () => {
    h = await startDiscordHarness(twoCityBriefs());
  });
  afterAll(() => h.stop());

  /** Sends an interaction and waits for its callback (and, when deferred, its edit). */
  async function interact(data: unknown, type = 2, member?: Record<string, unknown>) {
    const { id, token } = h.fake.sendInteraction({ type, data, ...(member ? { member } : {}) });
    const callback = await h.fake.waitFor(() =>
      h.fake.interactionReplies.find((r) => r.interactionId === id && r.kind === 'callback'),
    );
    const edited = () =>
      h.fake.waitFor(() => h.fake.interactionReplies.find((r) => r.token === token && r.kind === 'edit'));
    return { callback, edited };
  }

  it('/brief replies at once with the briefing as an embed: title, bullets, source', async () => {
    const { callback } = await interact(commandData('brief', { brief: 'pinecrest-stadium' }));
    expect(callback.type).toBe(4);
    const embeds = callback.data.embeds as Embed[];
    expect(embeds[0]?.title).toMatch(/Pinecrest stadium/);
    expect(textOf(embeds)).toContain('90 million dollars');
    expect(callback.data.allowed_mentions).toEqual({ parse: [] });
    expect((callback.data.flags ?? 0) & EPHEMERAL).toBe(0);
  });

  it("/brief's option suggests brief titles as the person types", async () => {
    const { callback } = await interact(autocompleteData('brief', 'brief', 'oak'), 4);
    expect(callback.type).toBe(8);
    expect(callback.data.choices).toEqual([
      { name: expect.stringContaining('Oakton library'), value: 'oakton-library' },
    ]);
  });

  it('/ask answers with the cited sentence and names its article', async () => {
    const { callback } = await interact(
      commandData('ask', { question: 'How many fans does the Pinecrest stadium seat?' }),
    );
    const text = textOf(callback.data.embeds as Embed[]);
    expect(text).toContain('20,000');
    expect(text).toContain('seats 20,000 fans');
    expect(text).toMatch(/sentence 2/);
  });

  it('/ask says plainly when the articles do not say', async () => {
    const { callback } = await interact(commandData('ask', { question: 'What is the capital of Peru?' }));
    expect(textOf(callback.data.embeds as Embed[])).toMatch(/doesn't say/);
  });

  it('/digest subscribe defers privately, then stores the digest for this channel and says so', async () => {
    const { callback, edited } = await interact(
      commandData('digest', { time: '07:30', timezone: 'Europe/Berlin', topics: 'sport' }, 'subscribe'),
    );
    expect(callback.type).toBe(5);
    expect(callback.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(textOf((await edited()).data.embeds as Embed[])).toMatch(/subscribed/i);
    const saved = await h.store.findByTarget({
      platform: 'discord',
      workspace: FAKE_GUILD,
      channel: FAKE_CHANNEL,
    });
    expect(saved).toMatchObject({ cron: '30 7 * * *', timezone: 'Europe/Berlin', topics: ['sport'] });
  });

  it('/digest with a bad time says what to type instead, and stores nothing new', async () => {
    const before = await h.store.list();
    const { edited } = await interact(commandData('digest', { time: '25:99' }, 'subscribe'));
    expect(textOf((await edited()).data.embeds as Embed[])).toMatch(/HH:MM/);
    expect(await h.store.list()).toEqual(before);
  });

  it("/digest's time zone suggests IANA zones as the person types", async () => {
    const { callback } = await interact(autocompleteData('digest', 'timezone', 'berl', 'subscribe'), 4);
    expect(callback.data.choices).toContainEqual({ name: 'Europe/Berlin', value: 'Europe/Berlin' });
  });

  it('/help lists every command', async () => {
    const { callback } = await interact(commandData('help'));
    const text = textOf(callback.data.embeds as Embed[]);
    for (const name of ['/brief', '/ask', '/briefs', '/digest']) expect(text).toContain(name);
  });
});
