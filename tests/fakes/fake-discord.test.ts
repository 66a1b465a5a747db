import {
  type ChatInputCommandInteraction,
  Client,
  type ClientOptions,
  DiscordAPIError,
  DiscordjsError,
  Events,
  GatewayIntentBits,
  type Interaction,
  type Message,
  Partials,
  type TextChannel,
} from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import {
  FAKE_BOT_ID,
  FAKE_CHANNEL,
  FAKE_DM_CHANNEL,
  FAKE_GUILD,
  FAKE_THREAD,
  FAKE_USER,
  FakeDiscord,
} from './fake-discord.ts';

const TOKEN = 'fake-bot-token.abc.def';
const APP_ID = '300000000000000009';

let fake: FakeDiscord;
let client: Client | undefined;

beforeEach(async () => {
  fake = await new FakeDiscord({ token: TOKEN, applicationId: APP_ID }).start();
});

afterEach(async () => {
  await client?.destroy();
  client = undefined;
  await fake.stop();
});

function newClient(options: Partial<ClientOptions> = {}): Client {
  client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    rest: { api: fake.apiUrl },
    ...options,
  });
  return client;
}

/** Logs a fresh client in and resolves once it emitted clientReady. */
async function ready(options: Partial<ClientOptions> = {}): Promise<Client<true>> {
  const c = newClient(options);
  const isReady = new Promise<void>((resolve) => c.once(Events.ClientReady, () => resolve()));
  await c.login(TOKEN);
  await isReady;
  return c as Client<true>;
}

/** The next interaction the client receives, handled by `handle`; resolves when `handle` finished. */
function onNextInteraction(c: Client, handle: (interaction: Interaction) => Promise<unknown>): Promise<void> {
  return new Promise((resolve, reject) => {
    c.once(Events.InteractionCreate, (interaction) => {
      handle(interaction).then(() => resolve(), reject);
    });
  });
}

function command(name: string, options: unknown[] = []): Record<string, unknown> {
  return { type: 2, data: { id: '500000000000000001', name, type: 1, options } };
}

