import type { Platform } from '../../core/digest/subscription.js';
import type { Reply } from '../../core/reply.js';

/**
 * What an adapter tells the metrics about a question it put to the core. A port, so adapters never import
 * prom-client and tests pass nothing (or a recorder of their own).
 */
export interface AnswerMetrics {
  answered(platform: Platform, outcome: 'answered' | 'abstained', seconds: number): void;
}

/**
 * Counts a reply that is an answer or an abstention, with the time the core took to reach it since
 * `startedMs` (a performance.now() reading). Other replies (a briefing, a list, help, an error) are not
 * answers to a question and are not counted. Without metrics it does nothing.
 */
export function observeReply(
  metrics: AnswerMetrics | undefined,
  platform: Platform,
  reply: Reply,
  startedMs: number,
  nowMs: number = performance.now(),
): void {
  if (!metrics) return;
  if (reply.kind !== 'answer' && reply.kind !== 'abstention') return;
  const outcome = reply.kind === 'answer' ? 'answered' : 'abstained';
  metrics.answered(platform, outcome, Math.max(0, nowMs - startedMs) / 1000);
}
