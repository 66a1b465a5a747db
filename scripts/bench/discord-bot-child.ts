/**
 * The bot half of the Discord bench, in its own process (bundled, as `npm start` runs): loads the library
 * folder, logs the real discord.js bot in to the fake Discord at argv[3], and prints "ready". It runs until
 * its stdin closes.
 */
import { pino } from 'pino';
import { loadBriefs } from '../../src/briefs/load-briefs.js';
import { prepareLibrary } from '../../src/core/answer/route-question.js';
import { systemClock } from '../../src/core/digest/publisher.js';
import { startDiscordBot } from '../../src/platforms/discord/discord-bot.js';
import { cronSchedule } from '../../src/schedule/cron-schedule.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';

const [dir = '', apiUrl = '', token = '', applicationId = ''] = process.argv.slice(2);
const { briefs } = await loadBriefs(dir);
prepareLibrary(briefs);
const store = SqliteStore.open(':memory:');
const bot = await startDiscordBot({
  config: { token, applicationId, apiUrl, guildId: null },
  logger: pino({ level: 'warn' }, process.stderr),
  deps: {
    briefs: () => briefs,
    digest: { store, clock: systemClock, schedule: cronSchedule },
    feedback: store,
  },
});
process.stdout.write('ready\n');
process.stdin.resume();
process.stdin.on('end', () => {
  void bot.stop().then(() => process.exit(0));
});
