/**
 * Quotation marks a sentence cut from its article leaves unbalanced. A quote that runs on into the next
 * sentence is closed at the end ("…we will go on.”); a closing mark with no opener — left over from the
 * sentence before, or ending a quote that opened there — is dropped, since an opener cannot be invented.
 * Apostrophes ("don’t", "the Smiths’ house", "6'2\"") are never touched.
 */

interface Mark {
  at: number;
  char: string;
}

/** Whether a double quotation mark is still open after these sentences (the quote runs on). */
export function quoteOpenAfter(sentences: readonly string[]): boolean {
  let open = false;
  for (const sentence of sentences) open = scanDoubles(sentence, open).open;
  return open;
}

/**
 * The sentence with its double quotes paired and a sentence-initial single quote closed or dropped.
 * `openBefore`: a quote opened in an earlier sentence is still open as this one starts.
 */
export function balanceQuotes(text: string, openBefore = false): string {
  const { strays, unclosed } = scanDoubles(text, openBefore);
  const drop = new Set(strays.map((m) => m.at));
  let close = '';
  if (unclosed) {
    const after = text.slice(unclosed.at + 1);
    if (/[\p{L}\p{N}]/u.test(after)) close = unclosed.char === '“' ? '”' : '"';
    else drop.add(unclosed.at);
  }
  if (drop.size === 0 && close === '') return balanceSingles(text);
  const kept = text
    .split('')
    .map((char, i) => (drop.has(i) ? '' : char))
    .join('');
  return kept.replace(/\s{2,}/g, ' ').trim() + close;
}

function scanDoubles(text: string, openBefore: boolean): { strays: Mark[]; unclosed?: Mark; open: boolean } {
  const strays: Mark[] = [];
  let open = openBefore;
  let opener: Mark | undefined;
  for (const mark of doubleMarks(text)) {
    if (closes(text, mark, open)) {
      // No opener in this sentence: a stray, or the end of a quote opened in an earlier one.
      if (!opener) strays.push(mark);
      open = false;
      opener = undefined;
    } else {
      if (opener) strays.push(opener);
      open = true;
      opener = mark;
    }
  }
  return opener ? { strays, unclosed: opener, open } : { strays, open };
}

/** Double marks, less inch marks after feet ("6'2\""). */
function doubleMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  for (const match of text.matchAll(/["“”]/g)) {
    if (match[0] === '"' && /\d['’]\d{1,2}$/.test(text.slice(0, match.index))) continue;
    marks.push({ at: match.index, char: match[0] });
  }
  return marks;
}

/**
 * Curly marks say which way they face. A straight one opens before a word and closes after one; one with
 * spaces or words on both sides closes the quote that is open, else opens one. An opening mark while a
 * quote is open starts a new one: news copy does not close a quote that goes on in the next paragraph.
 */
function closes(text: string, mark: Mark, open: boolean): boolean {
  if (mark.char !== '"') return mark.char === '”';
  const before = text.charAt(mark.at - 1);
  const after = text.charAt(mark.at + 1);
  const opening = (mark.at === 0 || /[\s([{—–-]/.test(before)) && /[\p{L}\p{N}'‘(.…$£€]/u.test(after);
  const closing =
    (mark.at > 0 && !/\s/.test(before) && (after === '' || /[\s.,;:!?)\]—–-]/.test(after))) ||
    (mark.at === 0 && /\s/.test(after));
  if (opening !== closing) return closing;
  return open;
}

/**
 * Single quotes double as apostrophes, so only the clear cases, in a sentence with no double quotes: one
 * that opens with ‘ or ' before a word and has no closing mark after a word is closed at the end; one
 * that starts with a lone closing mark loses it.
 */
function balanceSingles(text: string): string {
  if (/["“”]/.test(text)) return text;
  if (/^['’]\s/.test(text)) return text.slice(1).trimStart();
  const opening = /^(['‘])(?=\p{L})/u.exec(text);
  if (!opening || /[\p{L}\p{N}.,!?]['’](?!\p{L})/u.test(text.slice(1))) return text;
  return `${text}${opening[1] === '‘' ? '’' : "'"}`;
}
