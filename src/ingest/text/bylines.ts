/**
 * Bylines and datelines as news copy writes them. Each reader takes one line (or the start of the first
 * body line) and returns the fields it found, or undefined when the line is not of its kind.
 */
export interface HeaderFields {
  author?: string;
  outlet?: string;
  dateline?: string;
}

const NAME = String.raw`[\p{Lu}][\p{L}.'’-]*(?:\s+(?:[\p{Lu}][\p{L}.'’-]*|de|van|von|bin|al|la|le))*`;
const ROLE =
  /^(?:(?:senior|staff|chief|special|foreign|political|business|our)\s+)*(?:writer|reporter|correspondent|editor|contributor|columnist|journalist)s?$/i;
const OUTLET_WORDS =
  /^(?:The\s|Reuters$|AP$|AFP$|CNN$|BBC\b|Xinhua$|Bloomberg$|Associated Press$|Press Association$)|\b(?:Press|News|Times|Post|Herald|Agency|Service|Daily|Mail|Journal|Telegraph|Guardian|Tribune|Gazette|Network|Media)\b/;

/** An agency named after the reporter without a comma, as AP copy does: "By JANE DOE Associated Press". */
const TRAILING_AGENCY =
  /^((?!The\s)\S.*?[^\s,|])\s+((?:The\s+)?Associated Press|Reuters|AFP|Agence France-Presse)$/;

/** "By Jane Doe", "By Jane Doe and John Roe, Reuters", "By JANE DOE, Staff Writer". */
export function readByLine(line: string): HeaderFields | undefined {
  const match = /^By:?\s+(.+?)\.?$/u.exec(line);
  if (!match || line.length > 120) return undefined;
  const credit = (match[1] as string).replace(TRAILING_AGENCY, '$1, $2');
  const parts = credit.split(/\s*[,|]\s*/);
  const fields: HeaderFields = {};
  const last = parts.at(-1) as string;
  if (parts.length > 1 && ROLE.test(last)) parts.pop();
  else if (parts.length > 1 && OUTLET_WORDS.test(last)) fields.outlet = parts.pop() as string;
  const names = parts.join(', ');
  if (!new RegExp(`^${NAME}(?:(?:,\\s*|\\s+and\\s+)${NAME})*$`, 'u').test(names)) return undefined;
  return withAuthor(fields, names);
}

/** "Jane Doe, Staff Writer" or "Jane Doe, Senior Correspondent, The Daily Planet". */
export function readSignature(line: string): HeaderFields | undefined {
  const match = new RegExp(`^(${NAME}),\\s*([^,]+?)(?:,\\s*(.+?))?\\.?$`, 'u').exec(line);
  if (!match || line.length > 100 || !ROLE.test(match[2] as string)) return undefined;
  const fields: HeaderFields = match[3] ? { outlet: match[3] } : {};
  return withAuthor(fields, match[1] as string);
}

/** "21st Century Business Herald reporter Wen Jing reports from Chongqing". */
export function readReporterLine(line: string): HeaderFields | undefined {
  const match = new RegExp(
    `^(?:The\\s+)?(.+?)\\s+(?:staff\\s+)?(?:reporter|correspondent|journalist)s?\\s+(${NAME})\\s+(?:reports|reported|writes)(?:\\s+from\\s+(${NAME}))?\\.?$`,
    'u',
  ).exec(line);
  if (!match || line.split(/\s+/).length > 16) return undefined;
  const fields: HeaderFields = { outlet: match[1] as string, author: match[2] as string };
  if (match[3]) fields.dateline = match[3];
  return fields;
}

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const DATELINE = new RegExp(
  String.raw`^(?:([\p{Lu}][\p{Lu}.'’ -]*[\p{Lu}.])(?:,\s*(?!${MONTH}\s*\d)([\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*)*))?(?:,?\s+${MONTH}\s*\d{1,2}(?:,\s*\d{4})?)?\s*)?(?:\(([^()]{2,40})\))?\s*(--|—|–|\s-\s)?\s*`,
  'u',
);

/**
 * "BEIJING, Aug. 22 (Xinhua) -- …", "LONDON (Reuters) - …", "WASHINGTON — …", "(CNN) -- …", "(CNN)They…".
 * The place needs a dash or an outlet in parentheses after it, so an all-capital first word alone
 * ("NASA said…") is not taken for one.
 */
export function readDateline(line: string): HeaderFields | undefined {
  const match = DATELINE.exec(line);
  if (!match || match[0].trim() === '') return undefined;
  const [, place, region, outlet, dash] = match;
  if (!outlet && !dash) return undefined;
  if (outlet && !/^[\p{Lu}][\p{L}&. ]*$/u.test(outlet)) return undefined;
  if (place && !outlet && !/\p{Lu}{2}/u.test(place)) return undefined;
  const fields: HeaderFields = {};
  if (place) fields.dateline = [titleCase(place.trim()), region].filter(Boolean).join(', ');
  if (outlet) fields.outlet = outlet;
  return place || outlet ? fields : undefined;
}

/** "WHITE HOUSE" → "White House"; mixed-case words stay as written. */
export function titleCase(words: string): string {
  if (/\p{Ll}/u.test(words)) return words;
  return words
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, gap: string, letter: string) => gap + letter.toUpperCase());
}

/** Agencies and "Daily Mail Reporter"-style credits name the outlet, not a person. */
function withAuthor(fields: HeaderFields, names: string): HeaderFields {
  const credit = /^(.+?)\s+(?:Reporter|Correspondent|Staff)$/.exec(names);
  if (credit) return { ...fields, outlet: fields.outlet ?? (credit[1] as string) };
  if (OUTLET_WORDS.test(names) && !names.includes(' and '))
    return { ...fields, outlet: fields.outlet ?? names };
  return { ...fields, author: /\p{Ll}/u.test(names) ? names : titleCase(names) };
}
