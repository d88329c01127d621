import * as z from 'zod';
import { cleanText } from '../validation/clean-text';

/**
 * The rich text of a proposal section, as blocks. The proposal editor will write these; today's
 * proposals carry plain `text`, which the export reads as paragraphs. Each block type maps 1:1 to
 * a Word construct (electron/core/export/blocks.ts), so a new type is one schema here and one
 * function there.
 */
const TEXT_MAX = 20000;

export const textRunSchema = z.strictObject({
  text: z.string().overwrite(cleanText).max(TEXT_MAX),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
});
export type TextRun = z.infer<typeof textRunSchema>;

const runs = z.array(textRunSchema).max(500);

export const paragraphBlockSchema = z.strictObject({ type: z.literal('paragraph'), runs });
export const headingBlockSchema = z.strictObject({
  type: z.literal('heading'),
  /** Inside a section: 1 is the first level below the section's own heading. */
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  runs,
});
const listItems = z.array(runs).max(500);
export const bulletListBlockSchema = z.strictObject({ type: z.literal('bulletList'), items: listItems });
export const numberedListBlockSchema = z.strictObject({ type: z.literal('numberedList'), items: listItems });
export const tableBlockSchema = z.strictObject({
  type: z.literal('table'),
  /** Rows of cells, each cell a run list. */
  rows: z.array(z.array(runs).max(20)).max(500),
  /** The first row is a header row (repeated on every page, shaded). */
  headerRow: z.boolean().optional(),
});

export const richTextBlockSchema = z.discriminatedUnion('type', [
  paragraphBlockSchema,
  headingBlockSchema,
  bulletListBlockSchema,
  numberedListBlockSchema,
  tableBlockSchema,
]);
export type RichTextBlock = z.infer<typeof richTextBlockSchema>;
export type RichTextBlockType = RichTextBlock['type'];
export type BlockOfType<T extends RichTextBlockType> = Extract<RichTextBlock, { type: T }>;

/** Plain text as blocks: one paragraph per non-empty line (how people type in a text area). */
export function blocksFromPlainText(text: string): RichTextBlock[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => ({ type: 'paragraph', runs: [{ text: line }] }));
}
