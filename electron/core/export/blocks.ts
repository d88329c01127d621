import { HeadingLevel, Paragraph, TextRun, type FileChild } from 'docx';
import type { BlockOfType, RichTextBlock, RichTextBlockType, TextRun as RichRun } from '@shared/export';
import { dataTable, spacer } from './table-kit';
import type { Theme } from './theme';

/** The numbering definition numbered lists use; each list is a new instance, so each starts at 1. */
export const NUMBERED_LIST = 'wb-numbered';

export interface BlockContext {
  theme: Theme;
  /** A fresh numbering instance per numbered list, counted per document (so output is stable). */
  nextListInstance(): number;
}

const HEADINGS = [HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;

export function runsOf(runs: RichRun[]): TextRun[] {
  return runs.map((r) => new TextRun({ text: r.text, bold: r.bold, italics: r.italic }));
}

type BlockRenderer<T extends RichTextBlockType> = (block: BlockOfType<T>, ctx: BlockContext) => FileChild[];

/**
 * One small pure function per block type: block → Word paragraphs/tables. A new block type of the
 * proposal editor is one entry here (and the type checker asks for it).
 */
export const BLOCK_RENDERERS: { [T in RichTextBlockType]: BlockRenderer<T> } = {
  paragraph: (block) => [new Paragraph({ children: runsOf(block.runs) })],
  // A section is a Heading 1; its own headings sit below it.
  heading: (block) => [new Paragraph({ heading: HEADINGS[block.level - 1], children: runsOf(block.runs) })],
  bulletList: (block) => block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: runsOf(item) })),
  numberedList: (block, ctx) => {
    const instance = ctx.nextListInstance();
    return block.items.map(
      (item) => new Paragraph({ numbering: { reference: NUMBERED_LIST, level: 0, instance }, children: runsOf(item) }),
    );
  },
  table: (block, ctx) => {
    const width = Math.max(1, ...block.rows.map((r) => r.length));
    const [first, ...rest] = block.headerRow ? block.rows : [undefined, ...block.rows];
    const columns = Array.from({ length: width }, (_, i) => ({
      header: first?.[i]?.map((r) => r.text).join('') ?? '',
      share: 1 / width,
    }));
    const rows = rest.map((cells) => ({
      cells: Array.from({ length: width }, (_, i) => runsOf(cells?.[i] ?? [])),
    }));
    return [dataTable(ctx.theme, columns, rows), spacer()];
  },
};

export function renderBlock(block: RichTextBlock, ctx: BlockContext): FileChild[] {
  return (BLOCK_RENDERERS[block.type] as BlockRenderer<RichTextBlockType>)(block, ctx);
}

export function renderBlocks(blocks: RichTextBlock[], ctx: BlockContext): FileChild[] {
  return blocks.flatMap((b) => renderBlock(b, ctx));
}
