import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedBrief } from '../../helpers/seed-brief.js';
import {
  FAKE_TEAM,
  FORM,
  type SlackHarness,
  sendSigned,
  slashBody,
  startSlackHarness,
} from './slack-harness.js';
import { twoCityBriefs } from './slack-library.js';

/** Every slash command, end to end: signed request → real Bolt → ack → reply on the response_url. */
describe('Slack slash commands (real Bolt, fake Slack)', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness([loadSeedBrief(), ...twoCityBriefs()]);
  });
  afterAll(() => h.stop());

  async function slash(command: string, text: string, where: { channel?: string; user?: string } = {}) {
    const responseUrl = h.fake.responseUrl();
    const id = responseUrl.split('/').pop();
    const res = await sendSigned(h.eventsUrl, slashBody(command, text, responseUrl, where), FORM);
    expect(res.status).toBe(200);
    const response = await h.fake.waitFor(() => h.fake.responses.find((r) => r.id === id));
    return response.body as { response_type: string; text: string; blocks: { type: string }[] };
  }

  it('/brief posts the briefing of the brief named, in the channel, as a header, bullets and a source line', async () => {
    const reply = await slash('/brief', 'pinecrest');
    expect(reply.response_type).toBe('in_channel');
    expect(reply.blocks[0]).toMatchObject({
      type: 'header',
      text: { text: expect.stringMatching(/Pinecrest stadium/) },
    });
    expect(reply.text).toContain('90 million dollars');
    expect(reply.blocks.at(-1)?.type).toBe('context');
  });

  it('/ask answers in the channel, quoting the cited sentence and naming its brief, with 👍/👎 buttons', async () => {
    const reply = await slash('/ask', 'How many fans does the Pinecrest stadium seat?');
    expect(reply.response_type).toBe('in_channel');
    expect(reply.text).toContain('20,000');
    expect(reply.text).toContain('> The stadium cost 90 million dollars and seats 20,000 fans.');
    expect(reply.text).toMatch(/Pinecrest stadium.*sentence 2/);
    const actions = reply.blocks.find((b) => b.type === 'actions') as unknown as {
      elements: { action_id: string }[];
    };
    expect(actions.elements.map((e) => e.action_id)).toEqual([
      'newsbrief_feedback_up',
      'newsbrief_feedback_down',
    ]);
  });

  it('/ask says plainly when the articles do not say, and cites nothing', async () => {
    const reply = await slash('/ask', 'What is the capital of Peru?');
    expect(reply.text).toMatch(/doesn't say/);
    expect(reply.text).not.toMatch(/sentence \d/);
  });

  it('/ask with no question tells the person, privately, what to type', async () => {
    const reply = await slash('/ask', '   ');
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.text).toContain('/ask How many');
  });

  it('/briefs lists every brief and /help adds how to talk to the bot in Slack', async () => {
    const list = await slash('/briefs', '');
    expect(list.text).toContain('oakton-library');
    expect(list.text).toContain('pinecrest-stadium');
    const help = await slash('/help', '');
    expect(help.text).toContain('/digest');
    expect(help.text).toMatch(/Mention @newsbrief/);
  });

  it('/digest subscribe stores this channel’s digest for the person who typed it and answers privately', async () => {
    h.fake.admins.add('U0BOB');
    const reply = await slash('/digest', 'subscribe time 07:30 timezone Europe/Berlin topics sport', {
      channel: 'C0SPORT',
      user: 'U0BOB',
    });
    expect(reply.response_type).toBe('ephemeral');
    const saved = await h.store.findByTarget({ platform: 'slack', workspace: FAKE_TEAM, channel: 'C0SPORT' });
    expect(saved).toMatchObject({
      cron: '30 7 * * *',
      timezone: 'Europe/Berlin',
      topics: ['sport'],
      createdBy: 'U0BOB',
    });
    const status = await slash('/digest', 'status', { channel: 'C0SPORT' });
    expect(status.response_type).toBe('ephemeral');
    expect(status.text).toMatch(/07:30/);
  });

  it('/digest with a bad option says what to type instead, privately, and stores nothing', async () => {
    h.fake.admins.add('U0BOB');
    const reply = await slash('/digest', 'subscribe time 25:99', { channel: 'C0BAD', user: 'U0BOB' });
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.text).toMatch(/HH:MM/);
    expect(
      await h.store.findByTarget({ platform: 'slack', workspace: FAKE_TEAM, channel: 'C0BAD' }),
    ).toBeNull();
  });

  it('tells the person privately, on the same response_url, when Slack refuses the reply', async () => {
    h.fake.refusedResponses.push(400);
    const note = await slash('/brief', '');
    expect(note.response_type).toBe('ephemeral');
    expect(note.text).toMatch(/couldn't post my reply/);
  });

  it('acknowledges with an empty 200 and sends the reply separately, so no work delays the ack', async () => {
    const responseUrl = h.fake.responseUrl();
    const res = await sendSigned(h.eventsUrl, slashBody('/brief', '', responseUrl), FORM);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    const id = responseUrl.split('/').pop();
    const response = await h.fake.waitFor(() => h.fake.responses.find((r) => r.id === id));
    expect(response.body).toMatchObject({ response_type: 'in_channel' });
  });
});
