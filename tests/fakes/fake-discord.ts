import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { deflateSync } from 'node:zlib';
import { type RawData, type WebSocket, WebSocketServer } from 'ws';
import { ChangeWaiters } from './change-waiters.js';

/**
 * A small Discord on 127.0.0.1 that the real discord.js logs in to: the REST routes a bot uses (gateway
 * discovery, channel posts, interaction callbacks and webhooks, command registration) under `/api/v10`,
 * and a JSON gateway (HELLO → IDENTIFY → READY + GUILD_CREATE, heartbeats, RESUME) on the same port.
 * One guild with one text channel, one public thread and a DM channel. Every REST call is recorded;
 * failures can be scripted per method and path prefix.
 */

export const FAKE_GUILD = '100000000000000001';
/** A text channel in FAKE_GUILD. */
export const FAKE_CHANNEL = '200000000000000001';
/** A public thread under FAKE_CHANNEL. */
export const FAKE_THREAD = '200000000000000002';
/** A DM channel between the bot and FAKE_USER (not in any guild; discord.js needs `Partials.Channel`). */
export const FAKE_DM_CHANNEL = '200000000000000003';
/** The bot user's id. The application id is whatever the options say. */
export const FAKE_BOT_ID = '300000000000000001';
/** The human user interactions and messages come from by default. */
export const FAKE_USER = '400000000000000001';
/** Every permission bit Discord has at the moment, as Discord serialises bitfields: a decimal string. */
export const ALL_PERMISSIONS = '2199023255551';

const DISCORD_EPOCH = 1_420_070_400_000n;
const NONCE_WINDOW_MS = 5 * 60_000;
const JOINED_AT = '2024-01-01T00:00:00.000000+00:00';

export interface FakeDiscordOptions {
  token: string;
  applicationId: string;
  /** HELLO's heartbeat_interval (Discord: 41250). Lower it to see heartbeats in a test. */
  heartbeatInterval?: number;
  /**
   * Discord rejects an interaction's first callback more than 3 s after the interaction was created
   * (404, code 10062 Unknown interaction). Default 3000; 0 turns the check off.
   */
  interactionDeadlineMs?: number;
}

export interface RestCall {
  method: string;
  /** Without `/api/v10` and without the query string; percent-escapes decoded (`@original`). */
  path: string;
  query: string;
  body: unknown;
  authorization?: string;
  at: number;
}

export interface ChannelPost {
  id: string;
  channelId: string;
  content?: string;
  embeds: unknown[];
  nonce?: string;
  enforceNonce?: boolean;
  messageReference?: {
    message_id: string;
    channel_id?: string;
    guild_id?: string;
    fail_if_not_exists?: boolean;
  };
  allowedMentions?: unknown;
  flags?: number;
  components?: unknown[];
  /** The request body as sent. */
  body: Record<string, unknown>;
  at: number;
}

export interface InteractionReply {
  interactionId: string;
  token: string;
  kind: 'callback' | 'edit' | 'followup';
  /** The callback type (4 reply, 5 defer, 6 deferred update, 7 update, 8 autocomplete result, 9 modal). */
  type?: number;
  /** For callbacks the body's `data`; for edits and follow-ups the whole body. */
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary payload fields
  data: any;
  at: number;
}

export type DiscordFailure =
  | { status: 429; retryAfter: number; global?: boolean }
  | { status: 403; code: 50013 | 50001 }
  | { status: 404; code: 10003 }
  | { status: 500 }
  | { status: 400 | 403 | 404; code: number; message: string };

type Json = Record<string, unknown>;

interface GatewayConnection {
  socket: WebSocket;
  identified: boolean;
  sessionId?: string;
  compress: boolean;
}

interface Session {
  id: string;
  seq: number;
}

interface KnownInteraction {
  id: string;
  token: string;
  channelId: string;
  createdAt: number;
  acknowledged: boolean;
  original?: Json;
}

const ERROR_MESSAGES: Record<number, string> = {
  10003: 'Unknown Channel',
  10008: 'Unknown Message',
  10062: 'Unknown interaction',
  40060: 'Interaction has already been acknowledged.',
  50001: 'Missing Access',
  50013: 'Missing Permissions',
  50027: 'Invalid Webhook Token',
};

export class FakeDiscord {
  readonly calls: RestCall[] = [];
  readonly messages: ChannelPost[] = [];
  readonly interactionReplies: InteractionReply[] = [];
  readonly registeredCommands = new Map<string, unknown[]>();
  /** Gateway frames the client sent (op and d), for debugging. */
  readonly received: { op: number; d: unknown; at: number }[] = [];
  identifies = 0;
  heartbeats = 0;
  resumes = 0;

