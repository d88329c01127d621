import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { STYLE, type Theme } from './theme';

/** The text width of an A4 page with 2 cm margins, in twips. */
export const TEXT_WIDTH = 11906 - 2 * 1134;

export interface Column {
  header: string;
  /** Share of the text width; the shares of a table add up to 1. */
  share: number;
  align?: 'start' | 'end' | 'center';
}

export type CellContent = string | ParagraphChild[];

export interface Row {
  cells: CellContent[];
  /** Subtotal and total rows: bold, tinted. */
  emphasis?: boolean;
  /** A row whose first cell spans every column (a note under a line). */
  span?: boolean;
}

const ALIGN = { start: AlignmentType.LEFT, end: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;

/**
 * Only what differs from the Table Text style is written: `bold` when bold, the alignment when not
 * left (the styles set neither). `<w:b w:val="false"/>` on every cell was 18% of a quote's
 * document.xml, all of it to be written, zipped, read and laid out again.
 */
function cellParagraph(content: CellContent, align: Column['align'], bold: boolean, color?: string): Paragraph {
  const children =
    typeof content === 'string'
      ? content
          .split('\n')
          .map((line, i) => new TextRun({ text: line, bold: bold || undefined, color, break: i > 0 ? 1 : undefined }))
      : content;
  const alignment = align === undefined || align === 'start' ? undefined : ALIGN[align];
  return new Paragraph({ style: STYLE.tableText, alignment, children });
}

/**
 * A data table as an agency would lay it out by hand: a shaded header row in the brand colour
 * repeated on every page, thin rules, numbers on the right, subtotal rows tinted. Fixed column
 * widths, so Word and LibreOffice lay it out alike.
 */
export function dataTable(theme: Theme, columns: Column[], rows: Row[]): Table {
  const widths = columns.map((c) => Math.round(c.share * TEXT_WIDTH));
  const border = { style: BorderStyle.SINGLE, size: 4, color: theme.border };
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map(
      (c, i) =>
        new TableCell({
          width: { size: widths[i]!, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: theme.primary },
          children: [cellParagraph(c.header, c.align, true, 'FFFFFF')],
        }),
    ),
  });
  // A table whose columns have no names (a rich-text table without a header row) gets no header row.
  const hasHeader = columns.some((c) => c.header !== '');
  const body = rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.span
          ? [
              new TableCell({
                columnSpan: columns.length,
                width: { size: TEXT_WIDTH, type: WidthType.DXA },
                children: [cellParagraph(row.cells[0] ?? '', 'start', false, theme.muted)],
              }),
            ]
          : columns.map(
              (c, i) =>
                new TableCell({
                  width: { size: widths[i]!, type: WidthType.DXA },
                  shading: row.emphasis ? { type: ShadingType.CLEAR, color: 'auto', fill: theme.tint } : undefined,
                  children: [cellParagraph(row.cells[i] ?? '', c.align, row.emphasis === true)],
                }),
            ),
      }),
  );
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: hasHeader ? [header, ...body] : body,
  });
}

/** A two-column table of label → value (totals, cover facts). */
export function keyValueTable(theme: Theme, rows: Row[], shares: [number, number] = [0.45, 0.55]): Table {
  const widths = shares.map((s) => Math.round(s * TEXT_WIDTH));
  const border = { style: BorderStyle.SINGLE, size: 4, color: theme.border };
  const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: border, bottom: border, left: none, right: none, insideHorizontal: border, insideVertical: none },
    rows: rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: [0, 1].map(
            (i) =>
              new TableCell({
                width: { size: widths[i]!, type: WidthType.DXA },
                shading: row.emphasis ? { type: ShadingType.CLEAR, color: 'auto', fill: theme.tint } : undefined,
                children: [cellParagraph(row.cells[i] ?? '', i === 0 ? 'start' : 'end', row.emphasis === true)],
              }),
          ),
        }),
    ),
  });
}

/** Space after a table, so the next heading does not stick to it. */
export const spacer = () => new Paragraph({ spacing: { after: 120 }, children: [] });
