import { LogLevel, type Logger as SlackLogger } from '@slack/bolt';
import type { Logger } from 'pino';
import { scrubSecrets } from '../../logger.js';

/**
 * Bolt's and the Web API client's log lines, sent into the process's pino logger. Their messages are
 * free text, so token-shaped strings are scrubbed from them before they are written.
 */
export function boltLogger(logger: Logger): SlackLogger {
  let level: LogLevel = LogLevel.INFO;
  const write =
    (method: 'debug' | 'info' | 'warn' | 'error') =>
    (...parts: unknown[]) => {
      // Bolt logs every request at debug: build and scrub the line only when it will be written.
      if (!logger.isLevelEnabled(method)) return;
      const text = parts
        .map((p) => (typeof p === 'string' ? p : p instanceof Error ? p.message : safeJson(p)))
        .join(' ');
      logger[method](scrubSecrets(text));
    };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
