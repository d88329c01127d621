import * as z from 'zod';

// Statuses live in the domain, below both the workflow table and the contract that speaks them,
// so neither imports the other.

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
