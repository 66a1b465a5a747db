import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickBody,
  FORM,
  type SlackHarness,
  sendSigned,
  slashBody,
  startSlackHarness,
} from './slack-harness.js';
import { twoCityBriefs } from './slack-library.js';

type Button = { action_id: string; value: string };

/** 👍/👎 under an answer: the click is acknowledged, recorded once per person, and thanked privately. */
describe('Slack feedback buttons (real Bolt, fake Slack)', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness(twoCityBriefs());
  });
  afterAll(() => h.stop());

  async function answerButtons(question: string): Promise<Button[]> {
    const url = h.fake.responseUrl();
    await sendSigned(h.eventsUrl, slashBody('/ask', question, url), FORM);
    const id = url.split('/').pop();
    const response = await h.fake.waitFor(() => h.fake.responses.find((r) => r.id === id));
    const blocks = response.body.blocks as { type: string; elements?: Button[] }[];
    return blocks.find((b) => b.type === 'actions')?.elements ?? [];
  }

  async function click(button: Button, messageTs: string, user: string) {
    const url = h.fake.responseUrl();
    const res = await sendSigned(h.eventsUrl, clickBody(button, messageTs, url, user), FORM);
    expect(res.status).toBe(200);
    const id = url.split('/').pop();
    return (await h.fake.waitFor(() => h.fake.responses.find((r) => r.id === id))).body;
  }

  it('records a click with the brief, the cited sentence and the question, and thanks the person privately', async () => {
    const [up] = await answerButtons('Who cut the ribbon?');
    const thanks = await click(up as Button, '1700.0001', 'U0ALICE');
    expect(thanks).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(String(thanks.text)).toContain('👍');
    const [recorded] = await h.store.recentFeedback({ limit: 10 });
    expect(recorded).toMatchObject({
      platform: 'slack',
      channel: 'C0NEWS',
      message: '1700.0001',
      user: 'U0ALICE',
      verdict: 'up',
      replyKind: 'answer',
      briefId: 'oakton-library',
      sentence: 2,
      question: 'Who cut the ribbon?',
    });
  });

  it('keeps one verdict per person per message: a second click replaces the first', async () => {
    const [up, down] = await answerButtons('How many fans does the stadium seat?');
    await click(up as Button, '1700.0002', 'U0BOB');
    await click(down as Button, '1700.0002', 'U0BOB');
    await click(up as Button, '1700.0002', 'U0CAROL');
    const onMessage = (await h.store.recentFeedback({ limit: 50 })).filter((f) => f.message === '1700.0002');
    expect(onMessage.map((f) => `${f.user}:${f.verdict}`).sort()).toEqual(['U0BOB:down', 'U0CAROL:up']);
    const tally = (await h.store.feedbackSummary()).find((t) => t.briefId === 'pinecrest-stadium');
    expect(tally).toEqual({ briefId: 'pinecrest-stadium', up: 1, down: 1 });
  });

  it('ignores a click whose value is not one of ours, recording nothing', async () => {
    const before = (await h.store.recentFeedback({ limit: 100 })).length;
    const url = h.fake.responseUrl();
    const body = clickBody(
      { action_id: 'newsbrief_feedback_down', value: '{"forged":true}' },
      '1700.0003',
      url,
    );
    expect((await sendSigned(h.eventsUrl, body, FORM)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 100));
    expect((await h.store.recentFeedback({ limit: 100 })).length).toBe(before);
  });
});
