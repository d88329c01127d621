/**
 * The four-eyes rule of a finance approval: the one who decides is a second pair of eyes, so never
 * the person who asked, nor the one whose proposal it is, nor the owner or last author of the quote
 * whose figures are judged (an admin who wrote a proposal cannot approve it because someone else
 * clicked "request"). Pure: the core decides with it; the queue can say in advance who may not.
 */
export interface ApprovalParties {
  requestedBy: number | null;
  proposalOwner: number | null;
  quoteOwner: number | null;
  /** Who saved the quote's current content. */
  quoteAuthor: number | null;
}

export const FOUR_EYES_CONFLICTS = ['own_request', 'own_proposal', 'own_quote'] as const;
export type FourEyesConflict = (typeof FOUR_EYES_CONFLICTS)[number];

export function fourEyesConflict(approverId: number, parties: ApprovalParties): FourEyesConflict | null {
  if (parties.requestedBy === approverId) return 'own_request';
  if (parties.proposalOwner === approverId) return 'own_proposal';
  if (parties.quoteOwner === approverId || parties.quoteAuthor === approverId) return 'own_quote';
  return null;
}
