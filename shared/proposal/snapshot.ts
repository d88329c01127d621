import * as z from 'zod';
import { CURRENCY_CODES } from '../money';
import { exportSnapshotSchema, type ExportSnapshot } from '../export/snapshot';
import { canonicalJson } from './canonical';
import { preCommunicationSchema, selfCheckSchema } from './records';

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

/** A file the document used (logo, Word template), by content: its bytes live once in the version assets. */
export const snapshotAssetSchema = z.strictObject({
  sha256: sha256Hex,
  fileName: z.string().max(300),
  mimeType: z.string().max(100).optional(),
  width: z.int().optional(),
  height: z.int().optional(),
});

export const snapshotBrandingSchema = z.strictObject({
  primaryColor: z.string(),
  latinFont: z.string(),
  eastAsiaFont: z.string(),
  useTemplateStyles: z.boolean(),
  logo: snapshotAssetSchema.nullable(),
  template: snapshotAssetSchema.nullable(),
});
export type SnapshotBranding = z.infer<typeof snapshotBrandingSchema>;

export const snapshotRateSchema = z.strictObject({
  role: z.string(),
  currency: z.enum(CURRENCY_CODES),
  rate: z.int(),
  costRate: z.int(),
  effectiveFrom: z.string(),
});

/**
 * A sent proposal version, frozen: `document` is exactly what the Word export renders (shared/export's
 * snapshot: the proposal's sections as blocks, the quote as written, the calculator's figures, the
 * language), beside what the version was made with and under — the rate card and branding in force,
 * the pre-communication record and self-check, the floor and limit finance judged it against.
 */
export const proposalVersionSnapshotSchema = z.strictObject({
  format: z.literal('workbench.proposal-version/1'),
  proposalId: z.int().positive(),
  quoteId: z.int().positive(),
  quoteRevision: z.int().positive(),
  document: exportSnapshotSchema,
  preCommunication: preCommunicationSchema.nullable(),
  selfCheck: selfCheckSchema.nullable(),
  rateCard: z.array(snapshotRateSchema),
  branding: snapshotBrandingSchema,
  rules: z.strictObject({
    marginFloorPercent: z.string(),
    discountLimitPercent: z.string(),
    /** Absent in snapshots made before the free-line limit existed. */
    freeLineCostPercent: z.string().optional(),
  }),
  /** SHA-256 of approvalContent(document): what a finance approval of this version was bound to. */
  contentHash: sha256Hex,
});
export type ProposalVersionSnapshot = z.infer<typeof proposalVersionSnapshotSchema>;

/**
 * What an approval is bound to: the content the client reads and finance judges — the proposal's
 * sections, the quote document and its figures, client and language — and whose it is (proposal
 * and quote ids, so a duplicate with the same words is a different thing to approve). Left out:
 * the date, the moment and the version number (they differ on every snapshot of the same content)
 * and the branding and rate card (they change how it looks or what new quotes cost, not this one).
 */
export function approvalContent(ids: { proposalId: number; quoteId: number }, document: ExportSnapshot): string {
  return canonicalJson({
    proposalId: ids.proposalId,
    quoteId: ids.quoteId,
    proposal: document.proposal ?? null,
    quote: document.quote,
    // Flags are left out: a market reference going stale with the calendar is not an edit.
    computed: { ...document.computed, flags: undefined },
    client: document.client,
    owner: document.owner,
    language: document.language,
  });
}
