import * as z from 'zod';
import { richTextBlockSchema } from '../../export/rich-text';
import { percentField } from '../../quote/fields';
import { editableSectionSchema } from '../../proposal/sections';
import { command, query } from '../define';
import { ADMIN, ANY_ROLE } from '../roles';
import { idSchema, isoDateTime, noArgs, text } from '../common';

export const proposalTemplateSchema = z.object({
  id: idSchema,
  name: z.string(),
  sections: z.array(editableSectionSchema),
  createdBy: z.string().nullable(),
  createdAt: isoDateTime,
});
export type ProposalTemplate = z.infer<typeof proposalTemplateSchema>;

/** What a reusable block is, so the library can be filtered. */
export const CONTENT_BLOCK_KINDS = ['case_study', 'team_bio', 'terms', 'other'] as const;
export const contentBlockSchema = z.object({
  id: idSchema,
  kind: z.enum(CONTENT_BLOCK_KINDS),
  title: z.string(),
  blocks: z.array(richTextBlockSchema),
  createdBy: z.string().nullable(),
  updatedAt: isoDateTime,
});
export type ContentBlock = z.infer<typeof contentBlockSchema>;

/** The proposal rules finance sets beside the workspace's margin floor. */
export const proposalSettingsSchema = z.strictObject({
  /** A discount above this share of the subtotal needs finance approval. */
  discountLimitPercent: percentField('discountLimitPercent'),
  /** A self-check score under this (1–5) is a warning before sending. */
  selfCheckThreshold: z.int().min(1).max(5),
  /** A zero-priced line whose cost is above this share of the subtotal needs finance approval. */
  freeLineCostPercent: percentField('freeLineCostPercent'),
});
export type ProposalSettings = z.infer<typeof proposalSettingsSchema>;

export const proposalLibraryContract = {
  'proposalTemplates.list': query(ANY_ROLE, noArgs, z.object({ items: z.array(proposalTemplateSchema) })),
  /** Save a proposal's sections (not its client, quote or records) as a template. */
  'proposalTemplates.create': command(
    ANY_ROLE,
    z.strictObject({ name: text(200), fromProposalId: idSchema }),
    proposalTemplateSchema,
  ),
  'proposalTemplates.delete': command(ANY_ROLE, z.strictObject({ id: idSchema }), z.object({ id: idSchema })),
  'contentBlocks.list': query(ANY_ROLE, noArgs, z.object({ items: z.array(contentBlockSchema) })),
  'contentBlocks.create': command(
    ANY_ROLE,
    z.strictObject({
      kind: z.enum(CONTENT_BLOCK_KINDS),
      title: text(200),
      blocks: z.array(richTextBlockSchema).min(1).max(5000),
    }),
    contentBlockSchema,
  ),
  'contentBlocks.delete': command(ANY_ROLE, z.strictObject({ id: idSchema }), z.object({ id: idSchema })),
  'proposalSettings.get': query(ANY_ROLE, noArgs, proposalSettingsSchema),
  /** Finance or admin only. */
  /** The discount limit governs money: admins only (finance proposes, the admin sets it). */
  'proposalSettings.update': command(ADMIN, proposalSettingsSchema, proposalSettingsSchema),
};
