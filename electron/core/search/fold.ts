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
 * Traditional → mainland Simplified), read once into a lookup table indexed by UTF-16 unit, so
 * folding costs a pass over the text (the search ranks up to 1,000 bodies per query; a converter
 * call per character costs ~25 µs, and a regular expression of the ~4,000 Traditional characters
 * cost ~70 µs per 200-character body, most of a search's time).
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

/**
 * The table by UTF-16 unit, for the Basic Multilingual Plane: the unit a character folds to, 0 for
 * itself, ASTRAL_UNIT when its Simplified form is beyond the plane (then read from `astral`, as are
 * the characters beyond the plane themselves, looked up only in a text with a surrogate pair).
 */
interface SimplifiedTables {
  bmp: Uint16Array;
  astral: Map<string, string>;
}
const ASTRAL_UNIT = 0xffff;

function buildSimplifiedTables(): SimplifiedTables {
  const bmp = new Uint16Array(0x10000);
  const astral = new Map<string, string>();
  for (const [from, to] of buildTable()) {
    if (from.length === 1) bmp[from.charCodeAt(0)] = to.length === 1 ? to.charCodeAt(0) : ASTRAL_UNIT;
    if (from.length > 1 || to.length > 1) astral.set(from, to);
  }
  return { bmp, astral };
}

// Built on the first fold, not at import: the server imports the search with the core and would
// otherwise spend ~40 ms of its start-up (issue 18) on tables the first reads never use.
let simplifiedTables: SimplifiedTables | null = null;
const simplifiedTablesOnce = () => (simplifiedTables ??= buildSimplifiedTables());
const SURROGATE = /[\uD800-\uDFFF]/;

/** Traditional → Simplified, character by character (see the table above). */
function simplify(text: string): string {
  if (SURROGATE.test(text)) {
    const { astral } = simplifiedTablesOnce();
    let out = '';
    for (const ch of text) out += astral.get(ch) ?? simplifyUnits(ch);
    return out;
  }
  return simplifyUnits(text);
}

/** The same for a text without surrogate pairs: one pass, the text itself when nothing changes. */
function simplifyUnits(text: string): string {
  const { bmp, astral } = simplifiedTablesOnce();
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = bmp[text.charCodeAt(i)]!;
    if (unit === 0) continue;
    out += text.slice(from, i) + (unit === ASTRAL_UNIT ? astral.get(text[i]!)! : String.fromCharCode(unit));
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

// İ lower-cases to i + U+0307 (combining dot above): drop the dot, so İzmir is found by izmir.
const DOTTED_I = /i\u0307/g;
const ASCII = /^[\p{ASCII}]*$/u;

/** The folded text (index, query, ranking). */
export function foldText(text: string): string {
  return foldByUnit(text) ?? foldSlowly(text);
}

/** The whole fold, as the Unicode functions define it. */
function foldSlowly(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return simplify(text.normalize('NFKC').toLowerCase().replace(DOTTED_I, 'i'));
}

/**
 * The characters of nearly every archived text — ASCII, the CJK Unified Ideographs, Chinese
 * punctuation and full-width forms — each folded alone, by unit (0: not among them). None of them
 * combines with or reorders against another under NFKC, nor lower-cases by context, so a text made
 * only of them folds unit by unit to what `foldSlowly` gives (one table read per unit instead of
 * ICU's normalizer: the search folds every candidate's title and each shown body).
 */
function buildByUnit(): Uint16Array {
  const byUnit = new Uint16Array(0x10000);
  for (const [from, to] of [
    [0x09, 0x0a],
    [0x0d, 0x0d],
    [0x20, 0x7e],
    [0x3001, 0x3002],
    [0x3008, 0x3011],
    [0x4e00, 0x9fff],
    [0xff01, 0xff5e],
  ] as const)
    for (let unit = from; unit <= to; unit++) {
      const folded = foldSlowly(String.fromCharCode(unit));
      if (folded.length === 1) byUnit[unit] = folded.charCodeAt(0);
    }
  return byUnit;
}
let byUnitTable: Uint16Array | null = null;

/** The fold unit by unit, or null when the text has a character outside the by-unit table's. */
function foldByUnit(text: string): string | null {
  const byUnit = (byUnitTable ??= buildByUnit());
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const folded = byUnit[unit]!;
    if (folded === 0) return null;
    if (folded === unit) continue;
    out += text.slice(from, i) + String.fromCharCode(folded);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
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
