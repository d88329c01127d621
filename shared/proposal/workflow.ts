import type { ProposalStatus } from './status';

/**
 * The proposal's life (DOMAIN.md §2) as a table: every allowed move, and how it is made. Anything
 * not listed is refused. `send` moves are made only by proposals.send, which freezes a version;
 * `transition` moves by proposals.transition. Reversible where an agency would expect it: a lost
 * pitch can be reopened, a won one taken back to negotiation, an archived one reopened.
 */
export const PROPOSAL_TRANSITIONS = [
  { from: 'draft', to: 'pre_communicated', via: 'transition' },
  { from: 'pre_communicated', to: 'draft', via: 'transition' },
  { from: 'draft', to: 'sent', via: 'send' },
  { from: 'pre_communicated', to: 'sent', via: 'send' },
  // A new version to the client while talks go on: v2, v3…
  { from: 'sent', to: 'sent', via: 'send' },
  { from: 'negotiating', to: 'sent', via: 'send' },
  { from: 'sent', to: 'negotiating', via: 'transition' },
  { from: 'sent', to: 'won', via: 'transition' },
  { from: 'sent', to: 'lost', via: 'transition' },
  { from: 'negotiating', to: 'won', via: 'transition' },
  { from: 'negotiating', to: 'lost', via: 'transition' },
  { from: 'lost', to: 'negotiating', via: 'transition' },
  { from: 'won', to: 'negotiating', via: 'transition' },
  { from: 'won', to: 'archived', via: 'transition' },
  { from: 'lost', to: 'archived', via: 'transition' },
  // A proposal dropped before it ever went out.
  { from: 'draft', to: 'archived', via: 'transition' },
  { from: 'pre_communicated', to: 'archived', via: 'transition' },
  { from: 'archived', to: 'negotiating', via: 'transition' },
] as const satisfies readonly { from: ProposalStatus; to: ProposalStatus; via: 'transition' | 'send' }[];

export type TransitionVia = (typeof PROPOSAL_TRANSITIONS)[number]['via'];

export function isAllowed(from: ProposalStatus, to: ProposalStatus, via: TransitionVia): boolean {
  return PROPOSAL_TRANSITIONS.some((t) => t.from === from && t.to === to && t.via === via);
}

/** Where a proposal can go from `from` by proposals.transition, in table order. */
export function nextStatuses(from: ProposalStatus): ProposalStatus[] {
  return PROPOSAL_TRANSITIONS.filter((t) => t.from === from && t.via === 'transition').map((t) => t.to);
}

/** Whether proposals.send may be called in this status. */
export function canSendFrom(from: ProposalStatus): boolean {
  return isAllowed(from, 'sent', 'send');
}

/** Sent versions exist only from here on; a proposal that was never sent cannot be won or lost. */
export const STATUSES_AFTER_SEND: readonly ProposalStatus[] = ['sent', 'negotiating', 'won', 'lost'];

/** Why a pitch was lost: a short list for the win/loss analysis, with free text beside it. */
export const LOSS_REASONS = [
  'price',
  'competitor',
  'scope_changed',
  'budget_cut',
  'no_decision',
  'timing',
  'relationship',
  'other',
] as const;
export type LossReason = (typeof LOSS_REASONS)[number];
