/**
 * Rows → CSV text (RFC 4180): every cell quoted when it holds a comma, quote or line break, with
 * a byte-order mark so Excel opens Chinese text as UTF-8. A cell starting with = + - @ is prefixed
 * with ' so a spreadsheet never runs it as a formula (CSV injection).
 */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  const cell = (value: string | number | null) => {
    let s = value === null ? '' : String(value);
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return '\uFEFF' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
