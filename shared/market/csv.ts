import {
  MARKET_CSV_COLUMNS,
  MARKET_CSV_MAX_BYTES,
  MARKET_CSV_MAX_ROWS,
  MARKET_KINDS,
  type MarketCsvColumn,
  type MarketReferenceInput,
} from '../contract/areas/market';
import { CsvError, parse } from 'csv-parse/browser/esm/sync';
import type { LocalizedText } from '../i18n/lang';
import { CURRENCY_CODES, isCurrencyCode, parseMoneyInput, type MoneyInputError } from '../money';
import { localizedSection } from '../i18n/catalog';
import { fillText } from '../i18n/fill';

/**
 * The market library as a CSV file (市价库 CSV 导入):
 *
 *   kind,name,unit,unitPrice,currency,source,date
 *   role,资深策划,人天,"3,200.00",CNY,2026 行业薪酬报告,2026-03-01
 *
 * - UTF-8, with or without a byte-order mark; comma-separated; fields may be quoted ("…", a quote
 *   inside doubled ""), and a quoted field may hold commas and line breaks; CRLF or LF.
 * - The first row is the header: exactly the seven columns above, in any order, each once
 *   (names compared ignoring case and surrounding spaces). Blank lines are skipped.
 * - kind: role (per person-day) or item (per unit); name and source: required; unit: optional;
 *   unitPrice: a decimal amount in the row's currency ("3200", "3,200.50", "¥3200"), not negative;
 *   currency: a code such as CNY, USD; date: YYYY-MM-DD, a real calendar day.
 * - At most 2 MB and 5,000 data rows.
 *
 * Pure: the renderer could preview with it, the core imports with it. Rows are numbered as a
 * spreadsheet shows them: the header is row 1, so the first data row is row 2 (a record whose
 * quoted field spans several lines counts as one row).
 */
export interface MarketCsvIssue {
  /** 1 = the header. 0 = the file as a whole. */
  row: number;
  column?: string;
  code: string;
  message: LocalizedText;
}

export type MarketCsvResult = { ok: true; rows: MarketReferenceInput[] } | { ok: false; issues: MarketCsvIssue[] };

/** Enough to fix a file in one go without flooding the screen. */
export const MARKET_CSV_MAX_ISSUES = 50;

const NAME_MAX = 200;
const UNIT_MAX = 200;
const SOURCE_MAX = 2000;

/** The refusals, keyed by the issue's code: worded in the catalogue (shared/i18n, section marketCsv). */
const M = localizedSection('marketCsv');

/** How many UTF-8 bytes a string takes, without TextEncoder (not in every runtime's types). */
function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

type Records = { ok: true; records: { row: number; fields: string[] }[] } | { ok: false; issue: MarketCsvIssue };

/**
 * RFC 4180 records by csv-parse (strict quotes; CRLF, LF or CR). Blank lines are dropped; `row` is
 * the record's 1-based position, blank lines counted (a spreadsheet shows them as rows). The
 * browser build: shared code runs where Node's `Buffer` is not.
 */
function splitRecords(text: string): Records {
  let parsed: { record: string[]; raw: string }[];
  try {
    parsed = parse(text, {
      raw: true,
      skip_empty_lines: false,
      relax_column_count: true, // a wrong field count is reported per row below
      record_delimiter: ['\r\n', '\n', '\r'],
    }) as unknown as typeof parsed; // its typings do not follow `raw`
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    // The record being read when parsing stopped: the ones before it, plus one.
    const row = ((e as CsvError & { records?: number }).records ?? 0) + 1;
    const code = QUOTE_ERRORS[e.code];
    if (!code) throw e;
    return { ok: false, issue: { row, code, message: fillText(M[code], { row }) } };
  }
  const records = parsed.flatMap(({ record, raw }, i) =>
    record.length === 1 && record[0] === '' && raw.replace(/[\r\n]/g, '') === ''
      ? []
      : [{ row: i + 1, fields: record }],
  );
  return { ok: true, records };
}

