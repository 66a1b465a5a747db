import type { EventEmitter } from 'node:events';
import type { Logger } from 'pino';

/**
 * What `npm start` does with a failure nothing else caught. A rejected promise that nobody awaited is one
 * task's failure (a handler that threw, a reply that could not be sent): it is logged, every time, and the
 * bot carries on serving everyone else. An exception thrown with no handler leaves the process in a state
 * nobody knows (Node's own advice is to stop), so it resolves the returned promise with exit code 1 and
 * main stops in order. Lost platforms and failed starts are main's to judge, not this.
 */
export function watchUncaught(process: EventEmitter, logger: Logger): Promise<number> {
  process.on('unhandledRejection', (err) => {
    logger.error({ err }, 'a task failed with nothing to handle it; carrying on');
  });
  return new Promise((resolve) => {
    process.on('uncaughtException', (err) => {
      logger.fatal({ err }, 'uncaught exception; stopping');
      resolve(1);
    });
  });
}
