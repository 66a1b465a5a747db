import type { Publisher } from '../../core/digest/publisher.js';
import { PublishError } from '../../core/digest/publisher.js';
import type { Target } from '../../core/digest/subscription.js';
import type { Reply } from '../../core/reply.js';
import { renderConsole } from './console-render.js';

export interface ConsolePublisherOptions {
  /** ANSI styling, for a terminal only. Default false. */
  color?: boolean;
}

/** The line above each digest: which channel it was posted to. */
export function consoleDigestHeader(target: Target): string {
  return `── digest for #${target.channel} (${target.workspace}) ──`;
}

/**
 * Posts digests for platform 'console' by writing them, rendered as text under a header naming the
 * channel, to a stream (stdout in the console bot). A digest already written with the same idempotency
 * key is not written again, as a chat platform that detects duplicates would do.
 */
export function createConsolePublisher(
  out: NodeJS.WritableStream,
  options: ConsolePublisherOptions = {},
): Publisher {
  const written = new Set<string>();
  return {
    platform: 'console',
    async publish(target: Target, reply: Reply, idempotencyKey: string) {
      if (written.has(idempotencyKey)) return;
      const text = `${consoleDigestHeader(target)}\n${renderConsole(reply, options)}\n\n`;
      await new Promise<void>((resolve, reject) => {
        out.write(text, (error) => {
          if (error)
            reject(new PublishError({ kind: 'permanent', message: `could not write: ${error.message}` }));
          else resolve();
        });
      });
      written.add(idempotencyKey);
    },
  };
}
