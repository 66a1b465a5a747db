import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commands } from '../../../src/core/commands/index.js';
import { slackManifest } from '../../../src/platforms/slack/slack-manifest.js';
import { REPO_ROOT, runScript } from '../../fixtures/run-process.js';

describe('the Slack app manifest', () => {
  it('in the repository is the one the code builds (Socket Mode), so the two never drift', () => {
    const committed = JSON.parse(readFileSync(`${REPO_ROOT}/slack-manifest.json`, 'utf8'));
    expect(committed).toEqual(slackManifest());
    expect(committed.settings.socket_mode_enabled).toBe(true);
  });

  it('offers exactly the core commands, within Slack’s field limits', () => {
    const offered = slackManifest().features.slash_commands;
    expect(offered.map((c) => c.command)).toEqual(commands.map((c) => `/${c.name}`));
    for (const command of offered) {
      expect(command.command.length).toBeLessThanOrEqual(32);
      expect(command.description.length).toBeLessThanOrEqual(100);
    }
    expect(slackManifest().display_information.description.length).toBeLessThanOrEqual(140);
  });

  it('for HTTP mode sends commands, events and clicks to URL/slack/events', async () => {
    const result = await runScript('scripts/slack-manifest.ts', ['--url', 'https://bot.example.com/']);
    expect(result.code).toBe(0);
    const manifest = JSON.parse(result.stdout);
    const url = 'https://bot.example.com/slack/events';
    expect(manifest.settings).toMatchObject({
      socket_mode_enabled: false,
      event_subscriptions: { request_url: url },
      interactivity: { is_enabled: true, request_url: url },
    });
    expect(manifest.features.slash_commands.every((c: { url: string }) => c.url === url)).toBe(true);
    const bad = await runScript('scripts/slack-manifest.ts', ['--url', 'bot.example.com']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/https:\/\//);
  });
});
