import * as z from 'zod';
import { richTextBlockSchema, blocksFromPlainText, type RichTextBlock } from './rich-text';

/** The seven sections of a proposal, in order (DOMAIN.md §2). */
export const PROPOSAL_SECTION_KEYS = [
  'situation',
  'problem',
  'solution',
  'cost',
  'plan',
  'evaluation',
  'effect',
] as const;
export const proposalSectionKeySchema = z.enum(PROPOSAL_SECTION_KEYS);
export type ProposalSectionKey = z.infer<typeof proposalSectionKeySchema>;

/** 备注，多为理由: a point that may cause disagreement, with the reason behind it. */
export const sectionNoteSchema = z.strictObject({
  point: z.string().trim().min(1).max(2000),
  rationale: z.string().trim().max(4000),
});
export type SectionNote = z.infer<typeof sectionNoteSchema>;

/**
 * A section as stored: plain `text` today, `blocks` once the editor writes rich text. Loose
 * (not strict) so a stored section with fields a later editor adds still exports.
 */
export const proposalSectionSchema = z.object({
  key: proposalSectionKeySchema,
  text: z.string().max(100000).optional(),
  blocks: z.array(richTextBlockSchema).max(5000).optional(),
  notes: z.array(sectionNoteSchema).max(200).optional(),
});
export type ProposalSection = z.infer<typeof proposalSectionSchema>;

/** The section's content as blocks: its rich text if it has any, else its plain text. */
export function sectionBlocks(section: ProposalSection): RichTextBlock[] {
  if (section.blocks && section.blocks.length > 0) return section.blocks;
  return blocksFromPlainText(section.text ?? '');
}
