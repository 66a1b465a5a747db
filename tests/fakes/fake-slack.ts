import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { ChangeWaiters } from './change-waiters.js';

/**
 * A small Slack on 127.0.0.1 for driving the real Bolt: the Web API methods newsbrief calls (auth.test,
 * chat.postMessage, chat.postEphemeral, chat.delete, conversations.history, apps.connections.open),
 * response_url endpoints, and a Socket Mode WebSocket. Every call is recorded; failures can be scripted per
 * method.
 */

export interface RecordedCall {
  method: string;
  /** Form fields, with JSON-looking values (blocks, metadata) parsed. */
  body: Record<string, unknown>;
  authorization: string | undefined;
  at: number;
}

export interface PostedMessage {
  channel: string;
  ts: string;
  text: string;
  blocks: unknown[];
  thread_ts?: string;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

/** A scripted failure: an HTTP 429 with Retry-After seconds, an HTTP status, or Slack's `ok: false`. */
export type ScriptedFailure = { status: 429; retryAfter: number } | { status: 500 | 503 } | { error: string };

export const FAKE_TEAM = 'T0FAKE';
export const FAKE_BOT_USER = 'U0BOT';

export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  readonly responses: { id: string; body: Record<string, unknown>; at: number }[] = [];
  readonly messages: PostedMessage[] = [];
  private readonly failures = new Map<string, ScriptedFailure[]>();
  private readonly changes = new ChangeWaiters('fake Slack');
  private readonly sockets = new Set<WebSocket>();
  private readonly socketReplies = new Map<string, (payload: unknown) => void>();
  private server!: Server;
  private wss!: WebSocketServer;
  private nextTs = 1_700_000_000;
  private responseCount = 0;
  url = '';

  constructor(
    private readonly botToken: string,
    private readonly appToken = '',
  ) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.wss = new WebSocketServer({ server: this.server, path: '/socket' });
    this.wss.on('connection', (socket) => this.onSocket(socket));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  /** A fresh response_url for one slash command or click. */
  responseUrl(): string {
    return `${this.url}/response/${++this.responseCount}`;
  }

  /** HTTP statuses for the next posts to any response_url, in order (e.g. 400 for a refused message). */
  readonly refusedResponses: number[] = [];

  /** Public channels the app is not a member of: it may post there, but not read them until it joins. */
  readonly outside = new Set<string>();

  /**
   * Web API methods that answer this many ms late. The call has taken effect (a message is posted) when it
   * arrives; only its answer waits — as on a slow network, where a client can die in between.
   */
  readonly latency = new Map<string, number>();

  private slowed(method: string, res: ServerResponse): ServerResponse {
    const ms = this.latency.get(method);
    if (!ms) return res;
    const end = res.end.bind(res);
    res.end = ((...args: Parameters<ServerResponse['end']>) => {
      setTimeout(() => end(...args), ms);
      return res;
    }) as ServerResponse['end'];
    return res;
  }

  /** Members who are workspace admins or owners (users.info); everyone else is a plain member. */
  readonly admins = new Set<string>();

  /** User groups (S…) and their members (usergroups.users.list). */
  readonly userGroups = new Map<string, string[]>();

