import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BOT_TOKEN,
  eventBody,
  FAKE_BOT_USER,
  JSON_TYPE,
  SIGNING_SECRET,
  type SlackHarness,
  sendSigned,
  startSlackHarness,
} from './slack-harness.js';
import { twoCityBriefs } from './slack-library.js';

let ts = 1_800_000_000;
const nextTs = () => `${++ts}.000200`;

/** An app_mention event: `text` after the bot's mention, from Alice unless `user` says otherwise. */
function mention(channel: string, text: string, extra: Record<string, unknown> = {}) {
  return {
    type: 'app_mention',
    user: 'U0ALICE',
    channel,
    ts: nextTs(),
    text: `<@${FAKE_BOT_USER}> ${text}`,
    ...extra,
  };
}

/** Questions outside slash commands: mentions, thread follow-ups, direct messages; and Slack's safety rules. */
describe('Slack conversations (real Bolt, fake Slack)', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness(twoCityBriefs());
  });
  afterAll(() => h.stop());

  const posted = (channel: string, count: number) =>
    h.fake.waitFor(() => {
      const found = h.fake.messages.filter((m) => m.channel === channel);
      return found.length >= count ? found : undefined;
    });

  async function send(event: Record<string, unknown>, eventId?: string) {
    const res = await sendSigned(h.eventsUrl, eventBody(event, eventId), JSON_TYPE);
    expect(res.status).toBe(200);
  }

  it('answers a mention in a thread under it, citing the sentence', async () => {
    const at = nextTs();
    await send(mention('C0MENTION', 'How many fans does the Pinecrest stadium seat?', { ts: at }));
    const [reply] = await posted('C0MENTION', 1);
    expect(reply?.thread_ts).toBe(at);
    expect(reply?.text).toContain('20,000');
    expect(reply?.text).toContain('seats 20,000 fans');
  });

  it('answers a follow-up in that thread about the same article, even with no mention', async () => {
    const at = nextTs();
    await send(mention('C0THREAD', 'How many fans does the Pinecrest stadium seat?', { ts: at }));
    await posted('C0THREAD', 1);
    // Across the whole library this question is answered from the Oakton library (12 million); the
    // thread is about the stadium.
    await send({
      type: 'message',
      user: 'U0BOB',
      channel: 'C0THREAD',
      ts: nextTs(),
      thread_ts: at,
      text: 'How much did it cost?',
    });
    const [, followUp] = await posted('C0THREAD', 2);
    expect(followUp?.thread_ts).toBe(at);
    expect(followUp?.text).toContain('90 million dollars');
  });

  it('stays quiet in threads it has not joined and about other bots’ messages', async () => {
    await send({
      type: 'message',
      user: 'U0BOB',
      channel: 'C0QUIET',
      ts: nextTs(),
      thread_ts: nextTs(),
      text: 'How much did it cost?',
    });
    await send({
      type: 'message',
      subtype: 'bot_message',
      bot_id: 'B0OTHER',
      user: 'U0OTHER',
      channel: 'D0DM',
      channel_type: 'im',
      ts: nextTs(),
      text: 'How much did it cost?',
    });
    // A later DM is answered; had the two above been answered, their posts would come first.
    await send({
      type: 'message',
      user: 'U0ALICE',
      channel: 'D0DM',
      channel_type: 'im',
      ts: nextTs(),
      text: 'Who cut the ribbon?',
    });
    const [dm] = await posted('D0DM', 1);
    expect(dm?.text).toContain('Ruth Alvarez');
    expect(h.fake.messages.filter((m) => m.channel === 'C0QUIET')).toHaveLength(0);
  });

  it('answers a direct message in the conversation, not in a thread', async () => {
    await send({
      type: 'message',
      user: 'U0CAROL',
      channel: 'D0CAROL',
      channel_type: 'im',
      ts: nextTs(),
      text: 'How much did the Oakton library cost?',
    });
    const [reply] = await posted('D0CAROL', 1);
    expect(reply?.thread_ts).toBeUndefined();
    expect(reply?.text).toContain('12 million dollars');
  });

  it('handles an event Slack re-sends (same event_id) once', async () => {
    const event = mention('C0RETRY', 'Who cut the ribbon?');
    await send(event, 'EvSAME');
    await sendSigned(h.eventsUrl, eventBody(event, 'EvSAME'), JSON_TYPE, {
      headers: { 'x-slack-retry-num': '1' },
    });
    await send({ ...event, ts: nextTs(), text: `<@${FAKE_BOT_USER}> How many fans does the stadium seat?` });
    const replies = await posted('C0RETRY', 2);
    expect(replies.map((r) => (r.text.includes('Ruth Alvarez') ? 'ribbon' : 'fans'))).toEqual([
      'ribbon',
      'fans',
    ]);
  });

  it('never lets a question or an article ping the channel', async () => {
    await send(mention('C0PING', '<!channel> @here who is <@U0BOSS> anyway?', { user: 'U0EVE' }));
    const [reply] = await posted('C0PING', 1);
    const everything = JSON.stringify(reply);
    expect(everything).not.toMatch(/<!channel>|<!here>|<@U0BOSS>/);
    expect(reply?.text).not.toMatch(/@here\b/);
  });

  it('rejects a request with a bad or stale signature with 401, and runs nothing', async () => {
    const before = h.fake.messages.length;
    const event = mention('C0FORGED', 'Who cut the ribbon?', { user: 'U0MALLORY' });
    const forged = await sendSigned(h.eventsUrl, eventBody(event), JSON_TYPE, { secret: 'not-the-secret' });
    expect(forged.status).toBe(401);
    const stale = await sendSigned(h.eventsUrl, eventBody(event), JSON_TYPE, {
      timestamp: Math.floor(Date.now() / 1000) - 600,
    });
    expect(stale.status).toBe(401);
    const unsigned = await fetch(h.eventsUrl, {
      method: 'POST',
      headers: { 'content-type': JSON_TYPE },
      body: eventBody(event),
    });
    expect(unsigned.status).toBe(401);
    await new Promise((r) => setTimeout(r, 100));
    expect(h.fake.messages.length).toBe(before);
  });

  it('retries a reply that Slack rate-limits, after the Retry-After it gave', async () => {
    h.fake.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    const started = Date.now();
    await send(mention('C0LIMIT', 'Who cut the ribbon?'));
    const [reply] = await posted('C0LIMIT', 1);
    expect(reply?.text).toContain('Ruth Alvarez');
    const attempts = h.fake.callsOf('chat.postMessage').filter((c) => c.body.channel === 'C0LIMIT');
    expect(attempts).toHaveLength(2);
    expect((attempts[1]?.at ?? 0) - started).toBeGreaterThanOrEqual(1000);
  });

  it('tells the person privately when Slack refuses the reply, and logs the code', async () => {
    h.fake.failNext('chat.postMessage', { error: 'msg_too_long' });
    await send(mention('C0REFUSE', 'Who cut the ribbon?', { user: 'U0DAN' }));
    const note = await h.fake.waitFor(() =>
      h.fake.callsOf('chat.postEphemeral').find((c) => c.body.channel === 'C0REFUSE'),
    );
    expect(note.body.user).toBe('U0DAN');
    expect(String(note.body.text)).toContain('msg_too_long');
    expect(h.logs.join('')).toMatch(/"code":"msg_too_long"/);
  });

  it("answers Slack's URL check when the request URL is saved, and GET /healthz for a load balancer", async () => {
    const check = await sendSigned(
      h.eventsUrl,
      JSON.stringify({ type: 'url_verification', challenge: 'c-123' }),
      JSON_TYPE,
    );
    expect(check.status).toBe(200);
    expect(await check.text()).toContain('c-123');
    const health = await fetch(h.eventsUrl.replace('/slack/events', '/healthz'));
    expect([health.status, await health.text()]).toEqual([200, 'ok']);
  });

  it('never writes a token or the signing secret to its log', () => {
    const log = h.logs.join('');
    expect(log.length).toBeGreaterThan(0);
    expect(log).not.toContain(BOT_TOKEN);
    expect(log).not.toContain(SIGNING_SECRET);
  });
});
