import { slackManifest } from '../src/platforms/slack/slack-manifest.js';

/**
 * `npm run -s slack:manifest` prints the Socket Mode manifest (the one in slack-manifest.json);
 * `npm run -s slack:manifest -- --url https://bot.example.com` prints the HTTP one, with every request URL
 * set to https://bot.example.com/slack/events. Paste either into "Create New App → From a manifest".
 */
const args = process.argv.slice(2);
const at = args.indexOf('--url');
const requestUrl = at >= 0 ? args[at + 1] : undefined;
if (at >= 0 && (!requestUrl || !/^https:\/\//.test(requestUrl))) {
  process.stderr.write(
    '--url needs the public https:// address of the bot, e.g. --url https://bot.example.com\n',
  );
  process.exit(2);
}
process.stdout.write(`${JSON.stringify(slackManifest(requestUrl ? { requestUrl } : {}), null, 2)}\n`);
