import type { Kysely } from 'kysely';
import { compareDocuments } from '@shared/archive/compare';
import { buildPipeline } from '@shared/archive/pipeline';
import { buildTimeline } from '@shared/archive/timeline';
import {
  ARCHIVE_KINDS,
  PROPOSAL_STATUSES,
  type ArchiveFacets,
  type ArchiveFilters,
  type ArchiveHit,
  type ArchiveSort,
  type ProposalStatus,
} from '@shared/contract';
import { isCurrencyCode } from '@shared/money';
import { editableSections, proposalVersionSnapshotSchema } from '@shared/proposal';
import { computeQuote, makeQuoteInterchangeSchema, quoteDefaultsOf } from '@shared/quote';
import { validate } from '@shared/validation';
import type { Database } from '../db/schema';
import { CoreError } from '../errors';
import {
  browseArchive,
  deleteSavedSearch,
  filterOptions,
  insertSavedSearch,
  listSavedSearches,
  lostFor,
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
import { searchArchive, type SearchHit } from '../search/search';
import { isoNow } from '../time';
import { defineHandlers } from './types';
import { localIsoDate } from '@shared/dates/local';

/** How many hits a search ranks and counts facets over; the list shows up to `limit` of them. */
const RANKED = 1000;
const SHOWN = 500;

const isStatus = (s: string | null): s is ProposalStatus =>
  s !== null && (PROPOSAL_STATUSES as readonly string[]).includes(s);

/** The lost-reason filter, which the index does not hold: kept are the lost proposals, their versions and quotes. */
async function keepLost(db: Kysely<Database>, hits: SearchHit[], reason: ArchiveFilters['lostReason']) {
  if (!reason) return hits;
  const lost = await lostFor(db, reason);
  return hits.filter((h) =>
    h.kind === 'proposal'
      ? lost.proposals.has(h.refId)
      : h.kind === 'version'
        ? lost.proposals.has(h.parentId ?? 0)
        : lost.quotes.has(h.refId),
  );
}

function sorted(hits: SearchHit[], sort: ArchiveSort): SearchHit[] {
  if (sort === 'newest') return [...hits].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  if (sort === 'amount') return [...hits].sort((a, b) => (b.amount ?? -1) - (a.amount ?? -1));
  return hits;
}

function count<T>(items: T[], key: (t: T) => string | null, label: (value: string) => string) {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([value, n]) => ({ value, label: label(value), count: n }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

export const archiveHandlers = defineHandlers({
  'archive.search': async (args, { db }) => {
    const query = args.query.trim();
    // Nothing typed lists the newest; typed text with no searchable term in it (only "*", ")"…) finds nothing.
    const found =
      query === ''
        ? await browseArchive(db, args.filters, RANKED)
        : await searchArchive(db, query, args.filters, RANKED);
    const hits = sorted(await keepLost(db, found, args.filters.lostReason), args.sort);
    const names = await namesOf(
      db,
      [...new Set(hits.flatMap((h) => (h.clientId === null ? [] : [h.clientId])))],
      [...new Set(hits.flatMap((h) => (h.ownerId === null ? [] : [h.ownerId])))],
    );
    const numbers = await versionNumbers(
      db,
      hits.filter((h) => h.kind === 'version').map((h) => h.refId),
    );
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
    const facets: ArchiveFacets = {
      kinds: count(
        out,
        (h) => h.kind,
        (v) => v,
      ),
      statuses: count(
        out,
        (h) => h.status,
        (v) => v,
      ),
      clients: count(
        out,
        (h) => (h.clientId === null ? null : String(h.clientId)),
        (v) => names.clients.get(Number(v)) ?? v,
      ),
      owners: count(
        out,
        (h) => (h.ownerId === null ? null : String(h.ownerId)),
        (v) => names.users.get(Number(v)) ?? v,
      ),
      currencies: count(
        out,
        (h) => h.currency,
        (v) => v,
      ),
    };
    const limit = args.limit ?? SHOWN;
    return { hits: out.slice(0, limit), facets, truncated: out.length > limit };
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
    const copyOf = frozen.language === 'en' ? ' (copy)' : '（副本）';
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
