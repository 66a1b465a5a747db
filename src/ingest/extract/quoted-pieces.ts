/**
 * The quoted words of each sentence. A quotation may open in one sentence and close several sentences later,
 * so the sentences are read in order with the open quotation mark carried across.
 */

export interface QuotedPiece {
  sentence: number;
  /** Offsets of the quoted words (inside the marks). */
  start: number;
  end: number;
  /** The quotation opened in this sentence (not carried over from the one before). */
  opens: boolean;
  /** The quotation closes in this sentence. */
  closes: boolean;
  /** Index of the quotation the piece belongs to: pieces of one quotation share it. */
  quotation: number;
}

type Mark = '“' | '"' | '‘' | "'";

const CLOSING: Record<Mark, string> = { '“': '”', '"': '"', '‘': '’', "'": "'" };
/** A quotation left open longer than this was a stray mark, not a quotation. */
const MAX_OPEN_SENTENCES = 8;

export function findQuotedPieces(sentences: readonly string[]): QuotedPiece[] {
  const pieces: QuotedPiece[] = [];
  let open: { mark: Mark; since: number } | undefined;
  let quotation = 0;
  sentences.forEach((text, index) => {
    if (open && index - open.since > MAX_OPEN_SENTENCES) open = undefined;
    // A new paragraph of a long quotation opens again without the last one closing ("‘… ‘But I’ve said …").
    const reopens = open && text.trimStart().startsWith(open.mark) && open.mark !== '"';
    let start = open ? (reopens ? text.indexOf(open.mark) + 1 : 0) : -1;
    let opens = false;
    for (let i = reopens ? start : 0; i < text.length; i++) {
      const c = text[i] as string;
      if (!open) {
        if (isOpening(text, i, c)) {
          open = { mark: c as Mark, since: index };
          quotation++;
          start = i + 1;
          opens = true;
        }
        continue;
      }
      if (c === CLOSING[open.mark] && isClosing(text, i, open.mark)) {
        pieces.push({ sentence: index, start, end: i, opens, closes: true, quotation });
        open = undefined;
        opens = false;
      }
    }
    if (open && start >= 0 && start < text.length) {
      pieces.push({ sentence: index, start, end: text.length, opens, closes: false, quotation });
    }
  });
  return pieces.filter((piece) => piece.end > piece.start);
}

function isOpening(text: string, i: number, c: string): boolean {
  if (c === '“' || c === '"') return true;
  if (c !== '‘' && c !== "'") return false;
  const before = text[i - 1];
  // A single mark opens at the start of a word ("said: 'I've …"), never inside one ("it's").
  const startsWord = before === undefined || /[\s(—:,-]/.test(before);
  return startsWord && (c === '‘' || /\p{L}|\d/u.test(text[i + 1] ?? ''));
}

/** ’ or ' closes a quotation unless it is an apostrophe: "I’ve", "it’s", "the players’ efforts". */
function isClosing(text: string, i: number, mark: Mark): boolean {
  if (mark !== '‘' && mark !== "'") return true;
  const before = text[i - 1] ?? '';
  const after = text[i + 1] ?? '';
  if (/\p{L}/u.test(after)) return false;
  if (before === 's' && /^\s+[a-z]/.test(text.slice(i + 1, i + 4))) return false;
  return !/\s/.test(before);
}
