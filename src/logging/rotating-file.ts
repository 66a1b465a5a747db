import { closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DestinationStream } from 'pino';

export interface RotationOptions {
  /** A file past this size is renamed to FILE.1 (FILE.1 to FILE.2, …) and a new one started. */
  maxBytes?: number;
  /** Rotated files kept; older ones are deleted. */
  keep?: number;
}

const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const DEFAULT_KEEP = 3;

/**
 * A log file that never grows past `maxBytes`: written synchronously, so nothing is lost when the
 * process exits, and rotated by size, so a bot left running for months keeps at most a few files.
 */
export function rotatingFile(path: string, options: RotationOptions = {}): DestinationStream {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const keep = options.keep ?? DEFAULT_KEEP;
  mkdirSync(dirname(path), { recursive: true });
  let size = existsSync(path) ? statSync(path).size : 0;
  let fd = openSync(path, 'a');
  const rotate = () => {
    closeSync(fd);
    rmSync(`${path}.${keep}`, { force: true });
    for (let n = keep - 1; n >= 1; n--)
      if (existsSync(`${path}.${n}`)) renameSync(`${path}.${n}`, `${path}.${n + 1}`);
    renameSync(path, `${path}.1`);
    fd = openSync(path, 'a');
    size = 0;
  };
  return {
    write(line: string) {
      const bytes = Buffer.byteLength(line);
      if (size > 0 && size + bytes > maxBytes) rotate();
      writeSync(fd, line);
      size += bytes;
    },
  };
}
