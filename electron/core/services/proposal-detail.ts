import type { Kysely } from 'kysely';
import type { ApprovalBrief, ProposalDetail, ProposalStatus } from '@shared/contract';
import { canSendFrom, nextStatuses, sendCheck, type LossReason } from '@shared/proposal';
import type { Database } from '../db/schema';
import { decisionFor, latestApproval, type ApprovalRow } from '../repos/approvals';
import { latestVersion } from '../repos/proposal-versions';
import { contentHashOf, exportDocument, loadLive, type LiveProposal } from './proposal-content';

export interface ProposalState {
  live: LiveProposal;
  hash: string | null;
  versionCount: number;
  latestHash: string | null;
  decision: ApprovalRow | undefined;
}

/** The proposal now: its content hash, how it compares with the last sent version, finance's decision on it. */
export async function proposalState(db: Kysely<Database>, id: number, now: Date): Promise<ProposalState> {
  const live = await loadLive(db, id, now);
  const hash = contentHashOf(live, exportDocument(live, 1, now));
  const latest = await latestVersion(db, id);
  return {
    live,
    hash,
    versionCount: latest?.number ?? 0,
    latestHash: latest?.content_hash ?? null,
    decision: hash ? await decisionFor(db, id, hash) : undefined,
  };
}

export function checkOf(state: ProposalState) {
  const { live } = state;
  return sendCheck({
    quote: live.quote,
    marginFloorPercent: live.rules.marginFloorPercent,
    discountLimitPercent: live.rules.discountLimitPercent,
    freeLineCostPercent: live.rules.freeLineCostPercent,
    selfCheckThreshold: live.rules.selfCheckThreshold,
    hasPreCommunication: live.preCommunication !== null,
    selfCheck: live.selfCheck,
    decision: state.decision && state.decision.status !== 'superseded' ? state.decision.status : null,
  });
}

function brief(a: ApprovalRow, hash: string | null): ApprovalBrief {
  return {
    id: a.id,
    status: a.status,
    current: a.content_hash === hash && a.status !== 'superseded',
    requestedBy: a.requested_by_name ?? null,
    requestedAt: a.requested_at,
    requestNote: a.request_note,
    decidedBy: a.decided_by_name ?? null,
    decidedAt: a.decided_at,
    comment: a.comment,
  };
}

export async function proposalDetail(db: Kysely<Database>, id: number, now: Date): Promise<ProposalDetail> {
  const state = await proposalState(db, id, now);
  const { live, hash } = state;
  const { row, quote } = live;
  const status = row.status as ProposalStatus;
  const check = checkOf(state);
  const hasUnsentChanges = state.versionCount > 0 && state.latestHash !== hash;
  const latest = await latestApproval(db, id);
  return {
    id: row.id,
    title: row.title,
    clientId: row.client_id,
    clientName: row.client_name,
    status,
    language: live.language,
    ownerId: row.owner_id,
    ownerName: row.owner_name ?? null,
    revision: row.revision,
    quote: quote && {
      id: quote.id,
      title: quote.title,
      currency: quote.computed.currency,
      revision: quote.revision,
      subtotal: quote.computed.subtotal,
      discount: quote.computed.discount,
      net: quote.computed.net,
      tax: quote.computed.tax,
      total: quote.computed.total,
      cost: quote.computed.cost,
      marginPercent: quote.computed.marginPercent,
      deviationPercent: quote.computed.deviationPercent,
    },
    sections: live.sections,
    preCommunication: live.preCommunication,
    selfCheck: live.selfCheck,
    lostReason: (row.lost_reason_code as LossReason | null) ?? null,
    lostNote: row.lost_reason,
    versionCount: state.versionCount,
    hasUnsentChanges,
    contentHash: hash,
    check,
    approval: latest ? brief(latest, hash) : null,
    nextStatuses: nextStatuses(status),
    canSend: canSendFrom(status) && check.blockers.length === 0 && (state.versionCount === 0 || hasUnsentChanges),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