  readonly botUser: Json = {
    id: FAKE_BOT_ID,
    username: 'newsbrief',
    discriminator: '0',
    global_name: null,
    avatar: null,
    bot: true,
    system: false,
    mfa_enabled: false,
    verified: true,
    flags: 0,
    public_flags: 0,
    banner: null,
    accent_color: null,
  };
  readonly user: Json = {
    id: FAKE_USER,
    username: 'alice',
    discriminator: '0',
    global_name: 'Alice',
    avatar: null,
    bot: false,
    public_flags: 0,
  };

  private readonly token: string;
  private readonly applicationId: string;
  private readonly heartbeatInterval: number;
  private readonly interactionDeadlineMs: number;
  private readonly failures: { method: string; prefix: string; failure: DiscordFailure }[] = [];
  private readonly changes = new ChangeWaiters('fake Discord');
  private readonly connections = new Set<GatewayConnection>();
  private readonly sessions = new Map<string, Session>();
  private readonly pending: { t: string; d: Json }[] = [];
  private readonly interactions = new Map<string, KnownInteraction>();
  private readonly commandIds = new Map<string, string>();
  /** Every message the fake knows, by channel: posts by the bot and MESSAGE_CREATEs it dispatched. */
  private readonly channelMessages = new Map<string, Json[]>();
  private readonly nonces = new Map<string, { message: Json; at: number }>();
  private live: GatewayConnection | undefined;
  private server!: Server;
  private wss!: WebSocketServer;
  private snowflakeCounter = 0;
  private port = 0;

