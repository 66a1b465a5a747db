/**
 * Reads a decoded response body up to a limit. The stream is cancelled the moment the limit is passed,
 * which closes the connection: a 20 MB (or endless, or zip-bomb) feed costs at most `maxBytes` of memory.
 */

export type BodyRead = { kind: 'complete'; body: Buffer } | { kind: 'too-large' };

export async function readBodyWithin(
  stream: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<BodyRead> {
  if (!stream) return { kind: 'complete', body: Buffer.alloc(0) };
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { kind: 'too-large' };
    }
    chunks.push(value);
  }
  return { kind: 'complete', body: Buffer.concat(chunks, total) };
}

/** "5 MB", "512 KB", "300 bytes": limits in the words an operator reads. */
export function formatBytes(bytes: number): string {
  const units: Array<[string, number]> = [
    ['MB', 1024 * 1024],
    ['KB', 1024],
  ];
  for (const [unit, size] of units) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} bytes`;
}
