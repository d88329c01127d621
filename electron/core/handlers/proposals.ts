import type { Kysely } from 'kysely';
import type { ParsedArgs, ProposalStatus } from '@shared/contract';
import {
  approvalReasons,
  canSendFrom,
  editableSections,
  isAllowed,
  proposalMessages,
  proposalVersionSnapshotSchema,
  type EditableSection,
} from '@shared/proposal';
import type { FieldIssue } from '@shared/validation';
import type { Database } from '../db/schema';
import { CoreError } from '../errors';
import { insertApproval } from '../repos/approvals';
import { appendStatusChange, listStatusChanges } from '../repos/proposal-history';
import { proposalDrafts } from '../repos/drafts';
import { listTemplates } from '../repos/proposal-library';
import { findVersion, insertVersion, listVersions } from '../repos/proposal-versions';
import {
  findProposalRow,
  insertProposal,
  updateProposalContent,
  updateProposalStatus,
  type ProposalRow,
} from '../repos/proposals';
import { readSettings } from '../repos/settings';
import { contentHashOf, exportDocument } from '../services/proposal-content';
import { checkOf, proposalDetail, proposalState } from '../services/proposal-detail';
import { supersedeMovedRequests } from '../services/approval-freshness';
import { freezeSnapshot } from '../services/freeze';
import { statusVars } from '../services/proposal-messages';
import { isoNow } from '../time';
import { draftCalls } from './draft-calls';
import { defineHandlers, type HandlerContext } from './types';
import { localDateTime } from '@shared/dates/local';

/** Won, lost and archived proposals are closed: reopen first, so an edit is never silent. */
const LOCKED: readonly ProposalStatus[] = ['won', 'lost', 'archived'];

async function requireRow(db: Kysely<Database>, id: number): Promise<ProposalRow> {
  const row = await findProposalRow(db, id);
  if (!row) throw new CoreError('not_found', 'error.not_found');
  return row;
}

function requireRevision(row: ProposalRow, revision: number): void {
  if (row.revision !== revision)
    throw new CoreError('conflict', 'error.proposal_conflict', {
      by: row.owner_name ?? '—',
      at: localDateTime(row.updated_at),
    });
}

function requireEditable(row: ProposalRow): void {
  if (LOCKED.includes(row.status as ProposalStatus))
    throw new CoreError('conflict', 'error.proposal_locked', statusVars('status', row.status));
}

/** The quote a proposal links must exist and be the same client's. */
async function requireQuoteOf(db: Kysely<Database>, quoteId: number, clientId: number): Promise<void> {
  const q = await db.selectFrom('quotes').select('client_id').where('id', '=', quoteId).executeTakeFirst();
  if (!q) throw new CoreError('not_found', 'error.not_found');
  if (q.client_id !== clientId) throw new CoreError('validation', 'error.proposal_quote_other_client');
}

function fieldRefusal(path: (string | number)[], key: keyof typeof proposalMessages): CoreError {
  const issue: FieldIssue = { path, code: key, message: proposalMessages[key] };
  return new CoreError('validation', 'error.validation', {}, [issue]);
}

/**
 * The proposal writes without their replies: each does the whole write (its checks, the frozen
 * version, the approval's snapshot, the audit note and events) and returns the id it made or
 * touched (a send: the version's number). The handlers below reply with the proposal's detail;
 * the demo's set-up plays hundreds of these writes and reads none of those replies, so it calls
 * these and skips building a detail per call (see seed/demo-player.ts).
 */
