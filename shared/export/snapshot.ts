import * as z from 'zod';
import { LANGS } from '../i18n/lang';
import { computedQuoteSchema, quoteObjectSchema } from '../quote';
import { proposalSectionSchema } from './proposal';

/** The one snapshot version this build writes and reads. */
export const SNAPSHOT_FORMAT = 'workbench.snapshot/1';

const isoDateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** A UTC instant, as toISOString() writes it. */
const isoInstantText = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z$/);

export const snapshotPartySchema = z.strictObject({
  name: z.string().max(200),
  industry: z.string().max(200).optional(),
});

export const snapshotProposalSchema = z.strictObject({
  title: z.string().max(200),
  /** In the order they are stored; the export orders them by PROPOSAL_SECTION_KEYS. */
  sections: z.array(proposalSectionSchema).max(50),
});

/**
 * Everything a client document is made from, frozen: the quote as written, the figures the one
 * calculator gave for it, who it is for and from, and when. The archive stores this object (a
 * proposal version, later) and re-exports it: the document is a pure function of (snapshot,
 * branding), so re-exporting a year later gives the same bytes.
 */
/** One payment milestone as a document prints it (DOMAIN.md §7). */
export const paymentTermSchema = z.strictObject({
  label: z.string().max(200),
  /** "50%", or null for a fixed amount. */
  percent: z.string().max(20).nullable(),
  /** When it falls due, in the document's language. */
  due: z.string().max(200),
  amount: z.int().nonnegative(),
});
export type PaymentTerm = z.infer<typeof paymentTermSchema>;

export const exportSnapshotSchema = z.strictObject({
  format: z.literal(SNAPSHOT_FORMAT),
  quote: quoteObjectSchema,
  /** computeQuote(quote, workspace defaults, today = date): stored, never recomputed on re-export. */
  computed: computedQuoteSchema,
  /** Who it is from: the agency's name as it stood when the snapshot was taken. */
  agency: snapshotPartySchema,
  client: snapshotPartySchema,
  proposal: snapshotProposalSchema.optional(),
  owner: snapshotPartySchema.nullable(),
  /** The quote's revision, or the proposal version's number. */
  version: z.int().min(1),
  /** The document's date, shown on the cover. */
  date: isoDateText,
  /** The moment the snapshot was taken: the .docx package's created and modified dates. */
  generatedAt: isoInstantText,
  language: z.enum(LANGS),
  /** A won proposal's payment plan, printed in its cost section; absent before there is one. */
  paymentTerms: z.array(paymentTermSchema).max(12).optional(),
});
export type ExportSnapshot = z.infer<typeof exportSnapshotSchema>;
export type SnapshotProposal = z.infer<typeof snapshotProposalSchema>;
