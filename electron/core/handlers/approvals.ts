import type { ApprovalItem, ParsedArgs, User } from '@shared/contract';
import {
  DEFAULT_FREE_LINE_COST_PERCENT,
  discountPercentOf,
  fourEyesConflict,
  marginDrivers,
  proposalVersionSnapshotSchema,
  type ProposalVersionSnapshot,
  sendCheck,
  type ApprovalParties,
  type ApprovalReason,
} from '@shared/proposal';
import { CoreError } from '../errors';
import { decideApproval, findApproval, listApprovals, type ApprovalRow } from '../repos/approvals';
import { proposalState } from '../services/proposal-detail';
import { isoNow } from '../time';
import { actingUser, defineHandlers, type HandlerContext } from './types';

function snapshotOf(row: ApprovalRow): ProposalVersionSnapshot {
  return proposalVersionSnapshotSchema.parse(JSON.parse(row.snapshot));
}

export function partiesOf(row: ApprovalRow): ApprovalParties {
  return {
    requestedBy: row.requested_by,
    proposalOwner: row.proposal_owner_id,
    quoteOwner: row.quote_owner_id ?? null,
    quoteAuthor: row.quote_author_id ?? null,
  };
}

/**
 * A pending request still describes the proposal as it stands, told without re-hashing it: every
 * write that changes approval content supersedes the requests it moved, in its own transaction
 * (services/approval-freshness.ts: proposal and quote saves, client and owner renames, new
 * workspace defaults), so "pending" already means live. This is the safety net behind those
 * writes, at the cost of comparing a few columns: the linked quote and its revision, the client's
 * name and industry, the owner's name, the title and language must be those the request froze;
 * otherwise the request is not shown as current, whatever wrote the change. approvals.decide
 * re-hashes the content in any case before it records a decision.
 */
function stillAsRequested(row: ApprovalRow, snapshot: ProposalVersionSnapshot): boolean {
  const d = snapshot.document;
  return (
    snapshot.quoteId === row.proposal_quote_id &&
    snapshot.quoteRevision === row.quote_revision &&
    d.client.name === row.client_name &&
    (d.client.industry ?? '') === (row.client_industry ?? '') &&
    (d.owner?.name ?? null) === (row.owner_name ?? null) &&
    d.proposal?.title === row.proposal_title &&
    d.language === row.proposal_language
  );
}

/** The queue's row: the figures of the snapshot finance is asked about, not of today's quote. */
function itemOf(
  row: ApprovalRow,
  snapshot: ProposalVersionSnapshot,
  current: boolean,
  viewer: User | null,
): ApprovalItem {
  const { quote, computed } = snapshot.document;
  const check = sendCheck({
    quote: { document: quote, computed },
    marginFloorPercent: snapshot.rules.marginFloorPercent,
    discountLimitPercent: snapshot.rules.discountLimitPercent,
    freeLineCostPercent: snapshot.rules.freeLineCostPercent ?? DEFAULT_FREE_LINE_COST_PERCENT,
    selfCheckThreshold: 1,
    hasPreCommunication: true,
    selfCheck: null,
    decision: null,
  });
  return {
    id: row.id,
    status: row.status,
    proposalId: row.proposal_id,
    proposalTitle: row.proposal_title,
    clientName: row.client_name,
    ownerName: row.owner_name ?? null,
    requestedBy: row.requested_by_name ?? null,
    requestedAt: row.requested_at,
    requestNote: row.request_note,
    decidedBy: row.decided_by_name ?? null,
    decidedAt: row.decided_at,
    comment: row.comment,
    contentHash: row.content_hash,
    current,
    reasons: JSON.parse(row.reasons) as ApprovalReason[],
    currency: computed.currency,
    subtotal: computed.subtotal,
    discount: computed.discount,
    net: computed.net,
    cost: computed.cost,
    grossMargin: computed.grossMargin,
    marginPercent: computed.marginPercent,
    marginPercentWithOptions: check.figures?.marginPercentWithOptions ?? null,
    floorPercent: snapshot.rules.marginFloorPercent,
    discountPercent: discountPercentOf(computed),
    limitPercent: snapshot.rules.discountLimitPercent,
    discountReason: quote.discount?.reason || null,
    discountCondition: quote.discount?.condition || null,
    deviationPercent: computed.deviationPercent,
    difficultyRationale: quote.difficulty.rationale || null,
    drivers: marginDrivers(quote, computed),
    // Only the quote's anti-patterns: the practice warnings are the account lead's, not finance's.
    warnings: check.warnings.filter((w) => w.code !== 'self_check_missing'),
    ownConflict: viewer ? fourEyesConflict(viewer.id, partiesOf(row)) : null,
  };
}

