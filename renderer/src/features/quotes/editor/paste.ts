import type { EditorLine } from '@shared/contract';
import type { CurrencyCode } from '@shared/money';
import { withName, type Library } from './library';
import type { LineCell } from './cells';
import { blankLine } from './model';

/** The columns a pasted spreadsheet row fills, left to right, from the cell it is pasted into. */
export const PASTE_COLUMNS = [
  'name',
  'qty',
  'duration',
  'price',
  'cost',
  'marketPrice',
  'marketSource',
  'marketDate',
] as const satisfies readonly LineCell[];

/** Tab-separated rows as spreadsheets put them on the clipboard (quoted cells unquoted). */
export function parseTsv(text: string): string[][] {
  const rows = text.replace(/\r\n?/g, '\n').split('\n');
  while (rows.length > 0 && rows[rows.length - 1]!.trim() === '') rows.pop();
  return rows.map((row) =>
    row.split('\t').map((cell) => {
      const t = cell.trim();
      return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1).replace(/""/g, '"') : t;
    }),
  );
}

/** Is this clipboard text more than one cell? Then it is rows for the grid, not text for a cell. */
export function isTabular(text: string): boolean {
  return text.includes('\t') || /\n\s*\S/.test(text.trim());
}

const HOURS = /^(.*?)\s*(?:h|小时|hrs?)$/i;

export function linesFromRows(
  rows: string[][],
  start: LineCell,
  kind: EditorLine['kind'],
  library: Library,
  currency: CurrencyCode,
): EditorLine[] {
  const offset = Math.max(0, (PASTE_COLUMNS as readonly string[]).indexOf(start));
  return rows.map((cells) => {
    let line = blankLine(kind);
    const value = (column: (typeof PASTE_COLUMNS)[number]) => {
      const i = PASTE_COLUMNS.indexOf(column) - offset;
      return i >= 0 ? cells[i] : undefined;
    };
    const name = value('name');
    if (name !== undefined) line = withName(line, name, library, currency);
    const qty = value('qty');
    if (qty !== undefined) line = kind === 'labor' ? { ...line, headcount: qty } : { ...line, quantity: qty };
    const duration = value('duration');
    if (duration !== undefined) {
      if (kind === 'item') line = { ...line, unit: duration };
      else {
        const hours = HOURS.exec(duration);
        line = hours ? { ...line, duration: hours[1]!, durationUnit: 'hours' } : { ...line, duration };
      }
    }
    for (const column of ['price', 'cost', 'marketPrice', 'marketSource', 'marketDate'] as const) {
      const v = value(column);
      if (v !== undefined && v !== '') line = { ...line, [column]: v };
    }
    return line;
  });
}
