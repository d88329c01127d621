import * as OpenCC from 'opencc-js/t2cn';

/**
 * The one text folding of the archive search, applied alike to the index, the query, the ranking
 * and the highlights (issue 14), so what is found is what is marked:
 * - NFKC: full-width ＫＯＬ is KOL, ㈱ is (株);
 * - lower case: Brand is brand, İ is i; ﬁ is fi (one character, two folded: the offset map
 *   below keeps highlights on the original text right);
 * - Traditional → Simplified Chinese with OpenCC (opencc-js, the maintained JS port of the
 *   project's dictionaries): 報價 is 报价, so each finds the other.
 *
 * Folding is per character, never per phrase: OpenCC's phrase dictionaries would fold a character
 * differently depending on its neighbours (乾隆 vs 乾燥), and then a one-character query could
 * miss a document whose index was folded in context. Per character, index and query always agree.
 */

// Hong Kong and Taiwan variants (裏/裡, 着/著…) both land on the mainland form.
const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
const toSimplifiedTw = OpenCC.Converter({ from: 'tw', to: 'cn' });

const HAN = /\p{Script=Han}/u;
const DOT_ABOVE_AFTER_I = /i\u0307/g;
const cache = new Map<string, string>();

/** One character (code point) folded; cached, since a converter call costs ~25 µs. */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  let folded = cache.get(ch);
  if (folded === undefined) {
    folded = '';
    // İ lower-cases to i + U+0307 (combining dot above): drop the dot, so İzmir is found by izmir.
    const lower = ch.normalize('NFKC').toLowerCase().replace(DOT_ABOVE_AFTER_I, 'i');
    for (const c of lower) folded += HAN.test(c) ? toSimplifiedTw(toSimplified(c)) : c;
    cache.set(ch, folded);
  }
  return folded;
}

// Plain ASCII (the common case of English text) folds by lower case alone.
const ASCII = /^[\p{ASCII}]*$/u;

/** The folded text alone (index, query, ranking). */
export function foldText(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}

export interface FoldedText {
  folded: string;
  /** For each UTF-16 unit of `folded`, where its character starts in the original… */
  start: number[];
  /** …and where it ends (exclusive), so a match [a, b) in `folded` is [start[a], end[b − 1]) there. */
  end: number[];
}

/** The folded text with a map back to the original, for highlights drawn on the original. */
export function foldWithOffsets(text: string): FoldedText {
  let folded = '';
  const start: number[] = [];
  const end: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = foldChar(ch);
    folded += f;
    for (let k = 0; k < f.length; k++) {
      start.push(i);
      end.push(i + ch.length);
    }
    i += ch.length;
  }
  return { folded, start, end };
}
