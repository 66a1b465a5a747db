import { schedule as nodeCronSchedule } from 'node-cron';
import type { Clock } from '../core/digest/publisher.js';
import { runSchedulerPass } from './run-pass.js';
import type { DeliveryReport, SchedulerOptions } from './scheduler-types.js';

/** The part of node-cron the scheduler uses, so that tests can fire ticks themselves. */
export type ScheduleFn = (expression: string, task: () => Promise<void>) => { stop(): void | Promise<void> };

export interface StartSchedulerOptions extends SchedulerOptions {
  /** A pass that throws (the store is down, …) is reported here; the next tick tries again. */
  onError: (error: unknown) => void;
  /** Every pass's reports, e.g. for logging. */
  onReports?: (reports: DeliveryReport[]) => void;
  /** Run a pass at start, catching up after downtime without waiting for the first tick. Default true. */
  runAtStart?: boolean;
  /** Default: node-cron's schedule. */
  schedule?: ScheduleFn;
}

export interface RunningScheduler {
  /** Stops the timer and waits for a pass in progress to end. */
  stop(): Promise<void>;
}

const EVERY_MINUTE = '* * * * *';

/**
 * Runs a scheduler pass every minute with node-cron, one pass at a time: a tick that comes while a pass
 * is still running is dropped (the next pass catches up from the store).
 */
export function startScheduler(options: StartSchedulerOptions): RunningScheduler {
  const { onError, onReports, runAtStart = true, schedule = defaultSchedule, ...passOptions } = options;
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = async () => {
    if (running || stopped) return;
    running = runSchedulerPass(passOptions)
      .then((reports) => onReports?.(reports))
      .catch(onError)
      .finally(() => {
        running = null;
      });
    await running;
  };
  const task = schedule(EVERY_MINUTE, tick);
  if (runAtStart) void tick();
  return {
    async stop() {
      stopped = true;
      await task.stop();
      await running;
    },
  };
}

const defaultSchedule: ScheduleFn = (expression, task) =>
  nodeCronSchedule(expression, task, { noOverlap: true });

/**
 * One pass, for `digest tick`: with `now`, the pass runs as if it were that instant (and sleeps for
 * retries are skipped, so a tick never waits).
 */
export function runOnce(options: Omit<SchedulerOptions, 'clock'> & { clock?: Clock; now?: Date }) {
  const { now, clock, ...rest } = options;
  const fixed: Clock | undefined = now ? { now: () => new Date(now.getTime()) } : undefined;
  return runSchedulerPass({
    ...rest,
    clock: fixed ?? clock ?? { now: () => new Date() },
    ...(now && !rest.sleep ? { sleep: async () => {} } : {}),
  });
}
