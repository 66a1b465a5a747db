import { afterEach, describe, expect, it } from 'vitest';
import { SlackStartError } from '../../../src/platforms/slack/slack-bot.js';
import { FAKE_TEAM } from '../../fakes/fake-slack.js';
import { type SlackHarness, startSlackHarness } from './slack-harness.js';
import { twoCityBriefs } from './slack-library.js';

/** Starting the bot: Socket Mode end to end, and a rejected token. */
describe('Slack bot start', () => {
  let h: SlackHarness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it('in Socket Mode, acks a slash command on the socket and replies on its response_url', async () => {
    h = await startSlackHarness(twoCityBriefs(), { socket: true });
    const url = h.fake.responseUrl();
    const ack = await h.fake.sendEnvelope('slash_commands', {
      team_id: FAKE_TEAM,
      channel_id: 'C0SOCKET',
      user_id: 'U0ALICE',
      command: '/ask',
      text: 'Who cut the ribbon?',
      response_url: url,
      trigger_id: '1.2.3',
      api_app_id: 'A0FAKE',
    });
    expect(ack).toEqual({});
    const id = url.split('/').pop();
    const response = await h.fake.waitFor(() => h?.fake.responses.find((r) => r.id === id));
    expect(response.body).toMatchObject({ response_type: 'in_channel' });
    expect(String(response.body.text)).toContain('Ruth Alvarez');
    expect(h.bot.port).toBeNull();
  });

  it('in Socket Mode, refuses to start with an app token Slack rejects, naming SLACK_APP_TOKEN', async () => {
    const wrong = 'xapp-1-A0FAKE-9999-wrongapptoken';
    const started = startSlackHarness(twoCityBriefs(), { socket: true, appToken: wrong });
    await expect(started).rejects.toThrow(/SLACK_APP_TOKEN/);
    await started.catch((error: Error) => expect(error.message).not.toContain(wrong));
  });

  it('refuses to start with a token Slack rejects, saying which variable to fix and never the token', async () => {
    const wrong = 'xoxb-9999-wrong-token-value';
    const started = startSlackHarness(twoCityBriefs(), { botToken: wrong });
    await expect(started).rejects.toThrow(SlackStartError);
    await expect(started).rejects.toThrow(/SLACK_BOT_TOKEN \(invalid_auth\)/);
    await started.catch((error: Error) => expect(error.message).not.toContain(wrong));
  });
});
