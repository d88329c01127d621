import { compareDocuments } from '@shared/archive/compare';
import { buildPipeline } from '@shared/archive/pipeline';
import { buildTimeline } from '@shared/archive/timeline';
import {
  ARCHIVE_KINDS,
  PROPOSAL_STATUSES,
  type ArchiveFacets,
  type ArchiveHit,
  type ProposalStatus,
} from '@shared/contract';
import { isCurrencyCode } from '@shared/money';
import { editableSections, proposalVersionSnapshotSchema } from '@shared/proposal';
import { computeQuote, makeQuoteInterchangeSchema, quoteDefaultsOf } from '@shared/quote';
import { sharedCatalogs } from '@shared/i18n/catalog';
import { validate } from '@shared/validation';
import { CoreError } from '../errors';
import {
  deleteSavedSearch,
  filterOptions,
  insertSavedSearch,
  listSavedSearches,
  namesOf,
  timelineHeader,
  timelineSources,
  versionNumbers,
} from '../repos/archive';
import { pipelineProposals, pipelineQuotes } from '../repos/archive-pipeline';
import { appendStatusChange } from '../repos/proposal-history';
import { findVersion, listVersions } from '../repos/proposal-versions';
import { insertProposal } from '../repos/proposals';
import { insertQuote } from '../repos/quotes';
import { readSettings } from '../repos/settings';
import { browseNewest, searchArchiveRanked, summarizeMatches } from '../search/search';
import { isoNow } from '../time';
import { defineHandlers } from './types';
import { localIsoDate } from '@shared/dates/local';

/** How many hits a search ranks and counts facets over; the list shows up to `limit` of them. */
const RANKED = 1000;
const SHOWN = 500;

const isStatus = (s: string | null): s is ProposalStatus =>
  s !== null && (PROPOSAL_STATUSES as readonly string[]).includes(s);