  constructor(options: FakeDiscordOptions) {
    this.token = options.token;
    this.applicationId = options.applicationId;
    this.heartbeatInterval = options.heartbeatInterval ?? 41_250;
    this.interactionDeadlineMs = options.interactionDeadlineMs ?? 3000;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.wss = new WebSocketServer({
      server: this.server,
      verifyClient: (info, done) => {
        const query = new URL(info.req.url ?? '/', 'ws://x').searchParams;
        if (query.get('compress')) {
          console.error(
            'fake Discord: gateway compression (zlib-sync) is not supported; uninstall zlib-sync',
          );
          return done(false, 400, 'fake Discord: compress=zlib-stream is not supported');
        }
        if ((query.get('encoding') ?? 'json') !== 'json') {
          return done(false, 400, 'fake Discord: only encoding=json is supported');
        }
        done(true);
      },
    });
    this.wss.on('connection', (socket) => this.onSocket(socket));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** Pass as `new Client({ rest: { api: fake.apiUrl } })`; discord.js appends `/v10`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    for (const connection of this.connections) connection.socket.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The next REST call with this method whose path starts with `pathPrefix` fails so (in order). */
  failNext(method: string, pathPrefix: string, failure: DiscordFailure): void {
    this.failures.push({ method: method.toUpperCase(), prefix: pathPrefix, failure });
  }

  callsTo(method: string, pathPrefix: string): RestCall[] {
    return this.calls.filter((c) => c.method === method.toUpperCase() && c.path.startsWith(pathPrefix));
  }

  /** Whether a client is connected and has identified (or resumed). */
  get connected(): boolean {
    return this.live !== undefined;
  }

  /** Resolves when `check` holds (re-checked on every REST call and gateway frame), or rejects. */
  waitFor<T>(check: () => T | undefined | false, timeoutMs = 5000): Promise<T> {
    return this.changes.waitFor(check, timeoutMs);
  }

  /**
   * Dispatches INTERACTION_CREATE (now, or as soon as a client has identified). Defaults make a guild
   * interaction by FAKE_USER in FAKE_CHANNEL (with every permission); the caller's fields override
   * shallowly, except `member`, which is merged. With `channel_id: FAKE_DM_CHANNEL` it is a DM interaction.
   */
  sendInteraction(interaction: Record<string, unknown>): { id: string; token: string } {
    const id = typeof interaction.id === 'string' ? interaction.id : this.snowflake();
    const token =
      typeof interaction.token === 'string'
        ? interaction.token
        : `aW50ZXJhY3Rpb246${id}:${randomBytes(24).toString('base64url')}`;
    const channelId = typeof interaction.channel_id === 'string' ? interaction.channel_id : FAKE_CHANNEL;
    const inGuild = channelId !== FAKE_DM_CHANNEL;
    const data: Json = {
      id,
      token,
      application_id: this.applicationId,
      type: 2,
      version: 1,
      channel_id: channelId,
      channel: this.channelObject(channelId) ?? { id: channelId, type: 0, guild_id: FAKE_GUILD },
      app_permissions: ALL_PERMISSIONS,
      locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: inGuild ? { '0': FAKE_GUILD } : { '1': FAKE_USER },
      context: inGuild ? 0 : 1,
      attachment_size_limit: 10_485_760,
      ...(inGuild
        ? {
            guild_id: FAKE_GUILD,
            guild_locale: 'en-US',
            guild: { id: FAKE_GUILD, locale: 'en-US', features: [] },
            member: {
              ...this.memberObject(),
              user: { ...this.user },
              permissions: ALL_PERMISSIONS,
            },
          }
        : { user: { ...this.user } }),
      ...interaction,
    };
    // A partial `member` (say, only `permissions`) is merged into the default member, not swapped in.
    if (inGuild && isObject(interaction.member)) {
      data.member = {
        ...this.memberObject(),
        user: { ...this.user },
        permissions: ALL_PERMISSIONS,
        ...interaction.member,
      };
    }
    const channel = data.channel as Json | undefined;
    const at = Date.now();
    this.interactions.set(token, {
      id,
      token,
      channelId: String(channel?.id ?? channelId),
      createdAt: at,
      acknowledged: false,
    });
    this.dispatch('INTERACTION_CREATE', data);
    return { id, token };
  }

  /**
   * Dispatches MESSAGE_CREATE by FAKE_USER in FAKE_CHANNEL (or the caller's channel_id); `<@id>` mentions
   * in the content fill `mentions` unless given. Returns the message id.
   */
  sendMessage(message: Record<string, unknown>): string {
    const id = typeof message.id === 'string' ? message.id : this.snowflake();
    const channelId = typeof message.channel_id === 'string' ? message.channel_id : FAKE_CHANNEL;
    const content = typeof message.content === 'string' ? message.content : '';
    const channelType = this.channelObject(channelId)?.type;
    const mentioned = [...content.matchAll(/<@!?(\d+)>/g)].map((m) => m[1]);
    const mentions = [this.botUser, this.user]
      .filter((u) => mentioned.includes(u.id as string))
      .map((u) => ({ ...u, ...(channelId === FAKE_DM_CHANNEL ? {} : { member: this.memberObject() }) }));
    const data: Json = {
      id,
      type: 0,
      channel_id: channelId,
      author: { ...this.user },
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions,
      mention_roles: [],
      mention_channels: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      flags: 0,
      // Discord names the channel's type (discord.js needs it to build an uncached DM channel).
      ...(channelType === undefined ? {} : { channel_type: channelType }),
      ...(channelId === FAKE_DM_CHANNEL ? {} : { guild_id: FAKE_GUILD, member: this.memberObject() }),
      ...message,
    };
    this.remember(channelId, data);
    this.dispatch('MESSAGE_CREATE', data);
    return id;
  }

  /** Dispatches any gateway event (now, or once a client has identified). */
  dispatch(t: string, d: Json): void {
    this.pending.push({ t, d });
    this.flush();
  }

  /** Closes the live gateway connection with `code` (4004: the token was reset; discord.js won't retry). */
  closeGateway(code: number, reason = 'Authentication failed.'): void {
    this.live?.socket.close(code, reason);
  }

  /** Sends op 7 RECONNECT: discord.js drops the socket and RESUMEs on a new one. */
  requestReconnect(): void {
    this.live?.socket.send(JSON.stringify({ op: 7, d: null }));
  }

  // ---------------------------------------------------------------- gateway

  private onSocket(socket: WebSocket): void {
    const connection: GatewayConnection = { socket, identified: false, compress: false };
    this.connections.add(connection);
    socket.on('close', () => {
      this.connections.delete(connection);
      if (this.live === connection) this.live = undefined;
      this.notify();
    });
    socket.on('message', (raw) => this.onFrame(connection, raw));
    this.send(connection, { op: 10, d: { heartbeat_interval: this.heartbeatInterval } });
    this.notify();
  }

  private onFrame(connection: GatewayConnection, raw: RawData): void {
    let frame: { op?: number; d?: unknown };
    try {
      frame = JSON.parse(String(raw));
    } catch {
      connection.socket.close(4002, 'Error while decoding payload.');
      return;
    }
    const op = Number(frame.op);
    this.received.push({ op, d: frame.d, at: Date.now() });
    switch (op) {
      case 1: {
        this.heartbeats++;
        this.send(connection, { op: 11 });
        break;
      }
      case 2:
        this.identify(connection, (frame.d ?? {}) as Json);
        break;
      case 6:
        this.resume(connection, (frame.d ?? {}) as Json);
        break;
      case 3: // presence update
      case 4: // voice state update
      case 8: // request guild members
        break;
      default:
        connection.socket.close(4001, 'Unknown opcode.');
    }
    this.notify();
  }

  private identify(connection: GatewayConnection, d: Json): void {
    if (connection.identified) {
      connection.socket.close(4005, 'Already authenticated.');
      return;
    }
    if (!this.tokenMatches(d.token)) {
      connection.socket.close(4004, 'Authentication failed.');
      return;
    }
    this.identifies++;
    connection.identified = true;
    connection.compress = d.compress === true;
    const session: Session = { id: randomBytes(16).toString('hex'), seq: 0 };
    this.sessions.set(session.id, session);
    connection.sessionId = session.id;
    this.sendDispatch(connection, 'READY', {
      v: 10,
      user: { ...this.botUser },
      guilds: [{ id: FAKE_GUILD, unavailable: true }],
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: this.gatewayUrl,
      private_channels: [],
      presences: [],
      relationships: [],
      user_settings: {},
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      application: { id: this.applicationId, flags: 0 },
      shard: [0, 1],
      _trace: ['["fake-discord",{"micros":0}]'],
    });
    this.sendDispatch(connection, 'GUILD_CREATE', this.guildObject());
    this.live = connection;
    this.flush();
  }

  private resume(connection: GatewayConnection, d: Json): void {
    const session = typeof d.session_id === 'string' ? this.sessions.get(d.session_id) : undefined;
    if (!this.tokenMatches(d.token)) {
      connection.socket.close(4004, 'Authentication failed.');
      return;
    }
    if (!session) {
      this.send(connection, { op: 9, d: false });
      return;
    }
    this.resumes++;
    connection.identified = true;
    connection.sessionId = session.id;
    this.sendDispatch(connection, 'RESUMED', {});
    this.live = connection;
    this.flush();
  }

  /**
   * Sends pending events to every identified session, as Discord does for sessions of one bot that do not
   * shard: two replicas logged in with one token each receive every message and interaction.
   */
  private flush(): void {
    const sessions = [...this.connections].filter(
      (c) => c.identified && c.socket.readyState === c.socket.OPEN,
    );
    if (sessions.length === 0) return;
    for (const event of this.pending.splice(0)) {
      for (const connection of sessions) this.sendDispatch(connection, event.t, event.d);
    }
  }

  private sendDispatch(connection: GatewayConnection, t: string, d: Json): void {
    const session = connection.sessionId ? this.sessions.get(connection.sessionId) : undefined;
    const s = session ? ++session.seq : null;
    this.send(connection, { op: 0, t, s, d });
  }

  private send(connection: GatewayConnection, payload: Json): void {
    const text = JSON.stringify(payload);
    connection.socket.send(connection.compress ? deflateSync(text) : text);
    this.notify();
  }

  private tokenMatches(token: unknown): boolean {
    return typeof token === 'string' && token.replace(/^Bot\s+/i, '') === this.token;
  }

  // ---------------------------------------------------------------- REST

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const match = /^\/api\/v\d+(\/.*)$/.exec(url.pathname);
    const path = decodeURIComponent(match?.[1] ?? url.pathname);
    let body: unknown;
    try {
      body = await parseBody(raw, req.headers['content-type']);
    } catch {
      reply(res, 400, { message: '400: Bad Request', code: 50109 });
      return;
    }
    const authorization = req.headers.authorization;
    this.calls.push({
      method,
      path,
      query: url.search,
      body,
      ...(authorization === undefined ? {} : { authorization }),
      at: Date.now(),
    });
    try {
      if (!match) reply(res, 404, { message: '404: Not Found', code: 0 });
      else this.answer(method, path, url.searchParams, body, authorization, res);
    } catch (error) {
      reply(res, 500, { message: `fake Discord: ${String(error)}`, code: 0 });
    }
    this.notify();
  }

