/**
 * The one CSV writer of every export (quote lines, archive results): RFC 4180 quoting, CRLF, and a
 * byte-order mark so Excel and WPS open Chinese text as UTF-8.
 *
 * - Numbers are written as numbers, so sums work in a spreadsheet: a JS number as it prints, or an
 *   exact decimal string (money in major units, "2800.00", "-1959.91") wrapped as `{ decimal }`.
 * - Text that a spreadsheet would run as a formula — starting with = + - @, a tab or a carriage
 *   return (CSV injection: `=HYPERLINK(…)`, `=cmd|…`) — is prefixed with ' and stays text.
 */
export type CsvCell = string | number | null | undefined | { decimal: string };

const DECIMAL = /^-?\d+(\.\d+)?$/;

export const csvDecimal = (decimal: string): CsvCell => ({ decimal });

function cellText(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`CSV: not a finite number: ${value}`);
    return String(value);
  }
  if (typeof value === 'object') {
    if (!DECIMAL.test(value.decimal)) throw new Error(`CSV: not a decimal: ${value.decimal}`);
    return value.decimal;
  }
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function quoted(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return '\uFEFF' + rows.map((r) => r.map((c) => quoted(cellText(c))).join(',')).join('\r\n') + '\r\n';
}
