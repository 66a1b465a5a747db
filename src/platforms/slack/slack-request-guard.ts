import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { parse as parseForm } from 'node:querystring';
import type { Logger } from 'pino';
import type { ConversationMemory } from '../shared/conversation-memory.js';

/** Bolt's own limit on a request body. */
const BODY_LIMIT = 4 * 1024 * 1024;

/** Slack's window for a request's timestamp, either way: an older or a future one is not Slack's. */
const TIMESTAMP_WINDOW_S = 5 * 60;

/** What the guard needs to refuse a replayed request: the signing secret, and where signatures are kept. */
export interface ReplayCheck {
  signingSecret: string;
  memory: ConversationMemory;
  now?: () => number;
}

/**
 * Refuses, before Bolt reads them, request bodies that are no Slack payload at all — JSON that is not an
 * object (`null`, an array, a number), broken JSON, a form without a command, payload or SSL check, an
 * interaction payload that is not a JSON object — with a 400 and a log line. Bolt takes a signed `null`
 * for an object and throws outside any handler; behind this guard no request can stop the bot. The body
 * read here is handed on to Bolt (as `rawBody`, which Bolt reads instead of the stream), signature and all.
 */
export function guardSlackRequests(
  listener: RequestListener,
  logger: Logger,
  replay?: ReplayCheck,
): RequestListener {
  return (req, res) => {
    if (req.method !== 'POST') {
      listener(req, res);
      return;
    }
    readBody(req).then(
      async (raw) => {
        const text = raw.toString('utf8');
        const problem = malformed(text, req.headers['content-type'] ?? '');
        if (problem) {
          logger.warn({ path: req.url, problem }, 'refused a malformed request to the Slack endpoint');
          refuse(res, 400);
          return;
        }
        const replayed = replay && (await replayProblem(req, text, replay));
        if (replayed) {
          logger.warn({ path: req.url, problem: replayed }, 'refused a request to the Slack endpoint');
          refuse(res, 401);
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
  if (contentType.startsWith('application/json')) return eventProblem(text);
  if (contentType.startsWith('application/x-www-form-urlencoded')) {
    const form = parseForm(text);
    if (typeof form.payload === 'string')
      return jsonObject(form.payload) ? null : 'payload is not a JSON object';
    if (typeof form.command === 'string' || form.ssl_check === '1') return null;
    return 'a form with no command, payload or SSL check';
  }
  return `content type ${JSON.stringify(contentType.slice(0, 60))}`;
}

/**
 * Why a request is not a fresh one from Slack, or null. Bolt checks the signature and refuses a timestamp
 * over five minutes old, but not one in the future or not a number, and takes the same signed request as
 * often as it is sent. A request whose signature holds is let through once: its signature is kept in the
 * shared state for the window, so a captured request replayed — to this replica or another — is refused.
 * A bad signature is left to Bolt, which refuses it.
 */
async function replayProblem(req: IncomingMessage, body: string, check: ReplayCheck): Promise<string | null> {
  if (isSslCheck(req, body)) return null;
  const stamp = String(req.headers['x-slack-request-timestamp'] ?? '');
  const signature = String(req.headers['x-slack-signature'] ?? '');
  if (!/^\d{1,12}$/.test(stamp)) return 'a request timestamp that is not a whole number of seconds';
  const nowS = Math.floor((check.now?.() ?? Date.now()) / 1000);
  if (Math.abs(nowS - Number(stamp)) > TIMESTAMP_WINDOW_S) return 'a request timestamp outside five minutes';
  if (!signatureHolds(check.signingSecret, stamp, body, signature)) return null;
  const first = await check.memory.firstSight(`slack-signature:${signature}`, 2 * TIMESTAMP_WINDOW_S * 1000);
  return first ? null : 'a replayed request (its signature was seen already)';
}

function signatureHolds(secret: string, stamp: string, body: string, signature: string): boolean {
  const expected = Buffer.from(
    `v0=${createHmac('sha256', secret).update(`v0:${stamp}:${body}`).digest('hex')}`,
  );
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Slack's SSL check carries no signature, and Bolt answers it as it is. */
function isSslCheck(req: IncomingMessage, body: string): boolean {
  return (
    (req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded') &&
    parseForm(body).ssl_check === '1'
  );
}

/** Slack's JSON bodies are objects with a `type`; an event callback carries its event. */
function eventProblem(text: string): string | null {
  const body = jsonObject(text);
  if (!body) return 'not a JSON object';
  if (typeof body.type !== 'string') return 'a JSON body without a type';
  const event = body.event;
  if (body.type === 'event_callback' && (typeof event !== 'object' || event === null))
    return 'an event callback without its event';
  return null;
}

/** The text as a JSON object, or null when it is not JSON or not an object (null, an array, a number). */
function jsonObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
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