  private answer(
    method: string,
    path: string,
    query: URLSearchParams,
    body: unknown,
    authorization: string | undefined,
    res: ServerResponse,
  ): Sent {
    const index = this.failures.findIndex((f) => f.method === method && path.startsWith(f.prefix));
    const scripted = index >= 0 ? this.failures.splice(index, 1)[0] : undefined;
    if (scripted) return this.fail(res, scripted.failure, method, path);

    const parts = path.split('/').filter(Boolean);
    const json = (body ?? {}) as Json;

    // Routes authorised by the interaction token instead of the bot token.
    if (parts[0] === 'interactions' && parts.length === 4 && parts[3] === 'callback' && method === 'POST') {
      return this.callback(parts[1] ?? '', parts[2] ?? '', json, query, res);
    }
    if (parts[0] === 'webhooks') return this.webhook(method, parts, json, res);

    if (authorization !== `Bot ${this.token}`)
      return reply(res, 401, { message: '401: Unauthorized', code: 0 });
    const route = `${method} /${parts.map((p, i) => (i > 0 && /^\d{15,}$/.test(p) ? ':id' : p)).join('/')}`;
    const headers = rateLimitHeaders(route);

    if (route === 'GET /gateway/bot' || route === 'GET /gateway') {
      return reply(
        res,
        200,
        {
          url: this.gatewayUrl,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
        },
        headers,
      );
    }
    if (route === 'GET /users/@me') return reply(res, 200, this.botUser, headers);
    if (route === 'GET /applications/@me' || route === 'GET /oauth2/applications/@me') {
      return reply(res, 200, this.applicationObject(), headers);
    }
    if (parts[0] === 'channels' && parts[1]) {
      const channelId = parts[1];
      const channel = this.channelObject(channelId);
      if (!channel) return reply(res, 404, { message: 'Unknown Channel', code: 10003 }, headers);
      if (route === 'GET /channels/:id') return reply(res, 200, channel, headers);
      if (route === 'POST /channels/:id/typing') return reply(res, 204, undefined, headers);
      if (route === 'POST /channels/:id/messages') return this.post(channelId, json, res, headers);
      if (route === 'GET /channels/:id/messages') {
        const limit = Number(query.get('limit') ?? 50);
        const all = [...(this.channelMessages.get(channelId) ?? [])].reverse();
        return reply(res, 200, all.slice(0, limit), headers);
      }
      if (route === 'GET /channels/:id/messages/:id') {
        const found = this.channelMessages.get(channelId)?.find((m) => m.id === parts[3]);
        if (!found) return reply(res, 404, { message: 'Unknown Message', code: 10008 }, headers);
        return reply(res, 200, found, headers);
      }
    }
    if (route === 'POST /users/@me/channels')
      return reply(res, 200, this.channelObject(FAKE_DM_CHANNEL), headers);
    if (route === 'GET /guilds/:id' && parts[1] === FAKE_GUILD) {
      const { channels: _c, threads: _t, members: _m, ...guild } = this.guildObject();
      return reply(res, 200, guild, headers);
    }
    if (parts[0] === 'applications' && parts[1] === this.applicationId) {
      const guildId = parts[2] === 'guilds' ? parts[3] : undefined;
      const tail = parts.slice(guildId ? 4 : 2).join('/');
      if (tail === 'commands') {
        const key = guildId ?? 'global';
        if (method === 'PUT') {
          const commands = Array.isArray(body) ? body : [];
          this.registeredCommands.set(key, commands);
          return reply(res, 200, this.withIds(commands, guildId), headers);
        }
        if (method === 'GET')
          return reply(res, 200, this.withIds(this.registeredCommands.get(key) ?? [], guildId));
        if (method === 'POST') {
          const list = (this.registeredCommands.get(key) ?? []).filter((c) => (c as Json).name !== json.name);
          this.registeredCommands.set(key, [...list, json]);
          return reply(res, 201, this.withIds([json], guildId)[0], headers);
        }
      }
    } else if (parts[0] === 'applications') {
      return reply(res, 403, { message: 'Missing Access', code: 50001 }, headers);
    }
    return reply(res, 404, { message: '404: Not Found', code: 0 });
  }

