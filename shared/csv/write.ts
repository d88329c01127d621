import { stringify, type Options } from 'csv-stringify/browser/esm/sync';

/**
 * The one CSV writer of every export (quote lines, archive results, receivables): csv-stringify
 * (RFC 4180 quoting, a field with a comma, quote, CR or LF quoted) with CRLF and a byte-order mark
 * so Excel and WPS open Chinese text as UTF-8. The browser build: this runs in the renderer, which
 * has no Node `Buffer`.
 *
 * - Numbers are written as numbers, so sums work in a spreadsheet: a JS number as it prints, or an
 *   exact decimal string (money in major units, "2800.00", "-1959.91") wrapped as `{ decimal }`.
 * - Text that a spreadsheet would run as a formula — starting with = + - @, a tab or a carriage
 *   return, or their full-width forms (CSV injection: `=HYPERLINK(…)`, `=cmd|…`) — is prefixed
 *   with ' and stays text (csv-stringify's `escape_formulas`; numbers are exempt).
 */
export type CsvCell = string | number | null | undefined | { decimal: string };

const DECIMAL = /^-?\d+(\.\d+)?$/;

export const csvDecimal = (decimal: string): CsvCell => ({ decimal });

const OPTIONS: Options = {
  record_delimiter: '\r\n',
  // Given a record delimiter, csv-stringify would quote only fields holding all of it: a lone LF
  // or CR in a field must be quoted too, or a spreadsheet splits the row there.
  quote_record_delimiter: true,
  escape_formulas: true,
  cast: {
    number: (value) => {
      if (!Number.isFinite(value)) throw new Error(`CSV: not a finite number: ${value}`);
      return String(value);
    },
    // A `{ decimal }`: the digits as they are, exempt from formula escaping ("-1959.91" is a number).
    object: (value) => {
      const decimal = (value as { decimal?: unknown }).decimal;
      if (typeof decimal !== 'string' || !DECIMAL.test(decimal)) throw new Error(`CSV: not a decimal: ${decimal}`);
      return { value: decimal, escape_formulas: false };
    },
  },
};

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  // The mark is written here rather than by the `bom` option, which pushes a Buffer.
  return '\uFEFF' + stringify(rows as CsvCell[][], OPTIONS);
}
