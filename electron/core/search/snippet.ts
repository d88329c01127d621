/** A piece of a snippet; `mark` pieces matched the query. Rendered by the UI, never as HTML. */
export interface SnippetPart {
  text: string;
  mark: boolean;
}

/**
 * Cut a window of `text` around the first query term found and mark every term in it. Works on the
 * original text (the index holds only tokens), case-insensitively for Latin words.
 */
export function makeSnippet(text: string, terms: string[], width = 60): SnippetPart[] {
  const lower = text.toLowerCase();
  const needles = needlesOf(terms);
  let first = -1;
  for (const n of needles) {
    const at = lower.indexOf(n);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  const start = first < 0 ? 0 : Math.max(0, first - Math.floor(width / 3));
  const end = Math.min(text.length, start + width);
  const parts: SnippetPart[] = [];
  if (start > 0) parts.push({ text: '…', mark: false });
  parts.push(...markTerms(text.slice(start, end), needles));
  if (end < text.length) parts.push({ text: '…', mark: false });
  return parts;
}

/** The terms to look for, lower-cased, longest first (so 品牌发布 is marked whole, not as 品牌). */
function needlesOf(terms: string[]): string[] {
  return [...new Set(terms.map((t) => t.toLowerCase()).filter(Boolean))].sort((a, b) => b.length - a.length);
}

/** The whole text with every term marked: for titles, which are shown in full. */
export function markTerms(text: string, terms: string[]): SnippetPart[] {
  const needles = needlesOf(terms);
  const lower = text.toLowerCase();
  const parts: SnippetPart[] = [];
  let i = 0;
  let plain = '';
  while (i < text.length) {
    const hit = needles.find((n) => lower.startsWith(n, i));
    if (hit) {
      if (plain) parts.push({ text: plain, mark: false });
      plain = '';
      parts.push({ text: text.slice(i, i + hit.length), mark: true });
      i += hit.length;
    } else {
      plain += text[i];
      i++;
    }
  }
  if (plain) parts.push({ text: plain, mark: false });
  return parts;
}