/** What csv-parse refuses (strict quoting), as the file's problem. */
const QUOTE_ERRORS: Partial<Record<CsvError['code'], keyof typeof M>> = {
  CSV_QUOTE_NOT_CLOSED: 'unclosed_quote',
  CSV_INVALID_CLOSING_QUOTE: 'stray_quote',
  INVALID_OPENING_QUOTE: 'bare_quote',
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
function isIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

const PRICE_MESSAGES: Record<MoneyInputError, keyof typeof M> = {
  empty: 'price_empty',
  invalid: 'price_invalid',
  too_many_decimals: 'price_too_many_decimals',
  negative: 'price_negative',
  too_large: 'price_too_large',
};

/** Parse and check a whole market-library CSV file: every row, or every problem found (up to 50). */
export function parseMarketCsv(input: string): MarketCsvResult {
  const columnsText = MARKET_CSV_COLUMNS.join(',');
  const bytes = utf8Length(input);
  if (bytes > MARKET_CSV_MAX_BYTES) {
    const size = `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    return { ok: false, issues: [{ row: 0, code: 'too_large', message: fillText(M.too_large, { size }) }] };
  }
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  // NUL or other control bytes: a spreadsheet saved as .xlsx, an image renamed .csv…
  // eslint-disable-next-line no-control-regex -- looking for exactly those characters
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text))
    return { ok: false, issues: [{ row: 0, code: 'binary', message: M.binary }] };
  // U+FFFD: a file in another encoding (GBK from Excel on a Chinese Windows) decoded as UTF-8.
  // Importing "����" would put garbage into the library; the renderer decodes GB18030 itself.
  if (text.includes('\uFFFD')) return { ok: false, issues: [{ row: 0, code: 'not_utf8', message: M.not_utf8 }] };
  const split = splitRecords(text);
  if (!split.ok) return { ok: false, issues: [split.issue] };
  const [header, ...data] = split.records;
  if (!header)
    return { ok: false, issues: [{ row: 1, code: 'empty', message: fillText(M.empty, { columns: columnsText }) }] };

  // The header: every expected column exactly once, nothing else.
  const issues: MarketCsvIssue[] = [];
  const positions = new Map<MarketCsvColumn, number>();
  header.fields.forEach((raw, index) => {
    const name = raw.trim();
    const column = MARKET_CSV_COLUMNS.find((c) => c.toLowerCase() === name.toLowerCase());
    if (!column) {
      issues.push({
        row: 1,
        column: name,
        code: 'unknown_column',
        message: fillText(M.unknown_column, { index: index + 1, column: name, columns: columnsText }),
      });
    } else if (positions.has(column)) {
      issues.push({ row: 1, column, code: 'duplicate_column', message: fillText(M.duplicate_column, { column }) });
    } else positions.set(column, index);
  });
  for (const column of MARKET_CSV_COLUMNS)
    if (!positions.has(column))
      issues.push({
        row: 1,
        column,
        code: 'missing_column',
        message: fillText(M.missing_column, { column, columns: columnsText }),
      });
  if (issues.length > 0) return { ok: false, issues };
  if (data.length === 0) return { ok: false, issues: [{ row: 1, code: 'no_rows', message: M.no_rows }] };
  if (data.length > MARKET_CSV_MAX_ROWS)
    return {
      ok: false,
      issues: [{ row: 0, code: 'too_many_rows', message: fillText(M.too_many_rows, { rows: data.length }) }],
    };

  const rows: MarketReferenceInput[] = [];
  const expected = header.fields.length;
  for (const record of data) {
    if (issues.length >= MARKET_CSV_MAX_ISSUES) break;
    const { row, fields } = record;
    if (fields.length !== expected) {
      issues.push({
        row,
        code: 'field_count',
        message: fillText(M.field_count, { row, count: fields.length, expected }),
      });
      continue;
    }
    const get = (c: MarketCsvColumn) => fields[positions.get(c)!]!.trim();
    const problem = (column: MarketCsvColumn, key: keyof typeof M, vars: Record<string, string | number> = {}) =>
      issues.push({ row, column, code: key, message: fillText(M[key], { row, column, ...vars }) });
    const before = issues.length;

    const kind = get('kind').toLowerCase();
    if (!(MARKET_KINDS as readonly string[]).includes(kind)) problem('kind', 'kind', { value: get('kind') });
    const name = get('name');
    if (name === '') problem('name', 'required');
    else if (name.length > NAME_MAX) problem('name', 'too_long', { max: NAME_MAX });
    const unit = get('unit');
    if (unit.length > UNIT_MAX) problem('unit', 'too_long', { max: UNIT_MAX });
    const source = get('source');
    if (source === '') problem('source', 'required');
    else if (source.length > SOURCE_MAX) problem('source', 'too_long', { max: SOURCE_MAX });
    const currency = get('currency').toUpperCase();
    let unitPrice = 0;
    if (!isCurrencyCode(currency))
      problem('currency', 'currency', { value: get('currency'), codes: CURRENCY_CODES.join(', ') });
    else {
      const price = parseMoneyInput(get('unitPrice'), currency);
      if (price.ok) unitPrice = price.minor;
      else
        problem('unitPrice', PRICE_MESSAGES[price.error], { value: get('unitPrice'), currency, digits: price.digits });
    }
    const date = get('date');
    if (!isIsoDate(date)) problem('date', 'date', { value: date });

    if (issues.length === before && isCurrencyCode(currency))
      rows.push({
        kind: kind as MarketReferenceInput['kind'],
        name,
        currency,
        unitPrice,
        unit,
        source,
        date,
      });
  }
  return issues.length > 0 ? { ok: false, issues: issues.slice(0, MARKET_CSV_MAX_ISSUES) } : { ok: true, rows };
}