  private fail(res: ServerResponse, failure: DiscordFailure, method: string, path: string): Sent {
    if (failure.status === 429) {
      const global = failure.global === true;
      const headers: Record<string, string> = {
        'retry-after': String(failure.retryAfter),
        'x-ratelimit-scope': global ? 'global' : 'user',
      };
      if (global) headers['x-ratelimit-global'] = 'true';
      else {
        Object.assign(headers, rateLimitHeaders(`${method} ${path}`), {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset-after': String(failure.retryAfter),
          'x-ratelimit-reset': String(Date.now() / 1000 + failure.retryAfter),
        });
      }
      return reply(
        res,
        429,
        { message: 'You are being rate limited.', retry_after: failure.retryAfter, global },
        headers,
      );
    }
    if (failure.status === 500) return reply(res, 500, { message: '500: Internal Server Error', code: 0 });
    const message = 'message' in failure ? failure.message : (ERROR_MESSAGES[failure.code] ?? 'Error');
    return reply(res, failure.status, { message, code: failure.code });
  }

  private post(channelId: string, body: Json, res: ServerResponse, headers: Record<string, string>): Sent {
    const nonce = body.nonce === undefined || body.nonce === null ? undefined : String(body.nonce);
    const nonceKey = `${channelId}:${nonce}`;
    if (nonce !== undefined && body.enforce_nonce === true) {
      const earlier = this.nonces.get(nonceKey);
      if (earlier && Date.now() - earlier.at < NONCE_WINDOW_MS)
        return reply(res, 200, earlier.message, headers);
    }
    const parts = ['embeds', 'components', 'attachments', 'files', 'sticker_ids'].some((k) =>
      hasItems(body[k]),
    );
    if (!body.content && !parts && !body.poll) {
      return reply(res, 400, { message: 'Cannot send an empty message', code: 50006 }, headers);
    }
    const reference = body.message_reference as ChannelPost['messageReference'];
    const referenced = reference
      ? this.channelMessages
          .get(reference.channel_id ?? channelId)
          ?.find((m) => m.id === reference.message_id)
      : undefined;
    if (reference && !referenced && reference.fail_if_not_exists !== false) {
      return reply(
        res,
        400,
        {
          message: 'Invalid Form Body',
          code: 50035,
          errors: {
            message_reference: { _errors: [{ code: 'REPLIES_UNKNOWN_MESSAGE', message: 'Unknown message' }] },
          },
        },
        headers,
      );
    }
    const message = this.messageObject(channelId, body, {
      ...(nonce === undefined ? {} : { nonce }),
      ...(reference
        ? {
            type: referenced ? 19 : 0,
            message_reference: {
              type: 0,
              message_id: reference.message_id,
              channel_id: reference.channel_id ?? channelId,
              ...(this.channelObject(channelId)?.guild_id ? { guild_id: FAKE_GUILD } : {}),
            },
            referenced_message: referenced ?? null,
          }
        : {}),
    });
    const at = Date.now();
    if (nonce !== undefined) this.nonces.set(nonceKey, { message, at });
    this.remember(channelId, message);
    this.messages.push({
      id: message.id as string,
      channelId,
      ...(typeof body.content === 'string' ? { content: body.content } : {}),
      embeds: Array.isArray(body.embeds) ? body.embeds : [],
      ...(nonce === undefined ? {} : { nonce }),
      ...(body.enforce_nonce === undefined ? {} : { enforceNonce: body.enforce_nonce === true }),
      ...(reference ? { messageReference: reference } : {}),
      ...(body.allowed_mentions === undefined ? {} : { allowedMentions: body.allowed_mentions }),
      ...(typeof body.flags === 'number' ? { flags: body.flags } : {}),
      ...(Array.isArray(body.components) ? { components: body.components } : {}),
      body,
      at,
    });
    return reply(res, 200, message, headers);
  }

