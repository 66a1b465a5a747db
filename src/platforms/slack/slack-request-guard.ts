import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { parse as parseForm } from 'node:querystring';
import type { Logger } from 'pino';

/** Bolt's own limit on a request body. */
const BODY_LIMIT = 4 * 1024 * 1024;

/**
 * Refuses, before Bolt reads them, request bodies that are no Slack payload at all — JSON that is not an
 * object (`null`, an array, a number), broken JSON, a form without a command, payload or SSL check, an
 * interaction payload that is not a JSON object — with a 400 and a log line. Bolt takes a signed `null`
 * for an object and throws outside any handler; behind this guard no request can stop the bot. The body
 * read here is handed on to Bolt (as `rawBody`, which Bolt reads instead of the stream), signature and all.
 */
export function guardSlackRequests(listener: RequestListener, logger: Logger): RequestListener {
  return (req, res) => {
    if (req.method !== 'POST') {
      listener(req, res);
      return;
    }
    readBody(req).then(
      (raw) => {
        const problem = malformed(raw.toString('utf8'), req.headers['content-type'] ?? '');
        if (problem) {
          logger.warn({ path: req.url, problem }, 'refused a malformed request to the Slack endpoint');
          refuse(res, 400);
          return;
        }
        Object.assign(req, { rawBody: raw });
        listener(req, res);
      },
      (error: Error & { tooLarge?: boolean }) => {
        logger.warn({ path: req.url, problem: error.message }, 'refused a request to the Slack endpoint');
        refuse(res, error.tooLarge ? 413 : 400);
      },
    );
  };
}

/** Why a body is not one Slack sends, or null when it could be. */
export function malformed(text: string, contentType: string): string | null {
  if (contentType.startsWith('application/json')) return isJsonObject(text) ? null : 'not a JSON object';
  if (contentType.startsWith('application/x-www-form-urlencoded')) {
    const form = parseForm(text);
    if (typeof form.payload === 'string')
      return isJsonObject(form.payload) ? null : 'payload is not a JSON object';
    if (typeof form.command === 'string' || form.ssl_check === '1') return null;
    return 'a form with no command, payload or SSL check';
  }
  return `content type ${JSON.stringify(contentType.slice(0, 60))}`;
}

function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > BODY_LIMIT) {
        req.destroy();
        reject(Object.assign(new Error(`body over ${BODY_LIMIT} bytes`), { tooLarge: true }));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function refuse(res: ServerResponse, status: number): void {
  if (res.headersSent) return;
  res.writeHead(status);
  res.end();
}
