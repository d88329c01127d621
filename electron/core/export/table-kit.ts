import { STYLE, type Theme } from './theme';
import { cell, paragraph, row, run, runs, table, type Align, type Border, type StyledRun, type Xml } from './wml';

/** The text width of an A4 page with 2 cm margins, in twips. */
export const TEXT_WIDTH = 11906 - 2 * 1134;

export interface Column {
  header: string;
  /** Share of the text width; the shares of a table add up to 1. */
  share: number;
  align?: 'start' | 'end' | 'center';
}

/** A cell's content: plain text (a newline is a line break) or rich-text runs. */
export type CellContent = string | StyledRun[];

export interface Row {
  cells: CellContent[];
  /** Subtotal and total rows: bold, tinted. */
  emphasis?: boolean;
  /** A row whose first cell spans every column (a note under a line). */
  span?: boolean;
}

const ALIGN: Record<NonNullable<Column['align']>, Align | undefined> = {
  start: undefined,
  end: 'right',
  center: 'center',
};

/** A cell's paragraph style: body text, the header row's (bold, white), a total row's (bold). */
type CellStyle = 'text' | 'head' | 'strong';
const CELL_STYLE = { text: STYLE.tableText, head: STYLE.tableHead, strong: STYLE.tableStrong } as const;

/**
 * Formatting comes from the cell's paragraph style, never repeated on its runs; the alignment is
 * written only when not left. `<w:b w:val="false"/>` on every cell was 18% of a quote's
 * document.xml, all of it to be written, zipped, read and laid out again.
 */
function cellParagraph(content: CellContent, align: Column['align'], style: CellStyle, color?: string): Xml {
  const children =
    typeof content === 'string'
      ? content
          .split('\n')
          .map((line, i) => run(line, { color, breakBefore: i > 0 }))
          .join('')
      : runs(content);
  return paragraph({ style: CELL_STYLE[style], align: align === undefined ? undefined : ALIGN[align] }, children);
}

const rule = (theme: Theme): Border => ({ style: 'single', size: 4, color: theme.border });
const NONE: Border = { style: 'none', size: 0, color: 'auto' };

/**
 * Cells carry no width of their own: the tables are fixed-layout, so Word and LibreOffice take
 * the columns from the grid (w:tblGrid).
 *
 * A data table as an agency would lay it out by hand: a shaded header row in the brand colour
 * repeated on every page, thin rules, numbers on the right, subtotal rows tinted. Fixed column
 * widths, so Word and LibreOffice lay it out alike.
 */
export function dataTable(theme: Theme, columns: Column[], rows: Row[]): Xml {
  const widths = columns.map((c) => Math.round(c.share * TEXT_WIDTH));
  const b = rule(theme);
  // A table whose columns have no names (a rich-text table without a header row) gets no header row.
  const hasHeader = columns.some((c) => c.header !== '');
  let body = hasHeader
    ? row(columns.map((c) => cell({ fill: theme.primary }, cellParagraph(c.header, c.align, 'head'))).join(''), true)
    : '';
  for (const r of rows) {
    if (r.span) {
      body += row(cell({ span: columns.length }, cellParagraph(r.cells[0] ?? '', 'start', 'text', theme.muted)));
      continue;
    }
    const fill = r.emphasis ? theme.tint : undefined;
    let cells = '';
    const style = r.emphasis ? 'strong' : 'text';
    for (let i = 0; i < columns.length; i++)
      cells += cell({ fill }, cellParagraph(r.cells[i] ?? '', columns[i]!.align, style));
    body += row(cells);
  }
  return table(TEXT_WIDTH, widths, { top: b, left: b, bottom: b, right: b, insideH: b, insideV: b }, body);
}

/** A two-column table of label → value (totals, cover facts). */
export function keyValueTable(theme: Theme, rows: Row[], shares: [number, number] = [0.45, 0.55]): Xml {
  const widths = shares.map((s) => Math.round(s * TEXT_WIDTH));
  const b = rule(theme);
  const body = rows
    .map((r) =>
      row(
        [0, 1]
          .map((i) =>
            cell(
              { fill: r.emphasis ? theme.tint : undefined },
              cellParagraph(r.cells[i] ?? '', i === 0 ? 'start' : 'end', r.emphasis ? 'strong' : 'text'),
            ),
          )
          .join(''),
      ),
    )
    .join('');
  return table(TEXT_WIDTH, widths, { top: b, left: NONE, bottom: b, right: NONE, insideH: b, insideV: NONE }, body);
}

/** Space after a table, so the next heading does not stick to it. */
export const spacer = (): Xml => paragraph({ spacing: { after: 120 } });
