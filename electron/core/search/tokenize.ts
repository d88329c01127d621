/**
 * Text → index tokens, the classic CJK analysis (as Lucene's CJKAnalyzer): Chinese has no spaces and
 * one- and two-character words are common, so a run of CJK characters is indexed as overlapping
 * bigrams (品牌发布 → 品牌 牌发 发布) plus, in a separate column, its single characters (for one-
 * character queries). Other scripts are split into lower-cased words. The query goes through the
 * same function, so every term length is an index lookup, never a scan.
 */

// Han, kana and hangul: written without spaces between words.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD = /[\p{L}\p{N}]/u;

export interface Tokens {
  /** Bigrams of CJK runs (a lone CJK character stays as it is) and Latin words, in text order. */
  grams: string[];
  /** Every CJK character once per occurrence. */
  unigrams: string[];
}

export function tokenize(text: string): Tokens {
  const grams: string[] = [];
  const unigrams: string[] = [];
  let cjkRun: string[] = [];
  let word = '';
  const flushCjk = () => {
    if (cjkRun.length === 1) grams.push(cjkRun[0]!);
    for (let i = 0; i + 1 < cjkRun.length; i++) grams.push(cjkRun[i]! + cjkRun[i + 1]!);
    unigrams.push(...cjkRun);
    cjkRun = [];
  };
  const flushWord = () => {
    if (word) grams.push(word.toLowerCase());
    word = '';
  };
  for (const ch of text.normalize('NFKC')) {
    if (CJK.test(ch)) {
      flushWord();
      cjkRun.push(ch);
    } else if (WORD.test(ch)) {
      flushCjk();
      word += ch;
    } else {
      flushCjk();
      flushWord();
    }
  }
  flushCjk();
  flushWord();
  return { grams, unigrams };
}

/** A token as an FTS5 string literal: quoted, so nothing a user types is read as query syntax. */
export function quoteToken(token: string): string {
  return `"${token.replaceAll('"', '""')}"`;
}

/**
 * One AND-ed condition of a query, engine-neutral: a single CJK character (looked up among the
 * unigrams), a phrase of consecutive grams (a CJK term of two or more characters), or a Latin
 * word's prefix. Each adapter (fts-sqlite.ts, fts-postgres.ts) writes it in its own syntax.
 */
export type QueryClause =
  { kind: 'unigram'; token: string } | { kind: 'phrase'; tokens: string[] } | { kind: 'prefix'; token: string };

export interface ParsedQuery {
  /** FTS5 MATCH expression over every column, or null when the query holds no searchable text. */
  match: string | null;
  /** The same, limited to the title columns. */
  titleMatch: string | null;
  /** The conditions, for engines other than FTS5 (empty when the query holds no searchable text). */
  clauses: QueryClause[];
  /** The terms as the user meant them, for highlighting. */
  terms: string[];
}

/**
 * A user's query → FTS5 MATCH. Each space-separated term must match (AND): a CJK term of two or
 * more characters as the phrase of its bigrams, a single CJK character in the unigram column, a
 * Latin word as a prefix (so "bran" finds "brand").
 */
export function parseQuery(input: string): ParsedQuery {
  const clauses: QueryClause[] = [];
  const terms: string[] = [];
  for (const raw of input.normalize('NFKC').split(/\s+/)) {
    const parts = pieces(raw);
    if (parts.length === 0) continue;
    terms.push(...parts.map((p) => p.text));
    for (const piece of parts) {
      if (piece.cjk && [...piece.text].length === 1) clauses.push({ kind: 'unigram', token: piece.text });
      else if (piece.cjk) clauses.push({ kind: 'phrase', tokens: tokenize(piece.text).grams });
      else clauses.push({ kind: 'prefix', token: piece.text.toLowerCase() });
    }
  }
  if (clauses.length === 0) return { match: null, titleMatch: null, clauses, terms };
  return {
    match: clauses.map((c) => fts5Clause(c, false)).join(' AND '),
    titleMatch: clauses.map((c) => fts5Clause(c, true)).join(' AND '),
    clauses,
    terms,
  };
}

function fts5Clause(c: QueryClause, titleOnly: boolean): string {
  if (c.kind === 'unigram') return `${titleOnly ? 'title_uni' : '{title_uni body_uni}'} : ${quoteToken(c.token)}`;
  const phrase = c.kind === 'phrase' ? quoteToken(c.tokens.join(' ')) : `${quoteToken(c.token)}*`;
  return `${titleOnly ? 'title_grams' : '{title_grams body_grams}'} : ${phrase}`;
}

/** A term split into its CJK runs and its words; punctuation and FTS syntax characters fall away. */
function pieces(text: string): { text: string; cjk: boolean }[] {
  const out: { text: string; cjk: boolean }[] = [];
  let current = '';
  let currentCjk = false;
  for (const ch of text) {
    const cjk = CJK.test(ch);
    const word = !cjk && WORD.test(ch);
    if (!cjk && !word) {
      if (current) out.push({ text: current, cjk: currentCjk });
      current = '';
      continue;
    }
    if (current && cjk !== currentCjk) {
      out.push({ text: current, cjk: currentCjk });
      current = '';
    }
    current += ch;
    currentCjk = cjk;
  }
  if (current) out.push({ text: current, cjk: currentCjk });
  return out;
}
