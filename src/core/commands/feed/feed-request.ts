import { type CommandInput, quoteInput } from '../command.js';
import { readAction } from '../read-action.js';

export const FEED_ACTIONS = ['add', 'remove', 'list', 'status', 'enable', 'import'] as const;
export type FeedAction = (typeof FEED_ACTIONS)[number];

const FEED_KEYS = ['url', 'urls', 'include', 'exclude', 'mode'] as const;
type FeedKey = (typeof FEED_KEYS)[number];

export type FeedRequest =
  | { ok: true; action: FeedAction; values: Partial<Record<FeedKey, string>> }
  | { ok: false; problem: string; hint: string };

export const FEED_USAGE = '/feed add <url> [include:<words>] [exclude:<words>] [mode:digest|instant]';
export const IMPORT_USAGE = '/feed import <url> <url> … (on Discord: attach an OPML file)';
const ACTIONS_HINT = `Type /feed ${FEED_ACTIONS.join('|')}, e.g. ${FEED_USAGE}`;

const isKey = (word: string): word is FeedKey => (FEED_KEYS as readonly string[]).includes(word);

/**
 * Reads "/feed ACTION [url] [include:a,b] [exclude:c] [mode:instant]" from free text (Slack, the console)
 * and from named options (Discord). The first word that is not a key:value is the feed's URL. Named
 * options win.
 */
export function readFeedRequest(input: CommandInput): FeedRequest {
  const read = readAction(input, FEED_ACTIONS, { command: 'feed', subject: 'feeds' }, ACTIONS_HINT);
  if (!read.ok) return read;
  const { action, words, options } = read;
  const values: Partial<Record<FeedKey, string>> = {};
  for (const word of words) {
    const split = /^([a-z]+)[=:](.*)$/i.exec(word);
    const key = split?.[1]?.toLowerCase();
    if (split && key && isKey(key) && !/^https?$/i.test(key)) values[key] = split[2] ?? '';
    else if (action === 'import') values.urls = `${values.urls ?? ''} ${word}`.trim();
    else if (values.url === undefined) values.url = word;
    else return { ok: false, problem: `Unknown option ${quoteInput(word)}.`, hint: `Type ${FEED_USAGE}` };
  }
  for (const key of FEED_KEYS) {
    const value = options[key]?.trim();
    if (value) values[key] = value;
  }
  return { ok: true, action, values };
}

/** "ai, energy  climate" → ['ai', 'energy', 'climate']. */
export function filterWords(list: string | undefined): string[] {
  return (list ?? '')
    .split(/[\s,]+/)
    .map((word) => word.toLowerCase())
    .filter(Boolean);
}
