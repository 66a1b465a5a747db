/**
 * The bot half of the Slack fuzz run: the bench's Slack child (the real bot in HTTP mode, "ready PORT"),
 * plus two things the bench does not need. Its warnings are counted instead of printed: every refused
 * request logs one, and a thousand forged requests would bury the fuzz report in them. And a "stats" line
 * on stdin is answered with one on stdout — the CPU time this process has used and the log lines counted
 * — since only the process itself can read its CPU time. Error lines still reach stderr as written.
 */

/** How many log lines the bot wrote, by level and message ("warn: refused a malformed request…"). */
const logCounts: Record<string, number> = {};
const LEVELS: Record<number, string> = {
  10: 'trace',
  20: 'debug',
  30: 'info',
  40: 'warn',
  50: 'error',
  60: 'fatal',
};

const writeStderr = process.stderr.write.bind(process.stderr);

// Installed before the bot is imported, so that its logger (pino on process.stderr) writes through it.
process.stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
  const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
  const kept = text.split('\n').filter((line) => {
    const entry = parseLogLine(line);
    if (!entry) return line !== '';
    const key = `${LEVELS[entry.level] ?? entry.level}: ${entry.msg}`;
    logCounts[key] = (logCounts[key] ?? 0) + 1;
    return entry.level >= 50;
  });
  if (kept.length === 0) return true;
  return (writeStderr as (...args: unknown[]) => boolean)(`${kept.join('\n')}\n`, ...rest);
}) as typeof process.stderr.write;

/** A pino JSON line's level and message; null for anything else (a stack trace, a warning from Node). */
function parseLogLine(line: string): { level: number; msg: string } | null {
  if (!line.startsWith('{')) return null;
  try {
    const entry = JSON.parse(line) as { level?: number; msg?: string };
    return { level: Number(entry.level ?? 0), msg: String(entry.msg ?? '') };
  } catch {
    return null;
  }
}

await import('../bench/slack-bot-child.js');

let pending = '';
process.stdin.setEncoding('utf8').on('data', (chunk: string) => {
  pending += chunk;
  for (let at = pending.indexOf('\n'); at >= 0; at = pending.indexOf('\n')) {
    const command = pending.slice(0, at).trim();
    pending = pending.slice(at + 1);
    if (command === 'stats') {
      const { user, system } = process.cpuUsage();
      process.stdout.write(`stats ${JSON.stringify({ cpuUs: user + system, logs: logCounts })}\n`);
    }
  }
});
