import { describe, expect, it } from 'vitest';
import { createLogger, readableDestination } from '../src/logger.js';

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
