import { once } from 'node:events';
import { createServer } from 'node:net';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { createObservability, serveMetrics } from '../../src/metrics/start-metrics.js';

function recordingLogger() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger('info', sink), lines };
}

describe('serveMetrics', () => {
  it('serves nothing when METRICS_PORT is off', async () => {
    const { logger, lines } = recordingLogger();
    expect(
      await serveMetrics(
        null,
        createObservability(() => []),
        logger,
      ),
    ).toBeNull();
    expect(lines).toEqual([]);
  });

  it('logs an error saying what to change, and lets the bot run on, when the port is taken', async () => {
    const taken = createServer().listen(0, '0.0.0.0');
    await once(taken, 'listening');
    const port = (taken.address() as { port: number }).port;
    try {
      const { logger, lines } = recordingLogger();
      expect(
        await serveMetrics(
          port,
          createObservability(() => []),
          logger,
        ),
      ).toBeNull();
      const logged = JSON.parse(lines.join(''));
      expect(logged).toMatchObject({ level: 50, code: 'EADDRINUSE', port });
      expect(logged.msg).toMatch(/set METRICS_PORT to a free port, or 0/);
    } finally {
      taken.close();
    }
  });

  it('serves on the port it is given, all interfaces, and stops', async () => {
    const { logger } = recordingLogger();
    const server = await serveMetrics(
      0,
      createObservability(() => []),
      logger,
    );
    if (!server) throw new Error('expected a server');
    expect((await fetch(`http://127.0.0.1:${server.port}/healthz`)).status).toBe(200);
    await server.close();
  });
});
