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
