import { type CommandInput, quoteInput } from '../command.js';
import { readAction } from '../read-action.js';

export const DIGEST_ACTIONS = ['subscribe', 'unsubscribe', 'list', 'preview', 'status'] as const;
export type DigestAction = (typeof DIGEST_ACTIONS)[number];

export const DIGEST_KEYS = ['time', 'timezone', 'topics', 'cron', 'empty'] as const;
export type DigestKey = (typeof DIGEST_KEYS)[number];

export type DigestRequest =
  | { ok: true; action: DigestAction; values: Partial<Record<DigestKey, string>> }
  | { ok: false; problem: string; hint: string };

export const SUBSCRIBE_USAGE =
  '/digest subscribe [time HH:MM] [timezone IANA] [topics a,b] [cron EXPR] [empty post|skip]';
const ACTIONS_HINT = `Type /digest ${DIGEST_ACTIONS.join('|')}, e.g. /digest subscribe time 07:30 timezone Europe/Berlin`;

const isKey = (word: string): word is DigestKey => (DIGEST_KEYS as readonly string[]).includes(word);

/**
 * Reads "/digest ACTION [key value]…" from Slack-style free text ("subscribe time 07:30 topics ai,energy",
 * also "time=07:30" and "time:07:30") and from named options ({ action, time, timezone, topics, cron }).
 * A value runs until the next key, so "cron 30 7 * * 1-5" works unquoted. Named options win.
 */
export function readDigestRequest(input: CommandInput): DigestRequest {
  const read = readAction(input, DIGEST_ACTIONS, { command: 'digest', subject: 'the digest' }, ACTIONS_HINT);
  if (!read.ok) return read;
  const { action, words, options } = read;

  const values: Partial<Record<DigestKey, string>> = {};
  let current: DigestKey | undefined;
  for (const word of words) {
    const split = /^([a-z]+)[=:](.*)$/i.exec(word);
    const key = split?.[1]?.toLowerCase();
    if (split && key && isKey(key)) {
      current = key;
      values[key] = split[2] ?? '';
    } else if (isKey(word.toLowerCase())) {
      current = word.toLowerCase() as DigestKey;
      values[current] = '';
    } else if (current) {
      values[current] = `${values[current] ?? ''} ${word}`.trim();
    } else {
      return {
        ok: false,
        problem: `Unknown option ${quoteInput(word)}.`,
        hint: `Type ${SUBSCRIBE_USAGE}`,
      };
    }
  }
  for (const key of DIGEST_KEYS) {
    const value = options[key]?.trim();
    if (value) values[key] = value;
  }
  for (const key of DIGEST_KEYS) {
    const value = values[key]?.replace(/^["'`]|["'`]$/g, '').trim();
    if (value === undefined) continue;
    if (!value) return { ok: false, problem: `Give a value after ${key}.`, hint: `Type ${SUBSCRIBE_USAGE}` };
    values[key] = value;
  }
  return { ok: true, action, values };
}
