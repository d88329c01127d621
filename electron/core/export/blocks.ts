import type { BlockOfType, RichTextBlock, RichTextBlockType } from '@shared/export';
import { BULLET_NUM_ID, type BodyWriter } from './body';
import { dataTable, spacer } from './table-kit';
import type { Theme } from './theme';
import { paragraph, runs, type Xml } from './wml';

/** The numbering definition numbered lists use; each list is a new instance, so each starts at 1. */
export const NUMBERED_LIST = 'wb-numbered';

export interface BlockContext {
  theme: Theme;
  /** Counts the document's headings (for the contents) and numbered lists. */
  body: BodyWriter;
}

type BlockRenderer<T extends RichTextBlockType> = (block: BlockOfType<T>, ctx: BlockContext) => Xml[];

const LIST = 'ListParagraph';

/**
 * One small pure function per block type: block → WordprocessingML paragraphs/tables. A new block
 * type of the proposal editor is one entry here (and the type checker asks for it).
 */
export const BLOCK_RENDERERS: { [T in RichTextBlockType]: BlockRenderer<T> } = {
  paragraph: (block) => [paragraph({}, runs(block.runs))],
  // A section is a Heading 1; its own headings sit below it (levels 1–3 → Heading 2–4).
  heading: (block, ctx) => [
    ctx.body.heading((block.level + 1) as 2 | 3 | 4, runs(block.runs), block.runs.map((r) => r.text).join('')),
  ],
  bulletList: (block) => block.items.map((item) => paragraph({ style: LIST, numId: BULLET_NUM_ID }, runs(item))),
  numberedList: (block, ctx) => {
    const numId = ctx.body.nextNumberedList();
    return block.items.map((item) => paragraph({ style: LIST, numId }, runs(item)));
  },
  table: (block, ctx) => {
    const width = Math.max(1, ...block.rows.map((r) => r.length));
    const [first, ...rest] = block.headerRow ? block.rows : [undefined, ...block.rows];
    const columns = Array.from({ length: width }, (_, i) => ({
      header: first?.[i]?.map((r) => r.text).join('') ?? '',
      share: 1 / width,
    }));
    const rows = rest.map((cells) => ({
      cells: Array.from({ length: width }, (_, i) => cells?.[i] ?? []),
    }));
    return [dataTable(ctx.theme, columns, rows), spacer()];
  },
};

export function renderBlock(block: RichTextBlock, ctx: BlockContext): Xml[] {
  return (BLOCK_RENDERERS[block.type] as BlockRenderer<RichTextBlockType>)(block, ctx);
}

export function renderBlocks(blocks: RichTextBlock[], ctx: BlockContext): Xml[] {
  return blocks.flatMap((b) => renderBlock(b, ctx));
}
