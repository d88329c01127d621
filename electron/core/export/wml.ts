import { cleanText } from '@shared/validation/clean-text';

/**
 * A small writer of WordprocessingML body markup (paragraphs, runs, tables) as escaped strings.
 *
 * Why not `docx` for the body: its object model costs 20–40× the bytes it writes (an object per
 * element and attribute, then a second tree for the XML serializer, then its own zip that we
 * unzipped again). The body — the part that grows with the quote — is written here directly, in
 * the very markup `docx` wrote (element and attribute order included), so the document a reader
 * sees is unchanged; `docx` still writes the package around it (styles, numbering, headers,
 * footers, the logo's media), see pack.ts.
 *
 * Every text goes through `text()`: characters XML 1.0 cannot hold are dropped (cleanText) and
 * markup characters escaped, so nothing written here can make a part malformed.
 */
export type Xml = string;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text or attribute content, cleaned and escaped. */
export function text(value: string): string {
  return cleanText(value).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export interface RunProps {
  bold?: boolean;
  italic?: boolean;
  /** Hex colour without '#'. */
  color?: string;
  /** Half-points. */
  size?: number;
  /** A line break (Shift+Enter) before the text. */
  breakBefore?: boolean;
}

/** One run of text with its direct formatting (only what differs from the paragraph's style). */
export function run(value: string, p: RunProps = {}): Xml {
  let rPr = '';
  if (p.bold) rPr += '<w:b/><w:bCs/>';
  if (p.italic) rPr += '<w:i/><w:iCs/>';
  if (p.color !== undefined) rPr += `<w:color w:val="${p.color}"/>`;
  if (p.size !== undefined) rPr += `<w:sz w:val="${p.size}"/><w:szCs w:val="${p.size}"/>`;
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}${p.breakBefore ? '<w:br/>' : ''}${t(value)}</w:r>`;
}

/** Spaces a reader would trim or collapse unless told to keep them: at either end, doubled, tabs, newlines. */
const NEEDS_PRESERVE = /^\s|\s$|\s\s|[\t\n]/;

/** A w:t; `xml:space="preserve"` only where whitespace would otherwise be lost (it was 12% of a quote's XML). */
export function t(value: string): Xml {
  const escaped = text(value);
  return NEEDS_PRESERVE.test(escaped) ? `<w:t xml:space="preserve">${escaped}</w:t>` : `<w:t>${escaped}</w:t>`;
}

/** A rich-text run as the editors store it. */
export interface StyledRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export const runs = (items: readonly StyledRun[]): Xml =>
  items.map((r) => run(r.text, { bold: r.bold, italic: r.italic })).join('');

export type Align = 'left' | 'right' | 'center';

export interface ParagraphProps {
  /** A paragraph style id (Heading1, WbTableText, ListParagraph…). */
  style?: string;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
  /** A list: the numbering instance (w:numId) and level. */
  numId?: number;
  spacing?: { before?: number; after?: number };
  indentLeft?: number;
  align?: Align;
}

function paragraphProperties(p: ParagraphProps): string {
  let pPr = '';
  if (p.style !== undefined) pPr += `<w:pStyle w:val="${p.style}"/>`;
  if (p.keepNext) pPr += '<w:keepNext/>';
  if (p.pageBreakBefore) pPr += '<w:pageBreakBefore/>';
  if (p.numId !== undefined) pPr += `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${p.numId}"/></w:numPr>`;
  if (p.spacing) {
    const { before, after } = p.spacing;
    pPr += `<w:spacing${after !== undefined ? ` w:after="${after}"` : ''}${before !== undefined ? ` w:before="${before}"` : ''}/>`;
  }
  if (p.indentLeft !== undefined) pPr += `<w:ind w:left="${p.indentLeft}"/>`;
  if (p.align !== undefined) pPr += `<w:jc w:val="${p.align}"/>`;
  return pPr ? `<w:pPr>${pPr}</w:pPr>` : '';
}

/** A paragraph of already-written runs (`content`). */
export function paragraph(p: ParagraphProps, content: Xml = ''): Xml {
  const pPr = paragraphProperties(p);
  return pPr || content ? `<w:p>${pPr}${content}</w:p>` : '<w:p/>';
}

/** A paragraph whose runs are wrapped in a bookmark (a heading the contents link to). */
export function bookmarkedParagraph(p: ParagraphProps, content: Xml, name: string, id: number): Xml {
  return `<w:p>${paragraphProperties(p)}<w:bookmarkStart w:name="${name}" w:id="${id}"/>${content}<w:bookmarkEnd w:id="${id}"/></w:p>`;
}

export const pageBreak = (p: ParagraphProps = {}): Xml => paragraph(p, '<w:r><w:br w:type="page"/></w:r>');

export interface Border {
  style: 'single' | 'none';
  size: number;
  color: string;
}

export interface TableBorders {
  top: Border;
  left: Border;
  bottom: Border;
  right: Border;
  insideH: Border;
  insideV: Border;
}

const border = (name: string, b: Border) => `<w:${name} w:val="${b.style}" w:color="${b.color}" w:sz="${b.size}"/>`;

export interface CellProps {
  /**
   * Twips. Left out where the table's grid already says it (a fixed-layout table takes its
   * columns from w:tblGrid): a w:tcPr on every cell was a quarter of a quote's XML.
   */
  width?: number;
  span?: number;
  fill?: string;
  margins?: { top: number; bottom: number; left: number; right: number };
}

/** A table cell of already-written paragraphs. */
export function cell(p: CellProps, content: Xml): Xml {
  const span = p.span !== undefined && p.span > 1 ? `<w:gridSpan w:val="${p.span}"/>` : '';
  const margins = p.margins
    ? `<w:tcMar><w:top w:type="dxa" w:w="${p.margins.top}"/><w:left w:type="dxa" w:w="${p.margins.left}"/><w:bottom w:type="dxa" w:w="${p.margins.bottom}"/><w:right w:type="dxa" w:w="${p.margins.right}"/></w:tcMar>`
    : '';
  const shading = p.fill !== undefined ? `<w:shd w:fill="${p.fill}" w:color="auto" w:val="clear"/>` : '';
  const width = p.width !== undefined ? `<w:tcW w:type="dxa" w:w="${p.width}"/>` : '';
  const tcPr = width + span + margins + shading;
  return `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${content}</w:tc>`;
}

/** A table row that never splits across pages; a header row repeats on every page. */
export function row(cells: Xml, header = false): Xml {
  return `<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}</w:trPr>${cells}</w:tr>`;
}

/** A fixed-layout table of the given width, column widths and borders. */
export function table(width: number, columns: readonly number[], borders: TableBorders, rows: Xml): Xml {
  const b = borders;
  return (
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${width}"/><w:tblBorders>` +
    border('top', b.top) +
    border('left', b.left) +
    border('bottom', b.bottom) +
    border('right', b.right) +
    border('insideH', b.insideH) +
    border('insideV', b.insideV) +
    `</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${columns.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows}</w:tbl>`
  );
}
