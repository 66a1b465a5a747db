import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Target } from '../../../src/core/digest/subscription.js';
import {
  eventBody,
  FAKE_BOT_USER,
  FAKE_TEAM,
  FORM,
  JSON_TYPE,
  type SlackHarness,
  sendSigned,
  slashBody,
  startSlackHarness,
} from './slack-harness.js';
import { twoCityBriefs } from './slack-library.js';

const ADMIN = 'U0ADMIN';
const LISTED = 'U0LISTED';
const IN_GROUP = 'U0EDITOR';
const GUEST = 'U0GUEST';
const EDITORS = 'S0EDITORS';
const CHANNEL = 'C0DESK';
const DESK: Target = { platform: 'slack', workspace: FAKE_TEAM, channel: CHANNEL };

let ts = 1_900_000_000;
const nextTs = () => `${++ts}.000300`;

/**
 * Who may change a channel's digest on Slack — workspace admins and owners, and SLACK_DIGEST_ADMINS by
 * member or user group — checked on the server for slash commands, mentions and direct messages alike.
 */
describe('Slack digest permissions (real Bolt, fake Slack)', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness(twoCityBriefs(), { digestAdmins: [LISTED, EDITORS] });
    h.fake.admins.add(ADMIN);
    h.fake.userGroups.set(EDITORS, [IN_GROUP]);
  });
  afterAll(() => h.stop());
  beforeEach(async () => {
    await h.store.unsubscribe(DESK);
  });

  async function slash(text: string, user: string, channel = CHANNEL) {
    const responseUrl = h.fake.responseUrl();
    const id = responseUrl.split('/').pop();
    const res = await sendSigned(
      h.eventsUrl,
      slashBody('/digest', text, responseUrl, { channel, user }),
      FORM,
    );
    expect(res.status).toBe(200);
    const response = await h.fake.waitFor(() => h.fake.responses.find((r) => r.id === id));
    return response.body as { response_type: string; text: string };
  }

  /** "@newsbrief /digest …" in the channel; the reply is the ephemeral one posted to the person. */
  async function byMention(text: string, user: string) {
    const before = h.fake.callsOf('chat.postEphemeral').length;
    const event = {
      type: 'app_mention',
      user,
      channel: CHANNEL,
      ts: nextTs(),
      text: `<@${FAKE_BOT_USER}> ${text}`,
    };
    expect((await sendSigned(h.eventsUrl, eventBody(event), JSON_TYPE)).status).toBe(200);
    const call = await h.fake.waitFor(() => h.fake.callsOf('chat.postEphemeral')[before]);
    return call.body as { user: string; text: string };
  }

  it.each([
    ['a workspace admin', ADMIN],
    ['a member SLACK_DIGEST_ADMINS lists', LISTED],
    ['a member of a user group SLACK_DIGEST_ADMINS lists', IN_GROUP],
  ])('lets %s subscribe the channel', async (_who, user) => {
    const reply = await slash('subscribe time 07:00', user);
    expect(reply.response_type).toBe('ephemeral');
    expect(await h.store.findByTarget(DESK)).toMatchObject({ createdBy: user });
  });

  it('refuses anyone else privately, naming who can, and changes nothing', async () => {
    const reply = await slash('subscribe time 07:00', GUEST);
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.text).toMatch(/Only workspace admins and owners.*can change this channel's digests/);
    expect(await h.store.findByTarget(DESK)).toBeNull();
  });

  it('lets anyone see the channel’s digest', async () => {
    await slash('subscribe time 07:00', ADMIN);
    const status = await slash('status', GUEST);
    expect(status.text).toMatch(/07:00/);
  });

  it('refuses "@newsbrief /digest unsubscribe" from a guest, privately, and keeps the digest', async () => {
    await slash('subscribe time 07:00', ADMIN);
    const refusal = await byMention('/digest unsubscribe', GUEST);
    expect(refusal.user).toBe(GUEST);
    expect(refusal.text).toMatch(/can change this channel's digests/);
    expect(await h.store.findByTarget(DESK)).not.toBeNull();
  });

  it('lets an admin unsubscribe by mention', async () => {
    await slash('subscribe time 07:00', ADMIN);
    const done = await byMention('/digest unsubscribe', ADMIN);
    expect(done.text).toMatch(/no more digests/);
    expect(await h.store.findByTarget(DESK)).toBeNull();
  });

  it('lets anyone manage the digest of their own direct messages with the bot', async () => {
    const own: Target = { platform: 'slack', workspace: FAKE_TEAM, channel: 'D0GUEST' };
    const reply = await slash('subscribe time 06:30', GUEST, 'D0GUEST');
    expect(reply.text).toMatch(/Digest subscribed/);
    expect(await h.store.findByTarget(own)).toMatchObject({ createdBy: GUEST });
  });

  it('reports, and changes nothing, when Slack will not say who the person is', async () => {
    h.fake.failNext('users.info', { error: 'missing_scope' });
    const reply = await slash('subscribe time 07:00', GUEST);
    expect(reply.text).toMatch(/failed on our side/);
    expect(await h.store.findByTarget(DESK)).toBeNull();
    expect(h.logs.some((line) => line.includes('missing_scope'))).toBe(true);
  });
});
