import { userInfo } from 'node:os';
import type { Logger } from 'pino';
import type { DatabaseConfig } from './config.js';
import type { CommandContext } from './core/commands/index.js';
import { systemClock } from './core/digest/publisher.js';
import type { Target } from './core/digest/subscription.js';
import { createConsolePublisher } from './platforms/console/console-publisher.js';
import { cronSchedule } from './schedule/cron-schedule.js';
import { startScheduler } from './schedule/start-scheduler.js';
import { openStore, redactUrl } from './store/open-store.js';

/** The console chat's own channel: `/digest subscribe` here prints digests into the chat. */
export const CONSOLE_TARGET: Target = { platform: 'console', workspace: 'local', channel: 'console' };

/**
 * Opens the subscription store, lets /digest use it, and starts the scheduler that posts due digests
 * (console digests to stdout). Returns what to stop at exit; a store that will not open leaves the bot
 * running without digests, and says why.
 */
export async function startDigests(database: DatabaseConfig, context: CommandContext, logger: Logger) {
  const url = database.kind === 'postgres' ? database.url : `sqlite:${database.path}`;
  const log = logger.child({ part: 'digests' });
  let store: Awaited<ReturnType<typeof openStore>>;
  try {
    store = await openStore(url);
  } catch (err) {
    log.error({ err, database: redactUrl(url) }, 'cannot open the subscription store; digests are off');
    return { stop: async () => {} };
  }
  context.digest = {
    store,
    target: CONSOLE_TARGET,
    user: localUser(),
    clock: systemClock,
    schedule: cronSchedule,
  };
  const scheduler = startScheduler({
    store,
    briefs: () => context.briefs,
    publishers: { console: createConsolePublisher(process.stdout) },
    clock: systemClock,
    onError: (err) => log.error({ err }, 'digest pass failed; the next tick tries again'),
    onReports: (reports) => {
      for (const r of reports)
        log.info({ subscription: r.subscriptionId, slot: r.slot, outcome: r.outcome }, 'digest');
    },
  });
  log.info({ database: redactUrl(url) }, 'digests on');
  return {
    async stop() {
      await scheduler.stop();
      await store.close();
    },
  };
}

function localUser(): string {
  try {
    return userInfo().username || 'console';
  } catch {
    return 'console';
  }
}
