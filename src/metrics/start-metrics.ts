import type { Logger } from 'pino';
import type { BriefCollection } from '../core/answer/answer.js';
import { librarySize } from '../core/library/memory-library.js';
import { type BotMetrics, createBotMetrics } from './bot-metrics.js';
import { type RunningMetricsServer, startMetricsServer } from './metrics-server.js';
import { Readiness } from './readiness.js';
import { READY_CHECKS } from './ready-checks.js';

export interface Observability {
  metrics: BotMetrics;
  readiness: Readiness;
}

/**
 * The metrics and readiness checks, made before anything starts so that every part can be handed its
 * counters. Cheap and harmless when METRICS_PORT is off: nothing is served, counts stay in memory.
 */
export function createObservability(briefs: () => BriefCollection): Observability {
  const readiness = new Readiness(READY_CHECKS);
  const metrics = createBotMetrics({ briefs: () => librarySize(briefs()), readiness });
  return { metrics, readiness };
}

/**
 * Serves /healthz, /readyz and /metrics on `port` (null: off). A port that cannot be had (in use, not
 * allowed) is logged as an error and the bot carries on without them: answering chat matters more than
 * being scraped, and the error says what to change.
 */
export async function serveMetrics(
  port: number | null,
  { metrics, readiness }: Observability,
  logger: Logger,
): Promise<RunningMetricsServer | null> {
  if (port === null) return null;
  try {
    const server = await startMetricsServer({ port, registry: metrics.registry, readiness });
    logger.info({ port: server.port, paths: ['/healthz', '/readyz', '/metrics'] }, 'metrics on');
    return server;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unknown';
    logger.error(
      { code, port },
      'cannot listen for health and metrics; they are off (set METRICS_PORT to a free port, or 0)',
    );
    return null;
  }
}