  /** The next calls of `method` fail as scripted, in order. */
  failNext(method: string, ...failures: ScriptedFailure[]): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...failures]);
  }

  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves when `check` holds (re-checked on every request), or rejects after `timeoutMs`. */
  waitFor<T>(check: () => T | undefined | false, timeoutMs = 5000): Promise<T> {
    return this.changes.waitFor(check, timeoutMs);
  }

  /** Socket Mode: sends an envelope to the connected app; resolves with the app's ack payload. */
  async sendEnvelope(type: string, payload: unknown, acceptsResponsePayload = false): Promise<unknown> {
    const socket = await this.waitFor(() => [...this.sockets][0]);
    const envelopeId = `env-${++this.responseCount}`;
    const acked = new Promise<unknown>((resolve) => this.socketReplies.set(envelopeId, resolve));
    socket.send(
      JSON.stringify({
        envelope_id: envelopeId,
        type,
        payload,
        accepts_response_payload: acceptsResponsePayload,
      }),
    );
    return acked;
  }

  private onSocket(socket: WebSocket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('message', (data) => {
      const ack = JSON.parse(String(data)) as { envelope_id?: string; payload?: unknown };
      if (ack.envelope_id) this.socketReplies.get(ack.envelope_id)?.(ack.payload ?? {});
    });
    socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0FAKE' } }));
    this.notify();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', this.url);
    const refused = url.pathname.startsWith('/response/') ? this.refusedResponses.shift() : undefined;
    if (refused) {
      reply(res, refused, { ok: false, error: 'refused by the test' });
    } else if (url.pathname.startsWith('/response/')) {
      this.responses.push({
        id: url.pathname.slice('/response/'.length),
        body: JSON.parse(raw),
        at: Date.now(),
      });
      reply(res, 200, { ok: true });
    } else if (url.pathname.startsWith('/api/')) {
      const method = url.pathname.slice('/api/'.length);
      const body = parseBody(raw, req.headers['content-type']);
      this.calls.push({ method, body, authorization: req.headers.authorization, at: Date.now() });
      this.answer(method, body, req.headers.authorization, this.slowed(method, res));
    } else {
      reply(res, 404, { ok: false });
    }
    this.notify();
  }

  private answer(
    method: string,
    body: Record<string, unknown>,
    auth: string | undefined,
    res: ServerResponse,
  ) {
    const failure = this.failures.get(method)?.shift();
    if (failure && 'status' in failure) {
      const headers: Record<string, string> =
        failure.status === 429 ? { 'retry-after': String(failure.retryAfter) } : {};
      return reply(res, failure.status, { ok: false, error: 'ratelimited' }, headers);
    }
    if (failure) return reply(res, 200, { ok: false, error: failure.error });
    const token = auth?.replace(/^Bearer /, '');
    const expected = method === 'apps.connections.open' ? this.appToken : this.botToken;
    if (token !== expected) return reply(res, 200, { ok: false, error: 'invalid_auth' });
    switch (method) {
      case 'auth.test':
        return reply(res, 200, {
          ok: true,
          user_id: FAKE_BOT_USER,
          bot_id: 'B0BOT',
          team_id: FAKE_TEAM,
          user: 'newsbrief',
        });
      case 'apps.connections.open':
        return reply(res, 200, { ok: true, url: `${this.url.replace('http', 'ws')}/socket` });
      case 'chat.postMessage': {
        const message = this.post(body);
        return reply(res, 200, { ok: true, channel: message.channel, ts: message.ts, message });
      }
      case 'chat.delete': {
        const at = this.messages.findIndex((m) => m.channel === body.channel && m.ts === body.ts);
        if (at < 0) return reply(res, 200, { ok: false, error: 'message_not_found' });
        this.messages.splice(at, 1);
        return reply(res, 200, { ok: true, channel: body.channel, ts: body.ts });
      }
      case 'chat.postEphemeral':
        return reply(res, 200, { ok: true, message_ts: String(++this.nextTs) });
      case 'conversations.join':
        this.outside.delete(String(body.channel));
        return reply(res, 200, { ok: true, channel: { id: body.channel } });
      case 'conversations.history': {
        if (this.outside.has(String(body.channel)))
          return reply(res, 200, { ok: false, error: 'not_in_channel' });
        // Newest first, as Slack answers; metadata only for a caller that asks for it, as Slack does.
        const withMetadata = String(body.include_all_metadata) === 'true';
        const latest = this.messages
          .filter((m) => m.channel === body.channel)
          .reverse()
          .slice(0, Number(body.limit ?? 100))
          .map(({ metadata, ...rest }) => (withMetadata && metadata ? { ...rest, metadata } : rest));
        return reply(res, 200, { ok: true, messages: latest });
      }
      case 'users.info': {
        const id = String(body.user);
        const admin = this.admins.has(id);
        return reply(res, 200, {
          ok: true,
          user: { id, team_id: FAKE_TEAM, is_admin: admin, is_owner: false },
        });
      }
      case 'usergroups.users.list': {
        const users = this.userGroups.get(String(body.usergroup));
        if (!users) return reply(res, 200, { ok: false, error: 'no_such_subteam' });
        return reply(res, 200, { ok: true, users });
      }
      default:
        return reply(res, 200, { ok: false, error: 'unknown_method' });
    }
  }

  private post(body: Record<string, unknown>): PostedMessage {
    const message: PostedMessage = {
      channel: String(body.channel),
      ts: `${++this.nextTs}.000100`,
      text: String(body.text ?? ''),
      blocks: Array.isArray(body.blocks) ? body.blocks : [],
      ...(body.thread_ts ? { thread_ts: String(body.thread_ts) } : {}),
      ...(body.metadata ? { metadata: body.metadata as PostedMessage['metadata'] & object } : {}),
    };
    this.messages.push(message);
    return message;
  }

  private notify(): void {
    this.changes.changed();
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return JSON.parse(raw || '{}');
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    body[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return body;
}

function reply(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}
