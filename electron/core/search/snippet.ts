import { foldWithOffsets, type FoldedText } from './fold';

/** A piece of a snippet; `mark` pieces matched the query. Rendered by the UI, never as HTML. */
export interface SnippetPart {
  text: string;
  mark: boolean;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
// Letters, digits and combining marks (a decomposed é stays inside its word).
const WORD = /[\p{L}\p{N}\p{M}]/u;
/** A Latin-like term (letters and digits, no CJK): matched at word starts only, as in the index. */
const isWordTerm = (term: string) => WORD.test(term) && !CJK.test(term) && /^[\p{L}\p{N}\p{M}]+$/u.test(term);

/**
 * Where the terms occur in `text`, as ranges of the original text, by the same rule as matching:
 * both sides folded (fold.ts: NFKC, lower case, Traditional → Simplified), English and other
 * word terms only at a word start (`and` does not mark Br-and), CJK and symbols anywhere. Ranges
 * are mapped back through the fold's offsets, so ＫＯＬ is marked for KOL and İ keeps its place.
 * `foldedText` is `foldWithOffsets(text)` when the caller has it already (the search folds each
 * body once, to rank it and to cut its snippet).
 */
export function matchRanges(text: string, terms: readonly string[], foldedText?: FoldedText): [number, number][] {
  const needles = [...new Set(terms.filter(Boolean))];
  if (needles.length === 0 || text === '') return [];
  const { folded, start, end } = foldedText ?? foldWithOffsets(text);
  // Every occurrence of every needle, found with indexOf; then the longest wins where they overlap.
  const found: [number, number][] = [];
  for (const n of needles) {
    const word = isWordTerm(n);
    for (let at = folded.indexOf(n); at >= 0; at = folded.indexOf(n, at + 1)) {
      const before = at === 0 ? '' : folded[at - 1]!;
      if (word && before !== '' && WORD.test(before) && !CJK.test(before)) continue;
      found.push([at, at + n.length]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const ranges: [number, number][] = [];
  let reached = 0;
  for (const [a, b] of found) {
    if (a < reached) continue;
    ranges.push(start && end ? [start[a]!, end[b - 1]!] : [a, b]);
    reached = b;
  }
  return ranges;
}

function parts(text: string, ranges: [number, number][], from: number, to: number): SnippetPart[] {
  const out: SnippetPart[] = [];
  let at = from;
  for (const [a, b] of ranges) {
    if (b <= from || a >= to) continue;
    const s = Math.max(a, from);
    const e = Math.min(b, to);
    if (s > at) out.push({ text: text.slice(at, s), mark: false });
    out.push({ text: text.slice(s, e), mark: true });
    at = e;
  }
  if (at < to) out.push({ text: text.slice(at, to), mark: false });
  return out;
}

/**
 * A window of `text` that starts where the first match is (not with the client's name that opens
 * every body), every term in it marked. Without a match in the text (a title match), the window
 * starts after the first line — the client's name, which the result shows on its own.
 */
export function makeSnippet(
  text: string,
  terms: readonly string[],
  width = 60,
  foldedText?: FoldedText,
): SnippetPart[] {
  const ranges = matchRanges(text, terms, foldedText);
  let start: number;
  if (ranges.length > 0) start = ranges[0]![0];
  else {
    const firstBreak = text.indexOf('\n');
    start = firstBreak >= 0 && firstBreak < text.length - 1 ? firstBreak + 1 : 0;
  }
  // Never cut a surrogate pair at the end.
  let end = Math.min(text.length, start + width);
  if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1]!)) end++;
  const out: SnippetPart[] = [];
  if (start > 0) out.push({ text: '…', mark: false });
  out.push(...parts(text, ranges, start, end));
  if (end < text.length) out.push({ text: '…', mark: false });
  return out;
}

/** The whole text with every term marked: for titles, which are shown in full. */
export function markTerms(text: string, terms: readonly string[]): SnippetPart[] {
  return parts(text, matchRanges(text, terms), 0, text.length);
}
