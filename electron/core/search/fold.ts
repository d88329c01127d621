import * as OpenCC from 'opencc-js/t2cn';

/**
 * The one text folding of the archive search, applied alike to the index, the query, the ranking
 * and the highlights (issue 14), so what is found is what is marked:
 * - NFKC: full-width ＫＯＬ is KOL, the ligature ﬁ is fi;
 * - lower case: Brand is brand, İ is i;
 * - Traditional → Simplified Chinese with OpenCC's dictionaries (opencc-js, the maintained JS port):
 *   報價 is 报价, 裏/裡 are 里, so each script finds the other.
 *
 * Chinese is folded per character, never per phrase: OpenCC's phrase dictionaries fold a character
 * differently depending on its neighbours (乾隆 vs 乾燥), and then a one-character query could
 * miss a document whose index was folded in context. Per character, index and query always agree.
 * The character tables are OpenCC's own (Hong Kong and Taiwan variants → OpenCC's standard
 * Traditional → mainland Simplified), read once into one map and one regular expression, so
 * folding runs at the speed of native `normalize` and `replace` (the search ranks 1,000 bodies per
 * query; a converter call per character costs ~25 µs).
 */

type DictGroup = readonly (readonly string[])[];

/** "a b|c d" → a→b, c→d: the single-character tables of a group (the last of its dictionaries). */
function characterTable(group: DictGroup): Map<string, string> {
  const table = new Map<string, string>();
  for (const dict of group) {
    const chars = dict[dict.length - 1]!;
    for (const entry of chars.split('|')) {
      const [from, to] = entry.split(' ');
      if (from && to && [...from].length === 1 && [...to].length === 1) table.set(from, to);
    }
  }
  return table;
}

function buildTable(): Map<string, string> {
  const locale = OpenCC.Locale as unknown as { from: Record<string, DictGroup>; to: Record<string, DictGroup> };
  const variants = [characterTable(locale.from.hk!), characterTable(locale.from.tw!)];
  const toSimplified = characterTable(locale.to.cn!);
  const table = new Map<string, string>();
  const keys = new Set([...toSimplified.keys(), ...variants.flatMap((v) => [...v.keys()])]);
  for (const ch of keys) {
    let standard = ch;
    for (const v of variants) standard = v.get(standard) ?? standard;
    const simplified = toSimplified.get(standard) ?? standard;
    if (simplified !== ch) table.set(ch, simplified);
  }
  return table;
}

const SIMPLIFIED = buildTable();
const escapeClass = (ch: string) => (/[\\\]^-]/.test(ch) ? `\\${ch}` : ch);
const TRADITIONAL = new RegExp(`[${[...SIMPLIFIED.keys()].map(escapeClass).join('')}]`, 'gu');
// İ lower-cases to i + U+0307 (combining dot above): drop the dot, so İzmir is found by izmir.
const DOTTED_I = /i\u0307/g;
const ASCII = /^[\p{ASCII}]*$/u;

/** The folded text (index, query, ranking). */
export function foldText(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(DOTTED_I, 'i')
    .replace(TRADITIONAL, (ch) => SIMPLIFIED.get(ch) ?? ch);
}

export interface FoldedText {
  folded: string;
  /**
   * For each UTF-16 unit of `folded`, where its character starts in the original, and where it
   * ends (exclusive), so a match [a, b) in `folded` is [start[a], end[b − 1]) there. Null when
   * folding kept every position (the map is the identity).
   */
  start: number[] | null;
  end: number[] | null;
}

/**
 * The folded text with a map back to the original, for highlights drawn on the original. Where
 * folding kept the length (nearly always: Chinese, ASCII, full-width forms), the map is the
 * identity; otherwise (ﬁ → fi, İ…) each character is folded alone to know where it went.
 */
export function foldWithOffsets(text: string): FoldedText {
  const whole = foldText(text);
  if (whole.length === text.length) return { folded: whole, start: null, end: null };
  let folded = '';
  const start: number[] = [];
  const end: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = foldText(ch);
    folded += f;
    for (let k = 0; k < f.length; k++) {
      start.push(i);
      end.push(i + ch.length);
    }
    i += ch.length;
  }
  return { folded, start, end };
}