  private callback(id: string, token: string, body: Json, query: URLSearchParams, res: ServerResponse): Sent {
    const known = this.interactions.get(token);
    if (!known || known.id !== id) return reply(res, 404, { message: 'Unknown interaction', code: 10062 });
    if (known.acknowledged) {
      return reply(res, 400, { message: 'Interaction has already been acknowledged.', code: 40060 });
    }
    if (this.interactionDeadlineMs > 0 && Date.now() - known.createdAt > this.interactionDeadlineMs) {
      return reply(res, 404, { message: 'Unknown interaction', code: 10062 });
    }
    const type = Number(body.type);
    const data = body.data as Json | undefined;
    known.acknowledged = true;
    this.interactionReplies.push({ interactionId: id, token, kind: 'callback', type, data, at: Date.now() });
    let message: Json | undefined;
    if (type === 4 || type === 5) {
      message = this.messageObject(this.interactionChannel(token), type === 4 ? (data ?? {}) : {}, {
        type: 20,
        webhook_id: this.applicationId,
        application_id: this.applicationId,
        interaction_metadata: { id, type: 2, user: { ...this.user }, authorizing_integration_owners: {} },
        flags: (Number(data?.flags ?? 0) | (type === 5 ? 128 : 0)) >>> 0,
      });
      known.original = message;
    }
    if (query.get('with_response') !== 'true') return reply(res, 204, undefined);
    return reply(res, 200, {
      interaction: {
        id,
        type: 2,
        response_message_id: message?.id,
        response_message_loading: type === 5,
        response_message_ephemeral: (Number(data?.flags ?? 0) & 64) === 64,
      },
      resource: { type, ...(type === 4 && message ? { message } : {}) },
    });
  }

