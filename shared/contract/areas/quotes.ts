import * as z from 'zod';
import { CURRENCY_CODES } from '../../money';
import { computedQuoteSchema, difficultyMultipliersSchema, quoteObjectSchema } from '../../quote';
import { command, query } from '../define';
import { ANY_ROLE } from '../roles';
import { idSchema, isoDateTime, noArgs, text } from '../common';
import { PRICE_SENSITIVITIES } from './clients';
import { minorAmount } from './rate-card';

export const quoteSummarySchema = z.object({
  id: idSchema,
  title: z.string(),
  clientId: idSchema,
  clientName: z.string(),
  currency: z.enum(CURRENCY_CODES),
  total: z.int(),
  net: z.int(),
  marginPercent: z.string().nullable(),
  lineCount: z.int(),
  revision: z.int(),
  ownerName: z.string().nullable(),
  updatedAt: isoDateTime,
});
export type QuoteSummary = z.infer<typeof quoteSummarySchema>;

/**
 * What the quote keeps about a line beyond the interchange format, keyed by the line's `id`: the
 * rate card entry its rates were copied from (and those rates, so a later card cannot change what
 * the line was built with), why the rate was changed from the card, the library reference used.
 */
export const lineMetaSchema = z.strictObject({
  rateCardRoleId: idSchema.nullable(),
  cardRate: minorAmount.nullable(),
  cardCostRate: minorAmount.nullable(),
  rateReason: z.string().max(2000),
  marketReferenceId: idSchema.nullable(),
});
export type LineMeta = z.infer<typeof lineMetaSchema>;
export const lineMetaMapSchema = z.record(z.string().max(100), lineMetaSchema);
export type LineMetaMap = z.infer<typeof lineMetaMapSchema>;

/** A stored quote: the interchange document, its line metadata, and the engine's figures. */
export const quoteRecordSchema = z.object({
  id: idSchema,
  clientId: idSchema,
  clientName: z.string(),
  priceSensitivity: z.enum(PRICE_SENSITIVITIES),
  ownerId: idSchema.nullable(),
  ownerName: z.string().nullable(),
  /** Goes up by one on every save; a save must name the revision it was based on. */
  revision: z.int().positive(),
  document: quoteObjectSchema,
  lineMeta: lineMetaMapSchema,
  computed: computedQuoteSchema,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  updatedBy: z.string().nullable(),
});
export type QuoteRecord = z.infer<typeof quoteRecordSchema>;

// The editor's working state, as typed: every cell is the text in it, valid or not, so that a draft
// brings back exactly what was on screen. The core keeps it for crash recovery, never as the quote.
const cell = z.string().max(2000);
export const DIFFICULTY_LEVEL_TEXTS = ['1', '2', '3', '4', '5'] as const;

export const editorLineSchema = z.strictObject({
  key: z.string().min(1).max(100),
  kind: z.enum(['labor', 'item']),
  /** Role (labor) or description (item). */
  name: cell,
  headcount: cell,
  duration: cell,
  durationUnit: z.enum(['days', 'hours']),
  quantity: cell,
  unit: cell,
  /** Rate per person-day (labor) or unit price (item), as typed: "2,800.00". */
  price: cell,
  cost: cell,
  optional: z.boolean(),
  marketPrice: cell,
  marketSource: cell,
  marketDate: cell,
  note: cell,
  /** 说明 / deliverable. Optional: drafts written before it lack it (read as ''). */
  deliverable: cell.optional(),
  meta: lineMetaSchema,
});
export type EditorLine = z.infer<typeof editorLineSchema>;

export const editorSectionSchema = z.strictObject({
  key: z.string().min(1).max(100),
  title: cell,
  difficultyLevel: z.enum(['', ...DIFFICULTY_LEVEL_TEXTS]),
  /** 代理服务费 override for the section; '' = the quote's. Optional: older drafts lack it. */
  agencyFeePercent: cell.optional(),
  collapsed: z.boolean(),
  lines: z.array(editorLineSchema).max(10000),
});
export type EditorSection = z.infer<typeof editorSectionSchema>;

