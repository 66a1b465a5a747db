import { describe, expect, it } from 'vitest';
import { classifySlackError } from '../../../src/platforms/slack/slack-errors.js';
import { slackToPlain } from '../../../src/platforms/slack/slack-text.js';

describe('slackToPlain: what a person typed, as plain words', () => {
  it('drops broadcasts and turns mentions, channels and links into words', () => {
    expect(
      slackToPlain('<!here> did <@U123|ruth> see <#C1|general>? <https://x.test/a|the story> &amp; more'),
    ).toBe('did ruth see #general? the story & more');
    expect(slackToPlain('who is <@U0BOSS>?')).toBe('who is someone?');
    expect(slackToPlain('is 3 &lt; 4 &gt; 2')).toBe('is 3 < 4 > 2');
  });
});

describe('classifySlackError: retry, pause or give up', () => {
  it('retries rate limits (with Retry-After), network errors and 5xx', () => {
    expect(classifySlackError({ code: 'slack_webapi_rate_limited_error', retryAfter: 7 })).toMatchObject({
      kind: 'transient',
      retryAfterMs: 7000,
    });
    expect(classifySlackError({ code: 'slack_webapi_request_error' }).kind).toBe('transient');
    expect(classifySlackError({ code: 'slack_webapi_http_error', statusCode: 503 }).kind).toBe('transient');
    expect(
      classifySlackError({ code: 'slack_webapi_platform_error', data: { error: 'internal_error' } }).kind,
    ).toBe('transient');
  });

  it('calls a lost channel or a removed app gone, and anything else a refusal', () => {
    for (const error of ['channel_not_found', 'is_archived', 'not_in_channel']) {
      expect(classifySlackError({ data: { error } }).kind).toBe('gone');
    }
    // A rejected token concerns every channel: no subscription is paused for it.
    expect(classifySlackError({ data: { error: 'token_revoked' } })).toMatchObject({
      kind: 'permanent',
      message: expect.stringContaining('SLACK_BOT_TOKEN'),
    });
    expect(classifySlackError(new TypeError('fetch failed')).kind).toBe('transient');
    expect(classifySlackError({ data: { error: 'invalid_blocks' } })).toMatchObject({
      kind: 'permanent',
      message: expect.stringContaining('invalid_blocks'),
    });
  });
});