export const proposalWrites = {
  'proposals.create': async (args: ParsedArgs<'proposals.create'>, ctx: HandlerContext): Promise<number> => {
    const client = await ctx.db.selectFrom('clients').select('id').where('id', '=', args.clientId).executeTakeFirst();
    if (!client) throw new CoreError('not_found', 'error.not_found');
    if (args.quoteId !== undefined) await requireQuoteOf(ctx.db, args.quoteId, args.clientId);
    let sections: EditableSection[] = editableSections([]);
    if (args.templateId !== undefined) {
      const [template] = await listTemplates(ctx.db, args.templateId);
      if (!template) throw new CoreError('not_found', 'error.not_found');
      sections = template.sections;
    }
    const settings = await readSettings(ctx.db);
    const at = isoNow(ctx.now);
    const id = await insertProposal(ctx.db, {
      client_id: args.clientId,
      quote_id: args.quoteId ?? null,
      title: args.title,
      status: 'draft',
      sections: JSON.stringify(sections),
      owner_id: ctx.actor?.id ?? null,
      language: settings.documentLanguage,
      created_at: at,
      updated_at: at,
    });
    await appendStatusChange(ctx.db, { proposalId: id, at, userId: ctx.actor?.id ?? null, from: null, to: 'draft' });
    ctx.audit({ entity: 'proposal', entityId: id, detail: { title: args.title, templateId: args.templateId ?? null } });
    ctx.emit({ type: 'proposal.saved', proposalId: id });
    return id;
  },
  'proposals.save': async (args: ParsedArgs<'proposals.save'>, ctx: HandlerContext): Promise<number> => {
    const row = await requireRow(ctx.db, args.id);
    requireEditable(row);
    requireRevision(row, args.revision);
    if (args.quoteId !== null) await requireQuoteOf(ctx.db, args.quoteId, row.client_id);
    const written = await updateProposalContent(
      ctx.db,
      args.id,
      args.revision,
      {
        title: args.title,
        quoteId: args.quoteId,
        // Always the seven sections, in order; phases only where they belong (the plan).
        sections: JSON.stringify(editableSections(args.sections)),
        preCommunication: args.preCommunication && JSON.stringify(args.preCommunication),
        selfCheck: args.selfCheck && JSON.stringify(args.selfCheck),
      },
      isoNow(ctx.now),
    );
    if (!written) requireRevision({ ...row, revision: -1 }, args.revision);
    if (args.sessionId !== undefined) await proposalDrafts.discard(ctx.db, args.id, null, args.sessionId);
    await supersedeMovedRequests(ctx.db, args.id, ctx.now);
    const overwrote = args.overwrite ? { overwrote: { revision: row.revision } } : {};
    ctx.audit({ entity: 'proposal', entityId: args.id, detail: { revision: args.revision + 1, ...overwrote } });
    ctx.emit({ type: 'proposal.saved', proposalId: args.id });
    if (row.quote_id !== args.quoteId)
      ctx.emit({ type: 'proposal.relinked', proposalId: args.id, fromQuoteId: row.quote_id, toQuoteId: args.quoteId });
    return args.id;
  },
  'proposals.transition': async (args: ParsedArgs<'proposals.transition'>, ctx: HandlerContext): Promise<number> => {
    const row = await requireRow(ctx.db, args.id);
    const from = row.status as ProposalStatus;
    if (!isAllowed(from, args.to, 'transition'))
      throw new CoreError('conflict', 'error.proposal_transition', {
        ...statusVars('from', from),
        ...statusVars('to', args.to),
      });
    if (args.to === 'pre_communicated' && row.pre_communication === null)
      throw fieldRefusal(['preCommunication'], 'proposal.precomm_missing');
    const at = isoNow(ctx.now);
    const decided = args.to === 'won' || args.to === 'lost';
    const reopened = args.to === 'negotiating' && from !== 'sent';
    await updateProposalStatus(ctx.db, args.id, {
      status: args.to,
      at,
      ...(decided ? { decidedAt: at } : reopened ? { decidedAt: null } : {}),
      ...(args.to === 'lost'
        ? { lostReasonCode: args.reasonCode ?? null, lostReason: args.note || null }
        : reopened
          ? { lostReasonCode: null, lostReason: null }
          : {}),
    });
    await appendStatusChange(ctx.db, {
      proposalId: args.id,
      at,
      userId: ctx.actor?.id ?? null,
      from,
      to: args.to,
      reasonCode: args.reasonCode ?? null,
      note: args.note || null,
    });
    ctx.audit({
      entity: 'proposal',
      entityId: args.id,
      detail: { from, to: args.to, reason: args.reasonCode ?? null },
    });
    ctx.emit({ type: 'proposal.saved', proposalId: args.id });
    return args.id;
  },
  'proposals.send': async (args: ParsedArgs<'proposals.send'>, ctx: HandlerContext): Promise<number> => {
    const row = await requireRow(ctx.db, args.id);
    requireRevision(row, args.revision);
    const from = row.status as ProposalStatus;
    if (!canSendFrom(from)) throw new CoreError('conflict', 'error.proposal_send_status', statusVars('status', from));
    const state = await proposalState(ctx.db, args.id, ctx.now);
    const { live } = state;
    const number = state.versionCount + 1;
    const document = exportDocument(live, number, ctx.now);
    const hash = contentHashOf(live, document);
    if (!document || !hash) throw new CoreError('conflict', 'error.send_no_quote');
    if (state.latestHash === hash)
      throw new CoreError('conflict', 'error.send_nothing_changed', { version: state.versionCount });
    const check = checkOf(state);
    const codes = new Set(check.blockers.map((b) => b.code));
    if (codes.has('below_cost') || codes.has('discount_exceeds_subtotal'))
      throw new CoreError('conflict', 'error.send_below_cost');
    if (codes.has('below_cost_with_options')) throw new CoreError('conflict', 'error.send_below_cost_with_options');
    if (codes.has('validity_expired'))
      throw new CoreError('conflict', 'error.send_validity_expired', { date: document.quote.validUntil ?? '—' });
    if (codes.has('approval_missing')) throw new CoreError('conflict', 'error.send_approval_missing');
    const reason = args.noPreCommunicationReason ?? '';
    if (!live.preCommunication && reason === '')
      throw fieldRefusal(['noPreCommunicationReason'], 'proposal.no_precomm_reason_required');
    const warnings = check.warnings.filter((w) => w.code !== 'no_pre_communication');
    if (warnings.length > 0 && !args.acknowledgeWarnings)
      throw fieldRefusal(['acknowledgeWarnings'], 'proposal.warnings_not_acknowledged');

    const snapshot = await freezeSnapshot(ctx.db, live, document, hash);
    const at = isoNow(ctx.now);
    await insertVersion(ctx.db, {
      proposal_id: args.id,
      number,
      snapshot: JSON.stringify(snapshot),
      content_hash: hash,
      currency: document.computed.currency,
      total: document.computed.total,
      margin_percent: document.computed.marginPercent,
      language: live.language,
      sent_at: at,
      sent_by: ctx.actor?.id ?? null,
      approval_id: check.approval === 'approved' ? (state.decision?.id ?? null) : null,
      no_pre_communication_reason: live.preCommunication ? null : reason,
    });
    await updateProposalStatus(ctx.db, args.id, { status: 'sent', at });
    await appendStatusChange(ctx.db, {
      proposalId: args.id,
      at,
      userId: ctx.actor?.id ?? null,
      from,
      to: 'sent',
      version: number,
      note: live.preCommunication ? null : reason,
    });
    ctx.audit({ entity: 'proposal', entityId: args.id, detail: { version: number, hash } });
    ctx.emit({ type: 'version.frozen', proposalId: args.id, versionNumber: number });
    ctx.emit({ type: 'proposal.saved', proposalId: args.id });
    return number;
  },
  'proposals.requestApproval': async (
    args: ParsedArgs<'proposals.requestApproval'>,
    ctx: HandlerContext,
  ): Promise<number> => {
    const row = await requireRow(ctx.db, args.id);
    requireEditable(row);
    requireRevision(row, args.revision);
    const state = await proposalState(ctx.db, args.id, ctx.now);
    const { live } = state;
    const document = exportDocument(live, state.versionCount + 1, ctx.now);
    const hash = contentHashOf(live, document);
    if (!document || !hash || !live.quote) throw new CoreError('conflict', 'error.send_no_quote');
    const reasons = approvalReasons(live.quote.document, live.quote.computed, live.rules);
    if (reasons.length === 0) throw new CoreError('conflict', 'error.approval_not_needed');
    if (state.decision && (state.decision.status === 'pending' || state.decision.status === 'approved'))
      throw new CoreError('conflict', 'error.approval_exists', statusVars('status', state.decision.status));
    const snapshot = await freezeSnapshot(ctx.db, live, document, hash);
    const id = await insertApproval(ctx.db, {
      proposalId: args.id,
      contentHash: hash,
      snapshot: JSON.stringify(snapshot),
      reasons,
      requestedBy: ctx.actor?.id ?? null,
      at: isoNow(ctx.now),
      note: args.note,
    });
    ctx.audit({ entity: 'approval', entityId: id, detail: { proposalId: args.id, reasons } });
    return id;
  },
};