/** A facet's values, largest first, with their labels. */
function facetRows(counts: Map<string, number>, label: (value: string) => string) {
  return [...counts.entries()]
    .map(([value, n]) => ({ value, label: label(value), count: n }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

export const archiveHandlers = defineHandlers({
  'archive.search': async (args, { db, workspace }) => {
    // Read before searching: what the search finds is at least what this figure says is indexed.
    const indexing = workspace.searchIndex.status();
    const query = args.query.trim();
    // Nothing typed lists the newest; the count and the facets are over every match (issue 18),
    // while ranking runs on the newest candidates (search.ts) and the list shows `limit` of them.
    const limit = args.limit ?? SHOWN;
    const [found, summary] = await Promise.all([
      query === ''
        ? browseNewest(db, args.filters, RANKED, limit, args.sort === 'relevance' ? 'newest' : args.sort)
        : searchArchiveRanked(db, query, args.filters, limit, args.sort),
      summarizeMatches(db, query, args.filters),
    ]);
    const hits = found.hits;
    // Beyond EXACT_FACETS_UP_TO matches the facets count the ranked newest, and the reply says so.
    const counted = summary.facets ?? found.rankedFacets;
    const clientIds = new Set([...counted.client.keys()].map(Number));
    const ownerIds = new Set([...counted.owner.keys()].map(Number));
    for (const h of hits) {
      if (h.clientId !== null) clientIds.add(h.clientId);
      if (h.ownerId !== null) ownerIds.add(h.ownerId);
    }
    // Two small independent reads: side by side on a team server's pool.
    const [names, numbers] = await Promise.all([
      namesOf(db, [...clientIds], [...ownerIds]),
      versionNumbers(
        db,
        hits.filter((h) => h.kind === 'version').map((h) => h.refId),
      ),
    ]);
    const out: ArchiveHit[] = hits.map((h) => ({
      key: h.key,
      kind: (ARCHIVE_KINDS as readonly string[]).includes(h.kind) ? (h.kind as ArchiveHit['kind']) : 'quote',
      title: h.title,
      titleParts: h.titleParts,
      snippet: h.snippet,
      quoteId: h.kind === 'quote' ? h.refId : null,
      proposalId: h.kind === 'proposal' ? h.refId : h.kind === 'version' ? h.parentId : null,
      versionNumber: h.kind === 'version' ? (numbers.get(h.refId) ?? null) : null,
      clientId: h.clientId,
      clientName: h.clientId === null ? null : (names.clients.get(h.clientId) ?? null),
      ownerId: h.ownerId,
      ownerName: h.ownerId === null ? null : (names.users.get(h.ownerId) ?? null),
      status: isStatus(h.status) ? h.status : null,
      amount: h.amount,
      currency: isCurrencyCode(h.currency) ? h.currency : null,
      date: h.date,
    }));
    const same = (v: string) => v;
    const facets: ArchiveFacets = {
      kinds: facetRows(counted.kind, same),
      statuses: facetRows(counted.status, same),
      clients: facetRows(counted.client, (v) => names.clients.get(Number(v)) ?? v),
      owners: facetRows(counted.owner, (v) => names.users.get(Number(v)) ?? v),
      currencies: facetRows(counted.currency, same),
    };
    return {
      hits: out,
      facets,
      facetsOf: summary.facets ? ('all' as const) : ('ranked' as const),
      total: summary.total,
      ranked: found.ranked,
      truncated: summary.total > out.length,
      indexing,
    };
  },

  'archive.filterOptions': (_args, { db }) => filterOptions(db),

  'archive.savedSearches': async (_args, { db, actor }) => ({ items: await listSavedSearches(db, actor?.id ?? null) }),

  'archive.saveSearch': async (args, ctx) => {
    const userId = ctx.actor?.id ?? null;
    const id = await insertSavedSearch(ctx.db, { userId, ...args, at: isoNow(ctx.now) });
    ctx.audit({ entity: 'saved_search', entityId: id, detail: { name: args.name } });
    return (await listSavedSearches(ctx.db, userId)).find((s) => s.id === id)!;
  },

  'archive.deleteSavedSearch': async (args, ctx) => {
    if (!(await deleteSavedSearch(ctx.db, args.id, ctx.actor?.id ?? null)))
      throw new CoreError('not_found', 'error.not_found');
    ctx.audit({ entity: 'saved_search', entityId: args.id });
    return { id: args.id };
  },

  'archive.timeline': async (args, { db }) => {
    const p = await timelineHeader(db, args.id);
    if (!p) throw new CoreError('not_found', 'error.not_found');
    return {
      proposal: {
        id: p.id,
        title: p.title,
        clientId: p.client_id,
        clientName: p.client_name,
        ownerName: p.owner_name ?? null,
        status: isStatus(p.status) ? p.status : 'draft',
      },
      events: buildTimeline(await timelineSources(db, args.id)),
      versions: await listVersions(db, args.id),
    };
  },

  'archive.compare': async (args, { db }) => {
    const [older, newer] = args.from <= args.to ? [args.from, args.to] : [args.to, args.from];
    const snapshotOf = async (n: number) => {
      const found = await findVersion(db, args.id, n);
      if (!found) throw new CoreError('not_found', 'error.not_found');
      return proposalVersionSnapshotSchema.parse(JSON.parse(found.snapshot)).document;
    };
    return compareDocuments(await snapshotOf(older), await snapshotOf(newer));
  },

  'archive.clone': async (args, ctx) => {
    const found = await findVersion(ctx.db, args.id, args.number);
    if (!found) throw new CoreError('not_found', 'error.not_found');
    const snapshot = proposalVersionSnapshotSchema.parse(JSON.parse(found.snapshot));
    const source = await ctx.db
      .selectFrom('proposals')
      .select(['client_id', 'title'])
      .where('id', '=', args.id)
      .executeTakeFirstOrThrow();
    const clientId = args.clientId ?? source.client_id;
    const client = await ctx.db.selectFrom('clients').select('name').where('id', '=', clientId).executeTakeFirst();
    if (!client) throw new CoreError('not_found', 'error.not_found');
    const settings = await readSettings(ctx.db);
    const defaults = quoteDefaultsOf(settings);
    const { document: frozen } = snapshot;
    const copyOf = sharedCatalogs[frozen.language].newRecords.copySuffix;
    const title = args.title ?? `${frozen.proposal?.title ?? source.title}${copyOf}`.slice(0, 200);
    // The quote as it was sent, for the new client: checked against today's rules like any new quote.
    const checked = validate(makeQuoteInterchangeSchema(defaults), { ...frozen.quote, client: client.name });
    if (!checked.ok) throw new CoreError('validation', 'error.validation', {}, checked.issues);
    const at = isoNow(ctx.now);
    const ownerId = ctx.actor?.id ?? null;
    const quoteId = await insertQuote(ctx.db, {
      clientId,
      ownerId,
      document: checked.data,
      computed: computeQuote(checked.data, { defaults, today: localIsoDate(new Date(at)) }),
      at,
      by: ownerId,
    });
    const proposalId = await insertProposal(ctx.db, {
      client_id: clientId,
      quote_id: quoteId,
      title,
      status: 'draft',
      sections: JSON.stringify(editableSections(frozen.proposal?.sections ?? [])),
      owner_id: ownerId,
      language: frozen.language,
      created_at: at,
      updated_at: at,
    });
    await appendStatusChange(ctx.db, { proposalId, at, userId: ownerId, from: null, to: 'draft' });
    const from = { proposalId: args.id, version: args.number };
    ctx.audit({ entity: 'quote', entityId: quoteId, detail: { clonedFrom: from } });
    ctx.audit({ entity: 'proposal', entityId: proposalId, detail: { title, clonedFrom: from } });
    ctx.emit({ type: 'quote.saved', quoteId });
    ctx.emit({ type: 'proposal.saved', proposalId });
    return { proposalId, quoteId };
  },

  'archive.pipeline': async (args, { db }) => {
    const currency = args.filters.currency ?? (await readSettings(db)).currency;
    return buildPipeline({
      proposals: await pipelineProposals(db, args.filters),
      quotes: await pipelineQuotes(db, args.filters),
      currency,
      period: args.period,
    });
  },
});