  private webhook(method: string, parts: string[], body: Json, res: ServerResponse): Sent {
    const [, appId, token, messages, messageId] = parts;
    const known = token ? this.interactions.get(token) : undefined;
    if (appId !== this.applicationId || !known) {
      return reply(res, 401, { message: 'Invalid Webhook Token', code: 50027 });
    }
    const channelId = this.interactionChannel(known.token);
    if (messages === undefined && method === 'POST') {
      if (!known.acknowledged) return reply(res, 400, { message: 'Unknown Webhook', code: 10015 });
      this.interactionReplies.push({
        interactionId: known.id,
        token: known.token,
        kind: 'followup',
        data: body,
        at: Date.now(),
      });
      const message = this.messageObject(channelId, body, {
        webhook_id: this.applicationId,
        application_id: this.applicationId,
      });
      return reply(res, 200, message);
    }
    if (messages === 'messages' && messageId === '@original') {
      if (!known.original) return reply(res, 404, { message: 'Unknown Message', code: 10008 });
      if (method === 'GET') return reply(res, 200, known.original);
      if (method === 'DELETE') {
        delete known.original;
        return reply(res, 204, undefined);
      }
      if (method === 'PATCH') {
        this.interactionReplies.push({
          interactionId: known.id,
          token: known.token,
          kind: 'edit',
          data: body,
          at: Date.now(),
        });
        const original = known.original;
        const edited: Json = {
          ...original,
          ...pick(body, ['content', 'embeds', 'components', 'attachments']),
          flags: Number(original.flags ?? 0) & ~128,
          edited_timestamp: new Date().toISOString(),
        };
        known.original = edited;
        return reply(res, 200, edited);
      }
    }
    if (messages === 'messages' && messageId && method === 'PATCH') {
      this.interactionReplies.push({
        interactionId: known.id,
        token: known.token,
        kind: 'edit',
        data: body,
        at: Date.now(),
      });
      return reply(res, 200, this.messageObject(channelId, body, { id: messageId }));
    }
    return reply(res, 404, { message: '404: Not Found', code: 0 });
  }

  // ---------------------------------------------------------------- objects

  private snowflake(): string {
    const ms = BigInt(Date.now()) - DISCORD_EPOCH;
    this.snowflakeCounter = (this.snowflakeCounter + 1) & 0xfff;
    return String((ms << 22n) | (1n << 17n) | BigInt(this.snowflakeCounter));
  }

  private interactionChannel(token: string): string {
    return this.interactions.get(token)?.channelId ?? FAKE_CHANNEL;
  }

  private remember(channelId: string, message: Json): void {
    const list = this.channelMessages.get(channelId) ?? [];
    list.push(message);
    this.channelMessages.set(channelId, list);
  }

  private messageObject(channelId: string, body: Json, extra: Json): Json {
    return {
      id: this.snowflake(),
      type: 0,
      channel_id: channelId,
      author: { ...this.botUser },
      content: typeof body.content === 'string' ? body.content : '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: body.tts === true,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: Array.isArray(body.embeds) ? body.embeds : [],
      components: Array.isArray(body.components) ? body.components : [],
      pinned: false,
      flags: typeof body.flags === 'number' ? body.flags : 0,
      ...extra,
    };
  }

  private memberObject(): Json {
    return {
      roles: [],
      nick: null,
      avatar: null,
      banner: null,
      joined_at: JOINED_AT,
      premium_since: null,
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      communication_disabled_until: null,
    };
  }

  /**
   * Someone starts a thread from a message in FAKE_CHANNEL: as on Discord, the thread's id is the
   * message's id. Dispatches THREAD_CREATE; the thread then takes posts like FAKE_THREAD.
   */
  startThread(fromMessageId: string): string {
    this.extraThreads.add(fromMessageId);
    this.dispatch('THREAD_CREATE', { ...this.channelObject(fromMessageId), newly_created: true });
    return fromMessageId;
  }

  private readonly extraThreads = new Set<string>();

  private channelObject(id: string): Json | undefined {
    if (this.extraThreads.has(id)) return { ...this.channelObject(FAKE_THREAD), id, name: 'from-a-message' };
    if (id === FAKE_CHANNEL) {
      return {
        id,
        type: 0,
        guild_id: FAKE_GUILD,
        name: 'general',
        position: 0,
        permission_overwrites: [],
        parent_id: null,
        topic: null,
        nsfw: false,
        last_message_id: null,
        rate_limit_per_user: 0,
        flags: 0,
      };
    }
    if (id === FAKE_THREAD) {
      return {
        id,
        type: 11,
        guild_id: FAKE_GUILD,
        parent_id: FAKE_CHANNEL,
        owner_id: FAKE_USER,
        name: 'news-thread',
        last_message_id: null,
        message_count: 0,
        member_count: 2,
        total_message_sent: 0,
        rate_limit_per_user: 0,
        flags: 0,
        thread_metadata: {
          archived: false,
          auto_archive_duration: 1440,
          archive_timestamp: JOINED_AT,
          locked: false,
          create_timestamp: JOINED_AT,
        },
      };
    }
    if (id === FAKE_DM_CHANNEL) {
      return { id, type: 1, last_message_id: null, flags: 0, recipients: [{ ...this.user }] };
    }
    return undefined;
  }

