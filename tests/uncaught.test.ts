import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createLogger, readableDestination } from '../src/logger.js';
import { watchUncaught } from '../src/uncaught.js';

function watched() {
  const lines: string[] = [];
  const process = new EventEmitter();
  const logger = createLogger(
    'info',
    readableDestination((text) => lines.push(text)),
  );
  let code: number | undefined;
  void watchUncaught(process, logger).then((exit) => {
    code = exit;
  });
  // The exit code once the events emitted so far have been dealt with; undefined while the bot runs on.
  const exitCode = async () => {
    await new Promise((settled) => setImmediate(settled));
    return code;
  };
  return { process, lines, exitCode };
}

describe('failures nothing else caught', () => {
  it('logs each rejected promise that nobody awaited and keeps the bot running, however many there are', async () => {
    const { process, lines, exitCode } = watched();
    process.emit('unhandledRejection', new TypeError("Cannot read properties of null (reading 'ssl_check')"));
    process.emit('unhandledRejection', new Error('a second one'));
    expect(await exitCode()).toBeUndefined();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/ERROR a task failed with nothing to handle it; carrying on/);
    expect(lines.join('')).toContain('ssl_check');
  });

  it('stops in order, exit 1, on an exception thrown with no handler', async () => {
    const { process, lines, exitCode } = watched();
    process.emit('uncaughtException', new Error('state unknown'));
    expect(await exitCode()).toBe(1);
    expect(lines.join('')).toMatch(/FATAL uncaught exception; stopping/);
  });
});
