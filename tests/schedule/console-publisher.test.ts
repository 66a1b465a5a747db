import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { digestReply } from '../../src/core/digest/digest-reply.js';
import { PublishError } from '../../src/core/digest/publisher.js';
import { createConsolePublisher } from '../../src/platforms/console/console-publisher.js';
import { story, TARGET } from './scheduler-fakes.js';

const reply = digestReply([story('a', '2022-08-21T20:00:00Z', { title: 'Council approves the plan' })], 2, {
  slot: '2022-08-22T06:00:00Z',
  timezone: 'Europe/Berlin',
});

describe('console publisher', () => {
  it('writes the rendered digest under a header naming the channel, once per idempotency key', async () => {
    const out = new PassThrough();
    let text = '';
    out.on('data', (chunk) => {
      text += String(chunk);
    });
    const publisher = createConsolePublisher(out);
    expect(publisher.platform).toBe('console');
    await publisher.publish(TARGET, reply, 'sub-1:2022-08-22T06:00:00.000Z');
    await publisher.publish(TARGET, reply, 'sub-1:2022-08-22T06:00:00.000Z');
    expect(text.startsWith('── digest for #news (local) ──\nYour news digest — 22 Aug 2022\n')).toBe(true);
    expect(text).toContain('Council approves');
    expect(text).toContain('…and 2 more stories.');
    expect(text.match(/Your news digest/g)).toHaveLength(1);
    expect(text).not.toContain('\u001b[');
  });

  it('turns a write error into a PublishError', async () => {
    const broken = new Writable({
      write(_chunk, _encoding, callback) {
        callback(new Error('EPIPE'));
      },
    });
    broken.on('error', () => {});
    const publisher = createConsolePublisher(broken);
    await expect(publisher.publish(TARGET, reply, 'k')).rejects.toBeInstanceOf(PublishError);
  });
});