  private guildObject(): Json {
    const { guild_id: _g, ...thread } = this.channelObject(FAKE_THREAD) ?? {};
    const { guild_id: _h, ...channel } = this.channelObject(FAKE_CHANNEL) ?? {};
    return {
      id: FAKE_GUILD,
      name: 'Fake Guild',
      icon: null,
      icon_hash: null,
      splash: null,
      discovery_splash: null,
      banner: null,
      description: null,
      owner_id: FAKE_USER,
      application_id: null,
      afk_channel_id: null,
      afk_timeout: 300,
      widget_enabled: false,
      widget_channel_id: null,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      mfa_level: 0,
      nsfw_level: 0,
      system_channel_id: FAKE_CHANNEL,
      system_channel_flags: 0,
      rules_channel_id: null,
      public_updates_channel_id: null,
      safety_alerts_channel_id: null,
      max_members: 500_000,
      max_presences: null,
      max_video_channel_users: 25,
      max_stage_video_channel_users: 50,
      vanity_url_code: null,
      premium_tier: 0,
      premium_subscription_count: 0,
      premium_progress_bar_enabled: false,
      preferred_locale: 'en-US',
      features: [],
      roles: [
        {
          id: FAKE_GUILD,
          name: '@everyone',
          color: 0,
          colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
          hoist: false,
          icon: null,
          unicode_emoji: null,
          position: 0,
          permissions: '1071698660929',
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      emojis: [],
      stickers: [],
      soundboard_sounds: [],
      incidents_data: null,
      joined_at: JOINED_AT,
      large: false,
      unavailable: false,
      member_count: 2,
      lazy: true,
      voice_states: [],
      members: [{ ...this.memberObject(), user: { ...this.botUser } }],
      channels: [channel],
      threads: [thread],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      embedded_activities: [],
      activity_instances: [],
      application_command_counts: {},
      hub_type: null,
      latest_onboarding_question_id: null,
    };
  }

  private applicationObject(): Json {
    return {
      id: this.applicationId,
      name: 'newsbrief',
      icon: null,
      description: '',
      summary: '',
      type: null,
      bot_public: true,
      bot_require_code_grant: false,
      verify_key: '0'.repeat(64),
      flags: 0,
      hook: true,
      is_monetized: false,
      integration_types_config: { '0': {} },
      owner: { ...this.user },
      team: null,
      bot: { ...this.botUser },
      approximate_guild_count: 1,
      redirect_uris: [],
      interactions_endpoint_url: null,
      tags: [],
    };
  }

  private withIds(commands: unknown[], guildId: string | undefined): Json[] {
    return commands.map((command) => {
      const c = (command ?? {}) as Json;
      const key = `${guildId ?? 'global'}:${Number(c.type ?? 1)}:${String(c.name)}`;
      let id = this.commandIds.get(key);
      if (!id) {
        id = this.snowflake();
        this.commandIds.set(key, id);
      }
      return {
        type: 1,
        description: '',
        default_member_permissions: null,
        nsfw: false,
        contexts: null,
        integration_types: [0],
        ...c,
        id,
        application_id: this.applicationId,
        version: this.snowflake(),
        ...(guildId ? { guild_id: guildId } : {}),
      };
    });
  }

  private notify(): void {
    this.changes.changed();
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** JSON, or multipart/form-data (discord.js uses it when files are attached: JSON in `payload_json`). */
async function parseBody(raw: Buffer, contentType: string | undefined): Promise<unknown> {
  if (raw.length === 0) return undefined;
  if (contentType?.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    const payload = form.get('payload_json');
    const body = (typeof payload === 'string' ? JSON.parse(payload) : {}) as Json;
    const files: { field: string; name: string; size: number }[] = [];
    for (const [field, value] of form) {
      if (typeof value !== 'string') files.push({ field, name: value.name, size: value.size });
    }
    return { ...body, files };
  }
  return JSON.parse(raw.toString('utf8'));
}

/** Roomy, constant rate-limit headers: discord.js parses them but never has to wait. */
function rateLimitHeaders(route: string): Record<string, string> {
  return {
    'x-ratelimit-bucket': createHash('sha1').update(route).digest('hex').slice(0, 32),
    'x-ratelimit-limit': '50',
    'x-ratelimit-remaining': '49',
    'x-ratelimit-reset': String(Date.now() / 1000 + 1),
    'x-ratelimit-reset-after': '1',
  };
}

/** What a route handler returns once it has answered. */
type Sent = true;

function reply(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Sent {
  if (body === undefined) {
    res.writeHead(status, headers);
    res.end();
    return true;
  }
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
  return true;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasItems(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0;
}

function pick(body: Json, keys: string[]): Json {
  return Object.fromEntries(keys.filter((k) => k in body).map((k) => [k, body[k]]));
}