export const editorQuoteSchema = z.strictObject({
  clientId: idSchema,
  ownerId: idSchema.nullable(),
  title: cell,
  currency: z.enum(CURRENCY_CODES),
  validUntil: cell,
  taxPercent: cell,
  /** 代理服务费 on non-labor lines; '' = the workspace's default. Optional: older drafts lack it. */
  agencyFeePercent: cell.optional(),
  difficultyLevel: z.enum(DIFFICULTY_LEVEL_TEXTS),
  rationale: cell,
  qualityAndEffect: z.string().max(10000),
  discountMode: z.enum(['none', 'percent', 'amount']),
  discountValue: cell,
  discountReason: cell,
  discountCondition: cell,
  /** Settings the quote carries that the editor shows but does not edit. */
  carried: z.strictObject({
    difficultyMultipliers: difficultyMultipliersSchema.optional(),
    hoursPerDay: z.string().max(20).optional(),
    marginFloorPercent: z.string().max(20).optional(),
  }),
  sections: z.array(editorSectionSchema).max(200),
});
export type EditorQuote = z.infer<typeof editorQuoteSchema>;

export const quoteDraftSchema = z.object({
  sessionId: z.string(),
  baseRevision: z.int(),
  state: editorQuoteSchema,
  savedAt: isoDateTime,
});
export type QuoteDraft = z.infer<typeof quoteDraftSchema>;

const sessionId = z.string().min(1).max(64);

export const quotesContract = {
  'quotes.list': query(ANY_ROLE, noArgs, z.object({ items: z.array(quoteSummarySchema) })),
  /**
   * Interchange quote (DOMAIN.md §6) in, every figure out; writes nothing. The args are checked field
   * by field here; the checks that need arithmetic (a discount over the subtotal) run in the core
   * against the workspace's own defaults.
   */
  'quotes.compute': query(ANY_ROLE, quoteObjectSchema, computedQuoteSchema),
  /** A new, empty quote for a client, with the workspace's tax and multipliers copied in. */
  'quotes.create': command(
    ANY_ROLE,
    z.strictObject({
      clientId: idSchema,
      title: text(200),
      currency: z.enum(CURRENCY_CODES).optional(),
      /** An imported interchange file to start from. */
      document: quoteObjectSchema.optional(),
    }),
    quoteRecordSchema,
  ),
  'quotes.get': query(ANY_ROLE, z.strictObject({ id: idSchema }), quoteRecordSchema),
  /**
   * Store the document; the figures are computed here, never taken from the caller. `revision` is
   * the one the editor started from: if someone saved since, the call is refused with `conflict`
   * and nothing is written. `sessionId` names the editor whose draft the save makes obsolete.
   */
  'quotes.save': command(
    ANY_ROLE,
    z.strictObject({
      id: idSchema,
      revision: z.int().positive(),
      clientId: idSchema,
      ownerId: idSchema.nullable(),
      document: quoteObjectSchema,
      lineMeta: lineMetaMapSchema,
      sessionId: sessionId.optional(),
    }),
    quoteRecordSchema,
  ),
  'quotes.duplicate': command(ANY_ROLE, z.strictObject({ id: idSchema }), quoteRecordSchema),
  'quotes.delete': command(ANY_ROLE, z.strictObject({ id: idSchema }), z.object({ id: idSchema })),
  /**
   * Autosave of the editor's working state, every few seconds while typing. A query, not a command,
   * on purpose: a draft is one editor's scratch space, not workspace data, and auditing each
   * autosave would bury the activity log. It is still one atomic upsert.
   */
  'quotes.draftSave': query(
    ANY_ROLE,
    z.strictObject({ quoteId: idSchema, sessionId, baseRevision: z.int().positive(), state: editorQuoteSchema }),
    z.object({ savedAt: isoDateTime }),
  ),
  /** The newest draft of this quote by the calling user, if any. */
  'quotes.draftGet': query(
    ANY_ROLE,
    z.strictObject({ quoteId: idSchema }),
    z.object({ draft: quoteDraftSchema.nullable() }),
  ),
  'quotes.draftDiscard': query(
    ANY_ROLE,
    z.strictObject({ quoteId: idSchema, sessionId: sessionId.optional() }),
    z.object({ discarded: z.int() }),
  ),
};
