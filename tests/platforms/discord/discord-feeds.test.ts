import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discordCommandJson } from '../../../src/platforms/discord/discord-commands.js';
import { FAKE_CHANNEL, FAKE_GUILD } from '../../fakes/fake-discord.js';
import { type FeedServer, startFeedServer } from '../../feeds/poll/feed-server.js';
import { twoCityBriefs } from '../slack/slack-library.js';
import { type DiscordHarness, startDiscordHarness } from './discord-harness.js';

const ATTACHMENT_ID = '700000000000000001';
const OPML = `<?xml version="1.0"?><opml version="2.0"><head><title>Reader export</title></head><body>
<outline text="Gazette" type="rss" xmlUrl="https://gazette.example/feed.xml"/>
<outline text="Wire" type="rss" xmlUrl="https://wire.example/rss"/></body></opml>`;

/** /feed import with a file attached, as Discord sends it: the option names the attachment it resolved. */
function importWithFile(url: string, filename: string) {
  return {
    id: '500000000000000002',
    name: 'feed',
    type: 1,
    options: [
      { name: 'action', type: 3, value: 'import' },
      { name: 'opml', type: 11, value: ATTACHMENT_ID },
    ],
    resolved: {
      attachments: {
        [ATTACHMENT_ID]: {
          id: ATTACHMENT_ID,
          filename,
          size: 300,
          url,
          proxy_url: url,
          content_type: 'text/xml',
        },
      },
    },
  };
}

describe('/feed on Discord (real discord.js, fake Discord)', () => {
  let h: DiscordHarness;
  let files: FeedServer;
  beforeAll(async () => {
    h = await startDiscordHarness(twoCityBriefs());
    files = await startFeedServer();
  });
  afterAll(async () => {
    await files.close();
    await h.stop();
  });

  async function interact(data: unknown) {
    const { token } = h.fake.sendInteraction({ type: 2, data });
    const edit = await h.fake.waitFor(() =>
      h.fake.interactionReplies.find((r) => r.token === token && r.kind === 'edit'),
    );
    return JSON.stringify(edit.data);
  }

  it('registers an attachment option for an OPML file', () => {
    const feed = discordCommandJson().find((c) => c.name === 'feed');
    expect(feed?.options).toContainEqual(expect.objectContaining({ name: 'opml', type: 11 }));
  });

  it('follows every feed of an attached OPML file in the channel', async () => {
    files.set('/export.opml', { body: OPML, headers: { 'Content-Type': 'text/xml' } });
    const reply = await interact(importWithFile(files.url('/export.opml'), 'export.opml'));
    expect(reply).toContain('Following 2 feeds');
    const followed = await h.feeds.subscriptions({
      target: { platform: 'discord', workspace: FAKE_GUILD, channel: FAKE_CHANNEL },
    });
    expect(followed.map((s) => s.feedUrl).sort()).toEqual([
      'https://gazette.example/feed.xml',
      'https://wire.example/rss',
    ]);
  });

  it('says what is wrong with a file that is not OPML, and follows nothing', async () => {
    files.set('/notes.txt', { body: 'just some notes', headers: { 'Content-Type': 'text/plain' } });
    const before = (await h.feeds.subscriptions()).length;
    const reply = await interact(importWithFile(files.url('/notes.txt'), 'notes.txt'));
    expect(reply).toMatch(/notes\.txt is not an OPML file/);
    expect(await h.feeds.subscriptions()).toHaveLength(before);
  });
});
