/**
 * Relevance of a candidate document to the query's terms, BM25-shaped: term frequency with
 * saturation (k1) and length normalisation (b), the title weighing ten times the body. It runs on
 * the original text of a bounded set of candidates (see search.ts), which keeps a one-character
 * query over a 100,000-version archive as fast as a rare word: FTS5's own bm25 must score every
 * match before it can sort.
 */
import { foldText } from './fold';

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

export interface Candidate {
  title: string;
  body: string;
}

/** The same folding as the index and the query (fold.ts), so a Traditional document scores its matches. */
export function normalizeForSearch(text: string): string {
  return foldText(text);
}

/** Score candidates; `terms` are folded (fold.ts). */
export function scoreAll<T extends Candidate>(
  candidates: T[],
  terms: string[],
): { doc: T; score: number; inTitle: boolean }[] {
  const texts = candidates.map((c) => ({ title: normalizeForSearch(c.title), body: normalizeForSearch(c.body) }));
  const avgLength =
    texts.reduce((n, t) => n + t.title.length * TITLE_WEIGHT + t.body.length, 0) / Math.max(1, texts.length) || 1;
  return candidates.map((doc, i) => {
    const { title, body } = texts[i]!;
    const length = title.length * TITLE_WEIGHT + body.length;
    let score = 0;
    let inTitle = false;
    for (const term of terms) {
      const inT = occurrences(title, term);
      if (inT > 0) inTitle = true;
      const tf = inT * TITLE_WEIGHT + occurrences(body, term);
      score += (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / avgLength));
    }
    return { doc, score, inTitle };
  });
}
