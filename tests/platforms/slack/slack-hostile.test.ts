import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FORM,
  JSON_TYPE,
  type SlackHarness,
  sendSigned,
  slashBody,
  startSlackHarness,
} from './slack-harness.js';
import { twoCityBriefs } from './slack-library.js';

/** Bodies that carry a valid signature but are not what Slack sends: each is refused, none stops the bot. */
const MALFORMED: Array<[string, string, string]> = [
  ['JSON null', 'null', JSON_TYPE],
  ['a JSON array', '[]', JSON_TYPE],
  ['a JSON string', '"event"', JSON_TYPE],
  ['a JSON number', '42', JSON_TYPE],
  ['an empty object', '{}', JSON_TYPE],
  ['broken JSON', '{"type":', JSON_TYPE],
  ['an event without its event', '{"type":"event_callback"}', JSON_TYPE],
  ['an interaction payload of null', 'payload=null', FORM],
  ['an interaction payload that is not JSON', 'payload=%7Bnope', FORM],
  ['an empty form', '', FORM],
];

describe('Slack requests that are signed but malformed (real Bolt, fake Slack)', () => {
  let h: SlackHarness;
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => rejections.push(reason);
  beforeAll(async () => {
    process.on('unhandledRejection', onRejection);
    h = await startSlackHarness(twoCityBriefs());
  });
  afterAll(async () => {
    process.off('unhandledRejection', onRejection);
    await h.stop();
  });

  it.each(MALFORMED)('refuses %s without throwing, and keeps answering', async (_what, body, type) => {
    const res = await sendSigned(h.eventsUrl, body, type);
    expect(res.status).toBeGreaterThanOrEqual(200);
    expect(res.status).toBeLessThan(500);
    const responseUrl = h.fake.responseUrl();
    const ok = await sendSigned(h.eventsUrl, slashBody('/briefs', '', responseUrl), FORM);
    expect(ok.status).toBe(200);
    await h.fake.waitFor(() => h.fake.responses.find((r) => r.id === responseUrl.split('/').pop()));
    expect(rejections).toEqual([]);
  });
});

describe('Slack requests replayed or stamped out of time (real Bolt, fake Slack)', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness(twoCityBriefs());
  });
  afterAll(() => h.stop());

  const ask = (responseUrl: string) =>
    slashBody('/ask', 'How much did the Oakton library cost?', responseUrl);
  const answered = (responseUrl: string) =>
    h.fake.responses.filter((r) => r.id === responseUrl.split('/').pop());

  it('acts on a captured signed command once, however often it is sent again', async () => {
    const responseUrl = h.fake.responseUrl();
    const body = ask(responseUrl);
    const timestamp = Math.floor(Date.now() / 1000);
    const first = await sendSigned(h.eventsUrl, body, FORM, { timestamp });
    expect(first.status).toBe(200);
    await h.fake.waitFor(() => answered(responseUrl)[0]);
    for (let i = 0; i < 5; i++)
      expect((await sendSigned(h.eventsUrl, body, FORM, { timestamp })).status).toBe(401);
    expect(h.logs.some((line) => line.includes('a replayed request'))).toBe(true);
    expect(answered(responseUrl)).toHaveLength(1);
  });

  it.each([
    ['ten minutes in the future', Math.floor(Date.now() / 1000) + 600],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['not a number', Number.NaN],
  ])('refuses a correctly signed request stamped %s', async (_what, timestamp) => {
    const responseUrl = h.fake.responseUrl();
    expect((await sendSigned(h.eventsUrl, ask(responseUrl), FORM, { timestamp })).status).toBe(401);
    // A command that is acted on is answered within milliseconds: a later one marks the wait.
    const marker = h.fake.responseUrl();
    await sendSigned(h.eventsUrl, slashBody('/briefs', '', marker), FORM);
    await h.fake.waitFor(() => answered(marker)[0]);
    expect(answered(responseUrl)).toEqual([]);
  });
});
