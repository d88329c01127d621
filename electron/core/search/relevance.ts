/**
 * Relevance of a candidate document to the query's terms, BM25-shaped: term frequency with
 * saturation (k1) and length normalisation (b), the title weighing ten times the body. It runs on
 * the folded text of a bounded set of candidates (see search.ts), which keeps a one-character
 * query over a 100,000-version archive as fast as a rare word: FTS5's own bm25 must count every
 * match of each term (its IDF) before it scores a row, as much work again as the search's count.
 */

const K1 = 1.2;
const B = 0.75;
const TITLE_WEIGHT = 10;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** How often a term occurs: CJK terms as substrings, Latin terms as word prefixes (as the index). */
export function occurrences(haystack: string, term: string): number {
  if (!term) return 0;
  const latin = /^[\p{L}\p{N}]+$/u.test(term) && !CJK.test(term);
  let count = 0;
  for (let at = haystack.indexOf(term); at >= 0; at = haystack.indexOf(term, at + term.length)) {
    const before = at === 0 ? '' : haystack[at - 1]!;
    if (!latin || at === 0 || !/[\p{L}\p{N}]/u.test(before) || CJK.test(before)) count++;
  }
  return count;
}

/** A candidate's title and body, both folded (fold.ts), as the terms are. */
export interface FoldedCandidate {
  title: string;
  body: string;
}

/** Whether any term occurs in a folded title: title hits rank first (search.ts). */
export function inTitle(title: string, terms: readonly string[]): boolean {
  return terms.some((term) => occurrences(title, term) > 0);
}

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * A text's length in characters (code points, a surrogate pair being one), as SQL's length()
 * counts it on both engines: the average length sums the rows read here with the others' in SQL.
 */
export function characterLength(text: string): number {
  if (!SURROGATE.test(text)) return text.length;
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) n--;
  }
  return n;
}

/** A document's length as BM25 weighs it: the title counts ten times. */
export function weightedLength(titleLength: number, bodyLength: number): number {
  return titleLength * TITLE_WEIGHT + bodyLength;
}

/**
 * Score candidates by their folded texts; `terms` are folded. `avgLength` (BM25's `avgdl`) is the
 * average weightedLength of every candidate, also of those not scored (search.ts scores only the
 * ones that can be shown), so a document scores the same whichever others are scored with it.
 */
export function scoreAll(texts: readonly FoldedCandidate[], terms: readonly string[], avgLength: number): number[] {
  const avg = avgLength || 1;
  return texts.map(({ title, body }) => {
    const length = weightedLength(title.length, body.length);
    let score = 0;
    for (const term of terms) {
      const tf = occurrences(title, term) * TITLE_WEIGHT + occurrences(body, term);
      score += (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / avg));
    }
    return score;
  });
}
