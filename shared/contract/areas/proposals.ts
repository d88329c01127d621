import * as z from 'zod';
import { LANGS } from '../../i18n/lang';
import { CURRENCY_CODES } from '../../money';
import { addCustomIssue } from '../../validation/validate';
import { editableSectionSchema, editableSectionsSchema } from '../../proposal/sections';
import { preCommunicationSchema, selfCheckSchema } from '../../proposal/records';
import { sendCheckSchema } from '../../proposal/guardrails';
import { proposalVersionSnapshotSchema } from '../../proposal/snapshot';
import { LOSS_REASONS } from '../../proposal/workflow';
import { PROPOSAL_STATUSES, proposalStatusSchema, type ProposalStatus } from '../../proposal/status';
import { command, query } from '../define';
import { ANY_ROLE } from '../roles';
import { idSchema, isoDateTime, noArgs, optionalText, text } from '../common';

// The statuses are the domain's (proposal/status.ts); the contract speaks them.
export { PROPOSAL_STATUSES, proposalStatusSchema, type ProposalStatus };

export const proposalSummarySchema = z.object({
  id: idSchema,
  title: z.string(),
  clientId: idSchema,
  clientName: z.string(),
  status: proposalStatusSchema,
  quoteTitle: z.string().nullable(),
  /** The linked quote's total (tax included) and currency; null without a quote. For the list's filters. */
  total: z.int().nullable(),
  currency: z.enum(CURRENCY_CODES).nullable(),
  ownerName: z.string().nullable(),
  updatedAt: isoDateTime,
});
export type ProposalSummary = z.infer<typeof proposalSummarySchema>;

export const lossReasonSchema = z.enum(LOSS_REASONS);
export const APPROVAL_STATUSES = ['pending', 'approved', 'rejected', 'superseded'] as const;
export const approvalStatusSchema = z.enum(APPROVAL_STATUSES);

/** The linked quote's figures, as the proposal shows them in its cost section. */
export const proposalQuoteSchema = z.object({
  id: idSchema,
  title: z.string(),
  currency: z.enum(CURRENCY_CODES),
  revision: z.int(),
  subtotal: z.int(),
  discount: z.int(),
  net: z.int(),
  tax: z.int(),
  total: z.int(),
  cost: z.int(),
  marginPercent: z.string().nullable(),
  deviationPercent: z.string().nullable(),
});

/** A finance decision as the proposal sees it. */
export const approvalBriefSchema = z.object({
  id: idSchema,
  status: approvalStatusSchema,
  /** The request was for the content the proposal holds now. */
  current: z.boolean(),
  requestedBy: z.string().nullable(),
  requestedAt: isoDateTime,
  requestNote: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: isoDateTime.nullable(),
  comment: z.string().nullable(),
});
export type ApprovalBrief = z.infer<typeof approvalBriefSchema>;