/** The editor's autosave: a closed proposal takes no draft; reading one asks that the proposal exists. */
const drafts = draftCalls(proposalDrafts, {
  save: async (db, id) => requireEditable(await requireRow(db, id)),
  get: async (db, id) => {
    await requireRow(db, id);
  },
});

export const proposalHandlers = defineHandlers({
  'proposals.create': async (args, ctx) =>
    proposalDetail(ctx.db, await proposalWrites['proposals.create'](args, ctx), ctx.now),
  'proposals.save': async (args, ctx) =>
    proposalDetail(ctx.db, await proposalWrites['proposals.save'](args, ctx), ctx.now),
  'proposals.transition': async (args, ctx) =>
    proposalDetail(ctx.db, await proposalWrites['proposals.transition'](args, ctx), ctx.now),
  'proposals.send': async (args, ctx) => ({
    version: await proposalWrites['proposals.send'](args, ctx),
    proposal: await proposalDetail(ctx.db, args.id, ctx.now),
  }),
  'proposals.requestApproval': async (args, ctx) => {
    await proposalWrites['proposals.requestApproval'](args, ctx);
    return proposalDetail(ctx.db, args.id, ctx.now);
  },

  'proposals.get': (args, ctx) => proposalDetail(ctx.db, args.id, ctx.now),

  'proposals.draftSave': (args, ctx) => drafts.save(args.proposalId, args, ctx),
  'proposals.draftGet': (args, ctx) => drafts.get(args.proposalId, ctx),
  'proposals.draftDiscard': (args, ctx) => drafts.discard(args.proposalId, args.sessionId, ctx),

  'proposals.history': async (args, ctx) => {
    await requireRow(ctx.db, args.id);
    return { items: await listStatusChanges(ctx.db, args.id) };
  },

  'proposals.versions': async (args, ctx) => {
    await requireRow(ctx.db, args.id);
    return { items: await listVersions(ctx.db, args.id) };
  },

  'proposals.version': async (args, ctx) => {
    const found = await findVersion(ctx.db, args.id, args.number);
    if (!found) throw new CoreError('not_found', 'error.not_found');
    return { ...found.summary, snapshot: proposalVersionSnapshotSchema.parse(JSON.parse(found.snapshot)) };
  },
});
