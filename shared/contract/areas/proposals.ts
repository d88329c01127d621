import * as z from 'zod';
import { query } from '../define';
import { idSchema, isoDateTime, noArgs } from '../common';

/** DOMAIN.md §2: draft → pre-communicated → sent → negotiating → won / lost → archived. */
export const PROPOSAL_STATUSES = [
  'draft',
  'pre_communicated',
  'sent',
  'negotiating',
  'won',
  'lost',
  'archived',
] as const;
export const proposalStatusSchema = z.enum(PROPOSAL_STATUSES);
export type ProposalStatus = z.infer<typeof proposalStatusSchema>;

export const proposalSummarySchema = z.object({
  id: idSchema,
  title: z.string(),
  clientName: z.string(),
  status: proposalStatusSchema,
  quoteTitle: z.string().nullable(),
  ownerName: z.string().nullable(),
  updatedAt: isoDateTime,
});
export type ProposalSummary = z.infer<typeof proposalSummarySchema>;

export const proposalsContract = {
  'proposals.list': query(noArgs, z.object({ items: z.array(proposalSummarySchema) })),
};
