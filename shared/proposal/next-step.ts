import type { ProposalStatus } from './status';

/**
 * What an open proposal needs next, from its status and its latest approval request: the account
 * lead's Home lists it beside each proposal (issue 15).
 */
export const NEXT_STEPS = [
  'finish_and_send',
  'await_approval',
  'revise_after_rejection',
  'follow_up',
  'record_decision',
] as const;
export type NextStep = (typeof NEXT_STEPS)[number];

/** Statuses in which a proposal is still in play (not won, lost or filed). */
export const OPEN_STATUSES: readonly ProposalStatus[] = ['draft', 'pre_communicated', 'sent', 'negotiating'];

export function nextStepOf(
  status: ProposalStatus,
  approval: 'pending' | 'approved' | 'rejected' | 'superseded' | null,
): NextStep | null {
  switch (status) {
    case 'draft':
    case 'pre_communicated':
      if (approval === 'pending') return 'await_approval';
      if (approval === 'rejected') return 'revise_after_rejection';
      return 'finish_and_send';
    case 'sent':
      return 'follow_up';
    case 'negotiating':
      return 'record_decision';
    default:
      return null;
  }
}
