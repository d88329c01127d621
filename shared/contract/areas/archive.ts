import * as z from 'zod';
import { versionCompareSchema } from '../../archive/compare';
import { PERIODS, pipelineSchema } from '../../archive/pipeline';
import { timelineEventSchema } from '../../archive/timeline';
import { CURRENCY_CODES } from '../../money';
import { command, query } from '../define';
import { ANY_ROLE } from '../roles';
import { idSchema, isoDate, isoDateTime, noArgs, text } from '../common';
import { lossReasonSchema, proposalStatusSchema, versionSummarySchema } from './proposals';

/** DOMAIN.md §5: every proposal, quote and sent version, found by text and by facets. */
export const ARCHIVE_KINDS = ['quote', 'proposal', 'version'] as const;
export const archiveKindSchema = z.enum(ARCHIVE_KINDS);
export const ARCHIVE_SORTS = ['relevance', 'newest', 'amount'] as const;
export const archiveSortSchema = z.enum(ARCHIVE_SORTS);
export type ArchiveSort = z.infer<typeof archiveSortSchema>;

const amount = z.int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/** The filters the search and the pipeline share. */
export const archiveFiltersSchema = z.strictObject({
  kinds: z.array(archiveKindSchema).max(ARCHIVE_KINDS.length).optional(),
  clientId: idSchema.optional(),
  ownerId: idSchema.optional(),
  statuses: z.array(proposalStatusSchema).max(7).optional(),
  currency: z.enum(CURRENCY_CODES).optional(),
  dateFrom: isoDate.optional(),
  dateTo: isoDate.optional(),
  minAmount: amount.optional(),
  maxAmount: amount.optional(),
  /** Lost pitches for this reason (and their versions and quotes). */
  lostReason: lossReasonSchema.optional(),
});
export type ArchiveFilters = z.infer<typeof archiveFiltersSchema>;

const partsSchema = z.array(z.object({ text: z.string(), mark: z.boolean() }));

export const archiveHitSchema = z.object({
  key: z.string(),
  kind: archiveKindSchema,
  title: z.string(),
  titleParts: partsSchema,
  snippet: partsSchema,
  /** Where it opens: the quote, the proposal, or the proposal's version. */
  quoteId: idSchema.nullable(),
  proposalId: idSchema.nullable(),
  versionNumber: z.int().positive().nullable(),
  clientId: idSchema.nullable(),
  clientName: z.string().nullable(),
  ownerId: idSchema.nullable(),
  ownerName: z.string().nullable(),
  status: proposalStatusSchema.nullable(),
  amount: z.int().nullable(),
  currency: z.enum(CURRENCY_CODES).nullable(),
  date: z.string().nullable(),
});
export type ArchiveHit = z.infer<typeof archiveHitSchema>;

const facetSchema = z.object({ value: z.string(), label: z.string(), count: z.int() });
export const archiveFacetsSchema = z.object({
  kinds: z.array(facetSchema),
  statuses: z.array(facetSchema),
  clients: z.array(facetSchema),
  owners: z.array(facetSchema),
  currencies: z.array(facetSchema),
});
export type ArchiveFacets = z.infer<typeof archiveFacetsSchema>;

export const archiveSearchArgsSchema = z.strictObject({
  query: z.string().max(200),
  filters: archiveFiltersSchema,
  sort: archiveSortSchema,
  limit: z.int().min(1).max(1000).optional(),
});

export const savedSearchSchema = z.object({
  id: idSchema,
  name: z.string(),
  query: z.string(),
  filters: archiveFiltersSchema,
  sort: archiveSortSchema,
  createdAt: isoDateTime,
});
export type SavedSearch = z.infer<typeof savedSearchSchema>;

const option = z.object({ id: idSchema, name: z.string() });

export const timelineSchema = z.object({
  proposal: z.object({
    id: idSchema,
    title: z.string(),
    clientId: idSchema,
    clientName: z.string(),
    ownerName: z.string().nullable(),
    status: proposalStatusSchema,
  }),
  events: z.array(timelineEventSchema),
  versions: z.array(versionSummarySchema),
});
export type Timeline = z.infer<typeof timelineSchema>;

export const archiveContract = {
  /**
   * Search by words (Chinese and English) and facets. An empty query lists the newest documents
   * that pass the filters. `total` and the facets count every match; the newest `ranked` of them
   * are ranked, and the first `limit` (500 by default) of those are listed.
   */
  'archive.search': query(
    ANY_ROLE,
    archiveSearchArgsSchema,
    z.object({
      hits: z.array(archiveHitSchema),
      facets: archiveFacetsSchema,
      /** all: the facets count every match; ranked: more than 10,000 matches, they count the ranked newest. */
      facetsOf: z.enum(['all', 'ranked']),
      total: z.int(),
      ranked: z.int(),
      truncated: z.boolean(),
      /**
       * While the index is being rebuilt in the background (an upgraded or imported workspace):
       * how far it is. The hits, count and facets are of what is indexed so far. Null otherwise.
       */
      indexing: z.object({ percent: z.int(), done: z.int(), total: z.int() }).nullable(),
    }),
  ),
  /** The choices for the client and owner filters. */
  'archive.filterOptions': query(ANY_ROLE, noArgs, z.object({ clients: z.array(option), owners: z.array(option) })),
  'archive.savedSearches': query(ANY_ROLE, noArgs, z.object({ items: z.array(savedSearchSchema) })),
  'archive.saveSearch': command(
    ANY_ROLE,
    z.strictObject({
      name: text(100),
      query: z.string().max(200),
      filters: archiveFiltersSchema,
      sort: archiveSortSchema,
    }),
    savedSearchSchema,
  ),
  'archive.deleteSavedSearch': command(ANY_ROLE, z.strictObject({ id: idSchema }), z.object({ id: idSchema })),
  /** A proposal's drafts, sends, approvals and status changes, with its versions. */
  'archive.timeline': query(ANY_ROLE, z.strictObject({ id: idSchema }), timelineSchema),
  /** Two sent versions of one proposal: section text and quote, line by line (`from` is the older). */
  'archive.compare': query(
    ANY_ROLE,
    // Version numbers are stored as 32-bit integers: a larger one is refused, not sent to the database.
    z.strictObject({ id: idSchema, from: idSchema, to: idSchema }),
    versionCompareSchema,
  ),
  /**
   * A sent version as a new draft proposal with a copy of its quote, for the same client or
   * another; the version itself never changes.
   */
  'archive.clone': command(
    ANY_ROLE,
    z.strictObject({
      id: idSchema,
      number: z.int().positive(),
      clientId: idSchema.optional(),
      title: text(200).optional(),
    }),
    z.object({ proposalId: idSchema, quoteId: idSchema }),
  ),
  /** Win rates, pipeline value, margins, discounts, lost reasons and market deviation. */
  'archive.pipeline': query(
    ANY_ROLE,
    z.strictObject({ filters: archiveFiltersSchema, period: z.enum(PERIODS) }),
    pipelineSchema,
  ),
};
