/**
 * What a web page leaves in a news sentence and a bullet must not show: the dateline and agency tag
 * ("NEW YORK, March 23 (Reuters) -", "(CNN)"), a byline, DailyMail's header ("PUBLISHED: . … | . UPDATED:
 * . …"), photo-caption furniture ("Pictured: …", "(file photo)", "Image 1 of 3", "Photo: AP"), link
 * prompts ("click here", "READ MORE: …") and URLs. Each reader only removes text; none adds any.
 */

/** The page's own outlet and author, which a dateline or byline names. */
export interface ResidueContext {
  outlet?: string | undefined;
  author?: string | undefined;
  url?: string | undefined;
  /** Whether the sentence opens its paragraph: only there can a mixed-case place start a dateline. */
  opensParagraph: boolean;
}

/** What is left, and whether furniture was taken out (a short remainder is then not a sentence). */
export interface Stripped {
  text: string;
  stripped: boolean;
}

const WIRES =
  'CNN|CNNMoney|CNN Money|Reuters|AP|AFP|UPI|Xinhua|Bloomberg|dpa|EFE|ANSA|PA|IANS|PTI|Kyodo|Yonhap|TASS|Interfax|' +
  'Associated Press|Agence France-Presse|Press Association|Daily Mail|MailOnline';
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const DATE = String.raw`,?\s+${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,\s*\d{4})?`;
const CAPS_PLACE = String.raw`\p{Lu}[\p{Lu}.'’-]*\p{Lu}\.?(?:\s+\p{Lu}[\p{Lu}.'’-]*)*`;
const MIXED_PLACE = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}`;
const REGION = String.raw`(?:,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?`;
const DASH = '(?:-{1,2}|—|–)';
/** "(Reuters)", "(The Hollywood Reporter)", "(the Heartland Project)": a name, no digits. */
const TAG = String.raw`\(((?:the\s+)?\p{Lu}[\p{L}&.'’ -]{0,38})\)`;

const TAGGED_DATELINE = new RegExp(
  String.raw`^(?:(${CAPS_PLACE}|${MIXED_PLACE})${REGION}(?:${DATE})?\s*)?${TAG}(\s*${DASH}\s*|\s+|(?=[\p{Lu}"“‘'\d]))`,
  'u',
);
const CAPS_DATELINE = new RegExp(String.raw`^${CAPS_PLACE}${REGION}(?:${DATE})?\s+${DASH}\s+`, 'u');
const MIXED_DATELINE = new RegExp(
  String.raw`^${MIXED_PLACE}${REGION}(?:${DATE})?\s+${DASH}\s+(?=[\p{Lu}"“])`,
  'u',
);
/** CNN Student News opens with its date as a sentence: "March 10, 2015 . We're truly…". */
const DATE_PREFIX = new RegExp(String.raw`^${MONTH}\s+\d{1,2},\s*\d{4}\s*\.(?:\s+|$)`, 'u');

const NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}`;
const DOTTED_BYLINE = /^By\s+\.\s+[^.]{2,60}?\s+\.\s+/u;
const CREDIT = `(?:${WIRES}|(?:Senior |Staff |Chief |Special |Foreign )?(?:Writer|Reporter|Correspondent|Editor)s?)`;
const AGENCY_BYLINE = new RegExp(
  String.raw`^By\s+${NAME}(?:(?:,\s*|\s+and\s+)${NAME})*,\s*${CREDIT}\b\.?\s*(?:${DASH}\s*)?`,
  'u',
);
const NOT_A_NAME = /^By\s+(?:The|A|An|This|That|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/** Strips datelines, agency tags and bylines from the start, as many as are stacked there. */
export function stripLeading(text: string, context: ResidueContext): Stripped {
  let rest = text.trimStart();
  let stripped = false;
  for (let changed = true; changed; ) {
    const next = stripOneLeading(rest, context);
    changed = next !== rest;
    stripped ||= changed;
    rest = next.trimStart();
  }
  return { text: rest, stripped };
}

function stripOneLeading(text: string, context: ResidueContext): string {
  const dotted = DOTTED_BYLINE.exec(text) ?? DATE_PREFIX.exec(text);
  if (dotted) return text.slice(dotted[0].length);
  if (!NOT_A_NAME.test(text)) {
    const byline = AGENCY_BYLINE.exec(text) ?? authorByline(text, context.author);
    if (byline) return text.slice(byline[0].length);
  }
  const tagged = TAGGED_DATELINE.exec(text);
  const [, place, tag, after] = tagged ?? [];
  // A mixed-case name before a bracket ("Mr Smith (Labour) - …") is a dateline only where a story starts.
  const placeFits = !place || /\p{Lu}{2}/u.test(place) || context.opensParagraph;
  if (tagged && placeFits && isAgencyTag(tag as string, after as string, context.outlet)) {
    return text.slice(tagged[0].length);
  }
  const dashed = CAPS_DATELINE.exec(text) ?? (context.opensParagraph ? MIXED_DATELINE.exec(text) : null);
  return dashed ? text.slice(dashed[0].length) : text;
}

/** "By Jane Doe" when the brief names Jane Doe as its author. */
function authorByline(text: string, author: string | undefined): RegExpExecArray | null {
  if (!author) return null;
  return new RegExp(String.raw`^By:?\s+${escapeRegExp(author)}\b[,.]?\s*(?:${DASH}\s*)?`, 'iu').exec(text);
}

/**
 * A tag in brackets is a credit, not an aside ("Apple (AAPL) shares rose"), when it names a wire or the
 * outlet, or when a dash or the next word follows it without a space, as in "(CNN)Police said…".
 */
function isAgencyTag(tag: string, after: string, outlet: string | undefined): boolean {
  if (WIRE.test(tag)) return true;
  if (outlet && tag.toLowerCase() === outlet.toLowerCase()) return true;
  return after === '' || LEADING_DASH.test(after);
}

const WIRE = new RegExp(`^(?:${WIRES})$`, 'i');
const LEADING_DASH = new RegExp(`^\\s*${DASH}`);

/** Furniture that is a whole sentence: a caption, a credit line, a link prompt. */
const WHOLE_RESIDUE: readonly RegExp[] = [
  /^(?:Pictured|Above|Below|Inset|Left|Right|Top|Bottom|Main(?: picture)?)(?:,?\s+(?:left|right|above|below|centre|center|top|bottom|inset|here))*\s*:/i,
  /^(?:Photo|Photograph|Picture|Image)s?\s*:/i,
  /\bcontributed to this (?:report|story|article)\b/i,
  /^(?:READ MORE|Read more|See also|WATCH|Watch|RELATED|Related)(?:\s+[^:]{0,40})?:/,
  /^Follow\s+(?:@\w+|us\b)/i,
  /^Click here\b/i,
  // A page's copyright line and a link's label left alone as a sentence.
  /^(?:©|\(c\)\s|Copyright\s+(?:©|\(c\)|\d{4}))/i,
  /\bAll rights reserved\b/i,
  /^(?:Read|See|Watch) (?:more|the video|video)\s*[.:!]?$/i,
];

/** Furniture inside a sentence; each goes with the spaces around it. */
const INLINE_RESIDUE: readonly RegExp[] = [
  /\s*\bBy\s+\.\s+[^.]{2,60}?\s+\.(?=\s|$)/g,
  /\s*\b(?:PUBLISHED|UPDATED):\s*\.?\s*[^|.]{0,40}?\d{4}\s*\.?\s*(?:\|\s*\.?\s*)?/g,
  /\s*\bLast updated at\s+\d{1,2}[:.]\d{2}\s*(?:[AP]M)?\s+on\s+\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}+\s+\d{4}\s*\.?/gu,
  /\s*\bScroll down (?:for|to see|to watch) (?:the )?videos?\b\s*\.?/gi,
  /\s*\((?:pictured|picture|photo|file photo|file picture|file image)\b[^()]{0,60}\)/gi,
  /\s*\((?:(?:top|bottom|far)\s+)?(?:left|right|centre|center|above|below|top|bottom|inset)\)/gi,
  /\s*\bImage\s+\d+\s+of\s+\d+\b\s*\.?/gi,
  /\s*\b(?:Photo|Photograph|Photo credit|Picture|Image)s?\s*:\s*\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3}(?:\s*[/|]\s*\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3})?\s*\.?(?=\s|$)/gu,
];

/** A picture credit at the very end, unless the sentence names it ("images from Getty Images"). */
const TRAILING_CREDIT =
  /(?<!\b(?:by|from|at|of|for|to|with|said|told|and)\s*)\s*(?:[|/]\s*)?(?:\p{Lu}[\p{L}]*\s*\/\s*)?(?:Getty Images|Rex Features|REX\/Shutterstock|Shutterstock|Corbis|Alamy|AP Photo|Splash News|Barcroft Media)\s*\.?$/u;

/** "… click here." and "READ MORE: …" take the rest of their clause with them. */
const LINK_PROMPTS: readonly RegExp[] = [
  /(?:^|[,;:.!?]\s*|\s+)(?:(?:to|for)\b[^,;.!?]{0,80}?,?\s*)?(?:please\s+)?click here\b[^.!?;]*[.!?]?/gi,
  /\s*\bREAD MORE\b:?.*$/g,
];

/** Strips DailyMail, caption and link residue wherever it sits. Null: the sentence was nothing else. */
export function stripResidue(text: string): Stripped | null {
  if (WHOLE_RESIDUE.some((pattern) => pattern.test(text))) return null;
  let rest = text;
  for (const pattern of [...INLINE_RESIDUE, TRAILING_CREDIT, ...LINK_PROMPTS]) {
    rest = rest.replace(pattern, ' ');
  }
  return { text: rest, stripped: rest !== text };
}

const URL_BODY = String.raw`(?:https?:\/\/|www\.|pic\.twitter\.com\/|t\.co\/)[^\s<>"”]+?(?=[.,;:!?)]*(?:\s|$))`;
const DOMAIN = String.raw`[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|info|co\.uk|org\.uk|ac\.uk|gov\.uk|io|ly|tv)(?:\/[^\s"”]*?)?(?=[.,;:!?)]*(?:\s|$))`;
/**
 * "For more information, visit www.x.org", "visit x.org", "check out the X website at www.x.org": the
 * lead-in goes too. A bare domain counts only after "visit" ("Amazon.com said…" is a company).
 */
const URL_TAIL = new RegExp(
  String.raw`(?:,?\s*for more (?:information|info|details)?(?:\s+(?:about|on)\s+[^,.]{1,40})?,?)?\s*(?:please\s+)?` +
    String.raw`(?:(?:visit|go to|log on to)\s+${DOMAIN}|(?:visit|see|go to|log on to|check out)\s+(?:the\s+[^.,]{1,40}?\s+(?:website|site|page)\s+at\s+)?${URL_BODY})`,
  'gi',
);
const URL_WITH_PREPOSITION = new RegExp(
  String.raw`\s*(?:\b(?:at|on|via|from)\s+|:\s*|\(\s*|-\s+)?${URL_BODY}\s*\)?`,
  'gi',
);

/** Strips URLs, with the words that only lead to them; the briefing shows its source once, elsewhere. */
export function stripUrls(text: string, url: string | undefined): Stripped {
  let rest = url ? text.split(url).join(' ') : text;
  rest = rest.replace(URL_TAIL, ' ').replace(URL_WITH_PREPOSITION, ' ');
  return { text: rest, stripped: rest !== text };
}

/** Spaces the cuts left: doubled, before punctuation, or at the ends; a first letter cut to lower case. */
export function tidy(text: string): string {
  const spaced = text
    .replace(/\s+/g, ' ')
    .replace(/\.(?:\s+\.)+/g, '.')
    .replace(/\s+([.,;:!?])/g, '$1')
    .replace(/([,;:])(?=[.!?]|$)/g, '')
    .replace(/^[\s,;:.|—–-]+/, '')
    .trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
