import { describe, expect, it } from 'vitest';
import { createLogger, readableDestination, scrubSecrets } from '../src/logger.js';

describe('readable log lines at a terminal', () => {
  it('shows level, message and fields, with secrets still redacted', () => {
    const lines: string[] = [];
    const logger = createLogger(
      'info',
      readableDestination((text) => lines.push(text)),
    );
    logger.info({ dir: './briefs', briefs: 3, token: 'tok-secret' }, 'briefs loaded');
    logger.debug('below the level');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^\d{2}:\d{2}:\d{2} INFO briefs loaded dir=\.\/briefs briefs=3 token=\[redacted\]\n$/,
    );
    expect(lines.join('')).not.toContain('tok-secret');
  });
});

describe('scrubSecrets', () => {
  it('redacts tokens and the credentials carried in interaction, webhook and response URLs', () => {
    const line = [
      'POST https://discord.com/api/v10/interactions/1234567890/aW50ZXJhY3Rpb246MTIzNDU2Nzg5MA/callback',
      'PATCH /webhooks/300000000000000001/aW50ZXJhY3Rpb246dG9rZW4/messages/%40original',
      'respond to https://hooks.slack.com/commands/T0001/1234/abcdefSECRET',
      'token xoxb-1111-2222-abcdef and xapp-1-A0-3333-abcdef',
    ].join(' ');
    const scrubbed = scrubSecrets(line);
    for (const secret of [
      'aW50ZXJhY3Rpb246MTIzNDU2Nzg5MA',
      'aW50ZXJhY3Rpb246dG9rZW4',
      'abcdefSECRET',
      'xoxb-1111',
      'xapp-1-A0',
    ]) {
      expect(scrubbed).not.toContain(secret);
    }
    expect(scrubbed).toContain('/interactions/1234567890/[redacted]/callback');
  });
});