/**
 * Finance's decision without its reply (the queue's row): the demo's set-up plays it and reads
 * nothing back (see seed/demo-player.ts). Returns the request's id.
 */
export async function decideApprovalWrite(args: ParsedArgs<'approvals.decide'>, ctx: HandlerContext): Promise<number> {
  // Who may decide is the contract's (finance and admin, checked by the dispatcher before this
  // runs); whether this person may decide this request is the four-eyes rule below.
  const approver = actingUser(ctx);
  const row = await findApproval(ctx.db, args.id);
  if (!row) throw new CoreError('not_found', 'error.not_found');
  if (row.status !== 'pending')
    throw new CoreError('conflict', row.status === 'superseded' ? 'error.approval_stale' : 'error.approval_decided');
  const conflict = fourEyesConflict(approver.id, partiesOf(row));
  if (conflict) throw new CoreError('forbidden', `error.approval_${conflict}`);
  // Bound to content: a proposal or quote changed since the request gets no approval for it.
  const state = await proposalState(ctx.db, row.proposal_id, ctx.now);
  if (state.hash !== row.content_hash) throw new CoreError('conflict', 'error.approval_stale');
  const decided = await decideApproval(ctx.db, args.id, {
    status: args.decision,
    by: approver.id,
    at: isoNow(ctx.now),
    comment: args.comment || null,
  });
  // Two deciders at once on PostgreSQL: both read "pending" above, the second's update finds the
  // row decided (it waited for the first's lock) and changes nothing — a refusal, not a success.
  if (!decided) throw new CoreError('conflict', 'error.approval_decided');
  ctx.audit({
    entity: 'approval',
    entityId: args.id,
    detail: { proposalId: row.proposal_id, decision: args.decision, hash: row.content_hash },
  });
  return args.id;
}

export const approvalHandlers = defineHandlers({
  'approvals.queue': async (args, ctx) => {
    const rows = await listApprovals(ctx.db, args.state);
    const items: ApprovalItem[] = [];
    if (args.state === 'pending') {
      // A plain read: the cost is the requests shown (see stillAsRequested).
      for (const row of rows) {
        const snapshot = snapshotOf(row);
        if (stillAsRequested(row, snapshot)) items.push(itemOf(row, snapshot, true, ctx.actor));
      }
      return { items };
    }
    // Decided requests (the newest 200): "current" says whether the proposal still holds the content
    // decided on, which no write keeps up to date — hashed now, once per proposal.
    const hashes = new Map<number, string | null>();
    for (const row of rows) {
      if (!hashes.has(row.proposal_id))
        hashes.set(row.proposal_id, (await proposalState(ctx.db, row.proposal_id, ctx.now)).hash);
      const current = hashes.get(row.proposal_id) === row.content_hash;
      items.push(itemOf(row, snapshotOf(row), current, ctx.actor));
    }
    return { items };
  },

  'approvals.decide': async (args, ctx) => {
    const id = await decideApprovalWrite(args, ctx);
    const after = (await findApproval(ctx.db, id))!;
    // Decided just now on the content hashed in the write: current by construction.
    return itemOf(after, snapshotOf(after), true, actingUser(ctx));
  },
});