describe('FakeDiscord with the real discord.js', () => {
  it('logs in and turns ready quickly, with the guild, channel and thread cached', async () => {
    const started = Date.now();
    const c = await ready();
    expect(Date.now() - started).toBeLessThan(3000);
    expect(c.user.id).toBe(FAKE_BOT_ID);
    expect(c.application.id).toBe(APP_ID);
    const guild = c.guilds.cache.get(FAKE_GUILD);
    expect(guild?.available).toBe(true);
    expect(guild?.name).toBe('Fake Guild');
    const channel = c.channels.cache.get(FAKE_CHANNEL);
    expect(channel?.isTextBased()).toBe(true);
    expect(c.channels.cache.get(FAKE_THREAD)?.isThread()).toBe(true);
    expect(fake.identifies).toBe(1);
    const gateway = fake.callsTo('GET', '/gateway/bot')[0];
    expect(gateway?.authorization).toBe(`Bot ${TOKEN}`);
    // REST fetches work too, and unknown channels fail as on Discord.
    const fetched = await c.channels.fetch(FAKE_THREAD, { force: true });
    expect(fetched?.isThread() && fetched.parentId).toBe(FAKE_CHANNEL);
    const unknown = await c.channels.fetch('299999999999999999').catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(DiscordAPIError);
    expect((unknown as DiscordAPIError).code).toBe(10003);
  });

  it('delivers a slash command and records reply() as a type-4 callback without auth', async () => {
    const c = await ready();
    let seen: ChatInputCommandInteraction | undefined;
    const handled = onNextInteraction(c, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error(`unexpected ${interaction.type}`);
      seen = interaction;
      await interaction.reply({ content: 'hi' });
    });
    const { id, token } = fake.sendInteraction(command('brief', [{ name: 'topic', type: 3, value: 'rust' }]));
    await handled;
    expect(seen?.commandName).toBe('brief');
    expect(seen?.options.getString('topic')).toBe('rust');
    expect(seen?.user.id).toBe(FAKE_USER);
    expect(seen?.guildId).toBe(FAKE_GUILD);
    expect(seen?.channelId).toBe(FAKE_CHANNEL);
    expect(seen?.memberPermissions?.has('Administrator')).toBe(true);
    expect(fake.interactionReplies).toEqual([
      expect.objectContaining({
        interactionId: id,
        token,
        kind: 'callback',
        type: 4,
        data: expect.objectContaining({ content: 'hi' }),
      }),
    ]);
    const call = fake.callsTo('POST', `/interactions/${id}/`)[0];
    expect(call?.authorization).toBeUndefined();
  });

  it('records deferReply() + editReply() + followUp(), and rejects a second acknowledgement', async () => {
    const c = await ready();
    let second: unknown;
    const handled = onNextInteraction(c, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply();
      const edited = await interaction.editReply({ content: 'done' });
      expect(edited.content).toBe('done');
      await interaction.followUp({ content: 'more', ephemeral: false });
      // discord.js itself refuses a second reply; go round it to see the fake's answer.
      second = await c.rest
        .post(`/interactions/${interaction.id}/${interaction.token}/callback`, {
          body: { type: 4, data: { content: 'again' } },
          auth: false,
        })
        .catch((e: unknown) => e);
    });
    fake.sendInteraction(command('ask'));
    await handled;
    expect(fake.interactionReplies.map((r) => [r.kind, r.type])).toEqual([
      ['callback', 5],
      ['edit', undefined],
      ['followup', undefined],
    ]);
    expect(fake.interactionReplies[1]?.data.content).toBe('done');
    expect(fake.interactionReplies[2]?.data.content).toBe('more');
    expect(fake.callsTo('PATCH', `/webhooks/${APP_ID}/`)[0]?.path).toMatch(/\/messages\/@original$/);
    expect((second as DiscordAPIError).code).toBe(40060);
  });

  it('answers reply({ withResponse: true }) with the callback resource', async () => {
    const c = await ready();
    let messageId: string | undefined;
    const handled = onNextInteraction(c, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const response = await interaction.reply({ content: 'with response', withResponse: true });
      messageId = response.resource?.message?.id;
      expect(response.resource?.message?.content).toBe('with response');
      expect((await interaction.fetchReply()).id).toBe(messageId);
    });
    fake.sendInteraction(command('brief'));
    await handled;
    expect(messageId).toMatch(/^\d{17,}$/);
  });

  it('holds events sent before login, and refuses callbacks after the interaction deadline', async () => {
    await fake.stop();
    fake = await new FakeDiscord({ token: TOKEN, applicationId: APP_ID, interactionDeadlineMs: 100 }).start();
    const c = newClient();
    let late: unknown;
    const handled = onNextInteraction(c, async (interaction) => {
      await new Promise((resolve) => setTimeout(resolve, 150));
      if (interaction.isChatInputCommand())
        late = await interaction.reply('too late').catch((e: unknown) => e);
    });
    fake.sendInteraction(command('brief'));
    await c.login(TOKEN);
    await handled;
    expect(late).toBeInstanceOf(DiscordAPIError);
    expect((late as DiscordAPIError).code).toBe(10062);
  });

  it('records an autocomplete respond() as a type-8 callback', async () => {
    const c = await ready();
    const handled = onNextInteraction(c, async (interaction) => {
      if (!interaction.isAutocomplete()) throw new Error('expected autocomplete');
      expect(interaction.options.getFocused()).toBe('ru');
      expect(interaction.user.id).toBe(FAKE_USER);
      expect(interaction.memberPermissions?.has('Administrator')).toBe(false);
      await interaction.respond([{ name: 'rust', value: 'rust' }]);
    });
    fake.sendInteraction({
      type: 4,
      member: { permissions: '2048' },
      data: {
        id: '500000000000000001',
        name: 'brief',
        type: 1,
        options: [{ name: 'topic', type: 3, value: 'ru', focused: true }],
      },
    });
    await handled;
    expect(fake.interactionReplies[0]).toMatchObject({
      kind: 'callback',
      type: 8,
      data: { choices: [{ name: 'rust', value: 'rust' }] },
    });
  });

  it('delivers a MESSAGE_CREATE mentioning the bot; message.reply() posts with a message_reference', async () => {
    const c = await ready();
    const received = new Promise<Message>((resolve) => c.once(Events.MessageCreate, resolve));
    const id = fake.sendMessage({ content: `<@${FAKE_BOT_ID}> what happened today?` });
    const message = await received;
    expect(message.id).toBe(id);
    expect(message.content).toBe(`<@${FAKE_BOT_ID}> what happened today?`);
    expect(message.mentions.has(c.user)).toBe(true);
    expect(message.author.bot).toBe(false);
    expect(message.inGuild()).toBe(true);
    const answer = await message.reply('Here is your brief.');
    expect(answer.author.id).toBe(FAKE_BOT_ID);
    expect(answer.reference?.messageId).toBe(id);
    expect(fake.messages).toEqual([
      expect.objectContaining({
        channelId: FAKE_CHANNEL,
        content: 'Here is your brief.',
        messageReference: expect.objectContaining({ message_id: id }),
      }),
    ]);
  });

  it('delivers messages in a thread and a DM', async () => {
    const c = await ready({ partials: [Partials.Channel] });
    const received: Message[] = [];
    c.on(Events.MessageCreate, (m) => void received.push(m));
    fake.sendMessage({ channel_id: FAKE_THREAD, content: 'in thread' });
    fake.sendMessage({ channel_id: FAKE_DM_CHANNEL, content: 'in DM' });
    await fake.waitFor(() => received.length === 2);
    expect(received[0]?.channel.isThread()).toBe(true);
    expect(received[1]?.channel.isDMBased()).toBe(true);
    expect(received[1]?.inGuild()).toBe(false);
    await received[1]?.reply('hello in DM');
    expect(fake.messages[0]?.channelId).toBe(FAKE_DM_CHANNEL);
  });

  it('returns the earlier message for a repeated nonce with enforceNonce', async () => {
    const c = await ready();
    const channel = c.channels.cache.get(FAKE_CHANNEL) as TextChannel;
    const first = await channel.send({ content: 'digest', nonce: 'slot-42', enforceNonce: true });
    const again = await channel.send({ content: 'digest', nonce: 'slot-42', enforceNonce: true });
    expect(again.id).toBe(first.id);
    expect(fake.messages).toHaveLength(1);
    expect(fake.messages[0]).toMatchObject({ nonce: 'slot-42', enforceNonce: true });
    // Without enforce_nonce Discord does not dedupe.
    await channel.send({ content: 'digest', nonce: 'slot-42' });
    expect(fake.messages).toHaveLength(2);
  });

  it('lets discord.js retry a scripted 429 after retry-after', async () => {
    const c = await ready();
    const channel = c.channels.cache.get(FAKE_CHANNEL) as TextChannel;
    fake.failNext('POST', `/channels/${FAKE_CHANNEL}/messages`, { status: 429, retryAfter: 1 });
    const sent = await channel.send('after the limit');
    expect(sent.content).toBe('after the limit');
    const attempts = fake.callsTo('POST', `/channels/${FAKE_CHANNEL}/messages`);
    expect(attempts).toHaveLength(2);
    const [limited, retried] = attempts;
    expect((retried?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(1000);
    expect(fake.messages).toHaveLength(1);
  });

  it('rejects channel.send with a DiscordAPIError 50013 on a scripted 403', async () => {
    const c = await ready();
    const channel = c.channels.cache.get(FAKE_CHANNEL) as TextChannel;
    fake.failNext('POST', `/channels/${FAKE_CHANNEL}/messages`, { status: 403, code: 50013 });
    const error = await channel.send('nope').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect(error).toMatchObject({ code: 50013, status: 403, message: 'Missing Permissions' });
    expect(fake.messages).toHaveLength(0);
    // A 500 is retried by discord.js (up to 3 times, without waiting).
    fake.failNext('POST', `/channels/${FAKE_CHANNEL}/messages`, { status: 500 });
    await channel.send('after a 500');
    expect(fake.messages).toHaveLength(1);
  });

  it('registers commands with PUT /applications/:app/commands', async () => {
    const c = await ready();
    const set = await c.application.commands.set([{ name: 'brief', description: 'A brief' }]);
    expect([...set.values()].map((cmd) => cmd.name)).toEqual(['brief']);
    await c.application.commands.set([{ name: 'ask', description: 'Ask' }], FAKE_GUILD);
    expect(fake.registeredCommands.get('global')).toEqual([expect.objectContaining({ name: 'brief' })]);
    expect(fake.registeredCommands.get(FAKE_GUILD)).toEqual([expect.objectContaining({ name: 'ask' })]);
  });

  it('makes login() reject on a wrong token (REST 401 on /gateway/bot → TokenInvalid)', async () => {
    const c = newClient();
    const error = await c.login('wrong-token').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiscordjsError);
    expect(error).toMatchObject({ code: 'TokenInvalid', message: 'An invalid token was provided.' });
    expect(fake.callsTo('GET', '/gateway/bot')[0]?.authorization).toBe('Bot wrong-token');
    expect(fake.identifies).toBe(0);
  });

  it('closes the gateway with 4004 on IDENTIFY with a wrong token', async () => {
    const socket = new WebSocket(`${fake.gatewayUrl}/?v=10&encoding=json`);
    const frames: { op: number }[] = [];
    socket.on('message', (data) => {
      const frame = JSON.parse(String(data)) as { op: number };
      frames.push(frame);
      if (frame.op === 10) socket.send(JSON.stringify({ op: 2, d: { token: 'Bot wrong', intents: 1 } }));
    });
    const [code, reason] = await new Promise<[number, string]>((resolve) =>
      socket.on('close', (c, r) => resolve([c, String(r)])),
    );
    expect(frames[0]).toMatchObject({ op: 10, d: { heartbeat_interval: 41250 } });
    expect([code, reason]).toEqual([4004, 'Authentication failed.']);
  });

  it('RESUMEs after op 7 RECONNECT and delivers events sent meanwhile', async () => {
    const c = await ready();
    const received = new Promise<Message>((resolve) => c.once(Events.MessageCreate, resolve));
    fake.requestReconnect();
    await fake.waitFor(() => !fake.connected || undefined, 2000);
    fake.sendMessage({ content: 'while reconnecting' });
    expect((await received).content).toBe('while reconnecting');
    expect(fake.resumes).toBe(1);
    expect(fake.identifies).toBe(1);
  });
});
