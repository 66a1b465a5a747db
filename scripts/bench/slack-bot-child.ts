/**
 * The bot half of the Slack bench, run in its own process (bundled, as `npm start` runs) so that the
 * client's work does not share its event loop: loads the library folder, starts the real Slack bot in HTTP
 * mode against the fake Web API at argv[3], and prints "ready PORT". It runs until its stdin closes.
 */
import { pino } from 'pino';
import { loadBriefs } from '../../src/briefs/load-briefs.js';
import { prepareLibrary } from '../../src/core/answer/route-question.js';
import { systemClock } from '../../src/core/digest/publisher.js';
import { startSlackBot } from '../../src/platforms/slack/slack-bot.js';
import { cronSchedule } from '../../src/schedule/cron-schedule.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';

const [dir = '', apiUrl = '', botToken = '', signingSecret = ''] = process.argv.slice(2);
const { briefs } = await loadBriefs(dir);
prepareLibrary(briefs);
const store = SqliteStore.open(':memory:');
const bot = await startSlackBot({
  config: { botToken, signingSecret, appToken: null, apiUrl, mode: 'http', digestAdmins: [] },
  port: 0,
  host: '127.0.0.1',
  logger: pino({ level: 'warn' }, process.stderr),
  deps: {
    briefs: () => briefs,
    digest: { store, clock: systemClock, schedule: cronSchedule },
    feedback: store,
  },
});
process.stdout.write(`ready ${bot.port}\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  void bot.stop().then(() => process.exit(0));
});
