import { describe, expect, it } from 'vitest';
import { inCliSyntax } from '../src/cli/digest-syntax.js';

describe('digest hints at a shell', () => {
  it('are written in CLI syntax, with the channel', () => {
    const channel = 'slack:T1:general';
    expect(inCliSyntax('Type /digest preview to see how it looks.', channel)).toBe(
      'Type npm run -s cli -- digest preview --channel slack:T1:general to see how it looks.',
    );
    expect(inCliSyntax('For example: /digest subscribe time 07:30', channel)).toBe(
      'For example: npm run -s cli -- digest subscribe --channel slack:T1:general --time 07:30',
    );
    expect(
      inCliSyntax('Type /digest subscribe [time HH:MM] [timezone IANA] [topics a,b] to start one.', channel),
    ).toBe(
      'Type npm run -s cli -- digest subscribe --channel slack:T1:general [--time HH:MM] [--timezone IANA] [--topics a,b] to start one.',
    );
    expect(inCliSyntax('Nothing to change here.', channel)).toBe('Nothing to change here.');
  });
});
