import { runCli } from './cli/run-cli.js';
import { loadCliConfig } from './config.js';

/** The command-line front door: `npm run -s cli -- <command>`. Reads no credentials. */
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // A closed pipe (`… | head`) is not a failure of ours.
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  ...loadCliConfig(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `newsbrief: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
