/**
 * Routing keys are arbitrary strings ("3.5", "w:4t6", "o'brien", "café"), but FTS5's unicode61 tokenizer
 * folds case, drops diacritics and splits on punctuation, so a key written as it is could come back as a
 * different key or as several. Each key is therefore written as one token the tokenizer keeps whole and
 * unchanged: lower-case ASCII letters and digits stand for themselves, and every other character becomes
 * `_<its code point in base 36>_` ('_' is declared a token character). Inside an escape there are only
 * letters and digits, so the first '_' after an opening one always closes it: the encoding is injective.
 */
export const KEY_TOKENIZER = "unicode61 remove_diacritics 0 tokenchars '_'";

const PLAIN_CHAR = /[a-z0-9]/;
const ESCAPE = /_([a-z0-9]+)_/y;

/** No non-empty key encodes to a lone '_' (a plain key has a letter or digit, an escape is 3+ chars). */
const EMPTY_KEY_TOKEN = '_';

/** The index token of a routing key. */
export function keyToken(key: string): string {
  if (isPlain(key)) return key;
  if (key === '') return EMPTY_KEY_TOKEN;
  let token = '';
  // for…of walks code points, so a character outside the BMP is one escape, not two surrogates.
  for (const char of key) {
    token += PLAIN_CHAR.test(char) ? char : `_${(char.codePointAt(0) as number).toString(36)}_`;
  }
  return token;
}

/** Whether a key is all [a-z0-9], as nearly all are: a loop, since a regex test per key showed in profiles. */
function isPlain(key: string): boolean {
  if (key.length === 0) return false;
  for (let i = 0; i < key.length; i += 1) {
    const code = key.charCodeAt(i);
    if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57))) return false;
  }
  return true;
}

/** The routing key a token stands for: the inverse of keyToken. Throws on a string keyToken never makes. */
export function tokenKey(token: string): string {
  if (token === EMPTY_KEY_TOKEN) return '';
  let key = '';
  let at = 0;
  while (at < token.length) {
    const char = token[at] as string;
    if (char !== '_') {
      if (!PLAIN_CHAR.test(char)) throw new Error(`not a key token: ${JSON.stringify(token)}`);
      key += char;
      at += 1;
      continue;
    }
    ESCAPE.lastIndex = at;
    const escaped = ESCAPE.exec(token);
    if (!escaped) throw new Error(`not a key token: ${JSON.stringify(token)}`);
    key += String.fromCodePoint(Number.parseInt(escaped[1] as string, 36));
    at = ESCAPE.lastIndex;
  }
  return key;
}

/** The FTS5 MATCH expression for one key: a quoted phrase, so no token is read as an operator. */
export function keyMatch(key: string): string {
  return `"${keyToken(key)}"`;
}

/** The FTS5 column text of a brief's keys: their tokens, space-separated. */
export function keysText(keys: Iterable<string>): string {
  const tokens: string[] = [];
  for (const key of keys) tokens.push(keyToken(key));
  return tokens.join(' ');
}