export const proposalDetailSchema = z.object({
  id: idSchema,
  title: z.string(),
  clientId: idSchema,
  clientName: z.string(),
  status: proposalStatusSchema,
  language: z.enum(LANGS),
  ownerId: idSchema.nullable(),
  ownerName: z.string().nullable(),
  /** Goes up by one on every save; a save or send names the revision it was based on. */
  revision: z.int().positive(),
  quote: proposalQuoteSchema.nullable(),
  sections: z.array(editableSectionSchema),
  preCommunication: preCommunicationSchema.nullable(),
  selfCheck: selfCheckSchema.nullable(),
  lostReason: lossReasonSchema.nullable(),
  lostNote: z.string().nullable(),
  /** Sent versions so far (v1, v2…); 0 before the first send. */
  versionCount: z.int().nonnegative(),
  /** The working copy differs from the newest sent version: it is the draft of version versionCount + 1. */
  hasUnsentChanges: z.boolean(),
  /** SHA-256 of the content a send would freeze now; null without a quote. */
  contentHash: z.string().nullable(),
  check: sendCheckSchema,
  /** The newest finance request of this proposal (for this content or an earlier one). */
  approval: approvalBriefSchema.nullable(),
  /** Where proposals.transition may take it from here. */
  nextStatuses: z.array(proposalStatusSchema),
  canSend: z.boolean(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type ProposalDetail = z.infer<typeof proposalDetailSchema>;

export const statusChangeSchema = z.object({
  id: idSchema,
  at: isoDateTime,
  from: proposalStatusSchema.nullable(),
  to: proposalStatusSchema,
  userName: z.string().nullable(),
  reasonCode: lossReasonSchema.nullable(),
  note: z.string().nullable(),
  /** The version a send froze. */
  version: z.int().nullable(),
});
export type StatusChange = z.infer<typeof statusChangeSchema>;

export const versionSummarySchema = z.object({
  number: z.int().positive(),
  sentAt: isoDateTime,
  sentBy: z.string().nullable(),
  contentHash: z.string(),
  currency: z.enum(CURRENCY_CODES),
  total: z.int(),
  marginPercent: z.string().nullable(),
  language: z.enum(LANGS),
  approvedBy: z.string().nullable(),
  noPreCommunicationReason: z.string().nullable(),
});
export type VersionSummary = z.infer<typeof versionSummarySchema>;

export const proposalVersionSchema = versionSummarySchema.extend({ snapshot: proposalVersionSnapshotSchema });
export type ProposalVersion = z.infer<typeof proposalVersionSchema>;

const byId = z.strictObject({ id: idSchema });
const sessionId = z.string().min(1).max(64);

/** What the editor changes before a save: exactly the content fields of proposals.save. */
export const proposalWorkingCopySchema = z.strictObject({
  title: z.string().max(200),
  quoteId: idSchema.nullable(),
  sections: editableSectionsSchema,
  preCommunication: preCommunicationSchema.nullable(),
  selfCheck: selfCheckSchema.nullable(),
});
export type ProposalWorkingCopy = z.infer<typeof proposalWorkingCopySchema>;

export const proposalDraftSchema = z.object({
  sessionId: z.string(),
  baseRevision: z.int(),
  state: proposalWorkingCopySchema,
  savedAt: isoDateTime,
});
export type ProposalDraft = z.infer<typeof proposalDraftSchema>;

export const transitionArgsSchema = z
  .strictObject({
    id: idSchema,
    to: proposalStatusSchema,
    reasonCode: lossReasonSchema.optional(),
    note: optionalText(2000).optional(),
  })
  .superRefine((a, ctx) => {
    if (a.to !== 'lost') return;
    if (a.reasonCode === undefined) addCustomIssue(ctx, 'proposal.loss_reason_required', ['reasonCode']);
    else if (a.reasonCode === 'other' && !a.note) addCustomIssue(ctx, 'proposal.loss_note_required', ['note']);
  });

export const proposalsContract = {
  'proposals.list': query(ANY_ROLE, noArgs, z.object({ items: z.array(proposalSummarySchema) })),
  /** A new draft for a client, blank or from a template, optionally with its quote linked. */
  'proposals.create': command(
    ANY_ROLE,
    z.strictObject({
      clientId: idSchema,
      title: text(200),
      quoteId: idSchema.optional(),
      templateId: idSchema.optional(),
    }),
    proposalDetailSchema,
  ),
  'proposals.get': query(ANY_ROLE, byId, proposalDetailSchema),
  /** The working copy. After a send it becomes the next version's draft; sent versions never change. */
  'proposals.save': command(
    ANY_ROLE,
    z.strictObject({
      id: idSchema,
      revision: z.int().positive(),
      title: text(200),
      quoteId: idSchema.nullable(),
      sections: editableSectionsSchema,
      preCommunication: preCommunicationSchema.nullable(),
      selfCheck: selfCheckSchema.nullable(),
      /** The editor whose autosaved draft this save makes obsolete. */
      sessionId: sessionId.optional(),
    }),
    proposalDetailSchema,
  ),
  /**
   * Autosave of the editor's working copy while typing, like quotes.draftSave: a query, not a
   * command, because a draft is one editor's scratch space (auditing each autosave would bury the
   * activity log). One atomic upsert; a closed (won/lost/archived) proposal takes none.
   */
  'proposals.draftSave': query(
    ANY_ROLE,
    z.strictObject({
      proposalId: idSchema,
      sessionId,
      baseRevision: z.int().positive(),
      state: proposalWorkingCopySchema,
    }),
    z.object({ savedAt: isoDateTime }),
  ),
  /** The newest draft of this proposal by the calling user, if any. */
  'proposals.draftGet': query(
    ANY_ROLE,
    z.strictObject({ proposalId: idSchema }),
    z.object({ draft: proposalDraftSchema.nullable() }),
  ),
  'proposals.draftDiscard': query(
    ANY_ROLE,
    z.strictObject({ proposalId: idSchema, sessionId: sessionId.optional() }),
    z.object({ discarded: z.int() }),
  ),
  /** A move of the workflow other than sending (see shared/proposal/workflow.ts). */
  'proposals.transition': command(ANY_ROLE, transitionArgsSchema, proposalDetailSchema),
  /**
   * Freeze the working copy as the next version and mark the proposal sent. Refused while a
   * blocker stands (no quote, below cost, finance approval missing for this exact content).
   * Without a pre-communication record it needs a reason; with warnings, an acknowledgement.
   */
  'proposals.send': command(
    ANY_ROLE,
    z.strictObject({
      id: idSchema,
      revision: z.int().positive(),
      noPreCommunicationReason: optionalText(2000).optional(),
      acknowledgeWarnings: z.boolean(),
    }),
    z.object({ version: z.int().positive(), proposal: proposalDetailSchema }),
  ),
  'proposals.history': query(ANY_ROLE, byId, z.object({ items: z.array(statusChangeSchema) })),
  'proposals.versions': query(ANY_ROLE, byId, z.object({ items: z.array(versionSummarySchema) })),
  /** One frozen version, exactly as it was sent. */
  'proposals.version': query(
    ANY_ROLE,
    z.strictObject({ id: idSchema, number: z.int().positive() }),
    proposalVersionSchema,
  ),
  /** Ask finance to approve the content as it is now (bound to its hash). */
  'proposals.requestApproval': command(
    ANY_ROLE,
    z.strictObject({ id: idSchema, revision: z.int().positive(), note: optionalText(2000) }),
    proposalDetailSchema,
  ),
};
