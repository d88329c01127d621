import type { Kysely } from 'kysely';
import type { QuoteRecord } from '@shared/contract';
import {
  computeQuote,
  makeQuoteInterchangeSchema,
  QUOTE_FORMAT,
  quoteDefaultsOf,
  type QuoteDefaults,
  type QuoteInterchange,
} from '@shared/quote';
import { sharedCatalogs } from '@shared/i18n/catalog';
import { validate } from '@shared/validation';
import type { Database } from '../db/schema';
import { CoreError } from '../errors';
import { quoteDrafts } from '../repos/drafts';
import {
  clientExists,
  deleteQuote,
  findQuoteRow,
  insertQuote,
  proposalUsingQuote,
  readLineMeta,
  replaceLineMeta,
  updateQuote,
} from '../repos/quotes';
import { readSettings } from '../repos/settings';
import { supersedeMovedBy } from '../services/approval-freshness';
import { findUser } from '../repos/users';
import { workspaceDefaults } from '../services/quote-defaults';
import { isoNow } from '../time';
import { checkLineMeta, prefixIssues } from './quote-rules';
import { draftCalls } from './draft-calls';
import { defineHandlers, type HandlerContext } from './types';
import { localDateTime, localToday } from '@shared/dates/local';

const today = (now: Date) => localToday(now);

/**
 * The contract checks a quote against the built-in defaults; whether a discount amount passes the
 * subtotal depends on the workspace's multipliers and hours per day, so check again with those.
 */
export function checkAgainstWorkspace<T>(quote: T, defaults: QuoteDefaults): T {
  const checked = validate(makeQuoteInterchangeSchema(defaults), quote);
  if (!checked.ok) throw new CoreError('validation', 'error.validation', {}, checked.issues);
  return quote;
}

/** The document checked against the workspace's defaults, or a validation refusal at `document.…`. */
function validDocument(document: unknown, defaults: QuoteDefaults): QuoteInterchange {
  const checked = validate(makeQuoteInterchangeSchema(defaults), document);
  if (!checked.ok)
    throw new CoreError('validation', 'error.validation', {}, prefixIssues(checked.issues, ['document']));
  return checked.data;
}

async function requireClient(db: Kysely<Database>, clientId: number): Promise<string> {
  const client = await clientExists(db, clientId);
  if (!client) throw new CoreError('not_found', 'error.not_found');
  return client.name;
}

async function loadRecord(ctx: Pick<HandlerContext, 'db' | 'now'>, id: number): Promise<QuoteRecord> {
  const row = await findQuoteRow(ctx.db, id);
  if (!row) throw new CoreError('not_found', 'error.not_found');
  const document = JSON.parse(row.document) as QuoteInterchange;
  const defaults = await workspaceDefaults(ctx.db);
  return {
    id: row.id,
    clientId: row.clientId,
    clientName: row.clientName,
    priceSensitivity: row.priceSensitivity,
    ownerId: row.ownerId,
    ownerName: row.ownerName ?? null,
    revision: row.revision,
    document,
    lineMeta: await readLineMeta(ctx.db, id),
    computed: computeQuote(document, { defaults, today: today(ctx.now) }),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy ?? null,
  };
}

/** A new quote starts from the workspace's settings, copied in so later changes leave it as it was. */
function blankDocument(
  title: string,
  client: string,
  d: Awaited<ReturnType<typeof workspaceDefaults>>,
  currency?: string,
) {
  return {
    format: QUOTE_FORMAT,
    title,
    client,
    currency: currency ?? d.currency,
    difficulty: { level: 2, rationale: '' },
    difficultyMultipliers: { ...d.difficultyMultipliers },
    hoursPerDay: d.hoursPerDay,
    taxPercent: d.taxPercent,
    sections: [{ title: sharedCatalogs[d.lang].newRecords.firstPhase, lines: [] }],
  };
}

/** The editor's autosave: a draft is written only for a quote that exists. */
const drafts = draftCalls(quoteDrafts, {
  save: async (db, quoteId) => {
    if (!(await findQuoteRow(db, quoteId))) throw new CoreError('not_found', 'error.not_found');
  },
});

export const quoteHandlers = defineHandlers({
  'quotes.compute': async (quote, { db, now }) => {
    const s = await readSettings(db);
    const defaults: QuoteDefaults = quoteDefaultsOf(s);
    return computeQuote(checkAgainstWorkspace(quote, defaults), { defaults, today: today(now) });
  },

  'quotes.create': async (args, ctx) => {
    const clientName = await requireClient(ctx.db, args.clientId);
    const defaults = await workspaceDefaults(ctx.db);
    const source = args.document
      ? { ...args.document, title: args.title, client: clientName }
      : blankDocument(args.title, clientName, defaults, args.currency);
    const document = validDocument(source, defaults);
    const at = isoNow(ctx.now);
    const id = await insertQuote(ctx.db, {
      clientId: args.clientId,
      ownerId: ctx.actor?.id ?? null,
      document,
      computed: computeQuote(document, { defaults }),
      at,
      by: ctx.actor?.id ?? null,
    });
    ctx.audit({ entity: 'quote', entityId: id, detail: { title: document.title } });
    ctx.emit({ type: 'quote.saved', quoteId: id });
    return loadRecord(ctx, id);
  },

  'quotes.get': (args, ctx) => loadRecord(ctx, args.id),

  'quotes.save': async (args, ctx) => {
    const row = await findQuoteRow(ctx.db, args.id);
    if (!row) throw new CoreError('not_found', 'error.not_found');
    if (row.revision !== args.revision)
      throw new CoreError('conflict', 'error.quote_conflict', {
        revision: row.revision,
        by: row.updatedBy ?? '—',
        at: localDateTime(row.updatedAt),
      });
    const clientName = await requireClient(ctx.db, args.clientId);
    if (args.ownerId !== null && !(await findUser(ctx.db, args.ownerId)))
      throw new CoreError('not_found', 'error.user_not_found');
    const defaults = await workspaceDefaults(ctx.db);
    const document = validDocument({ ...args.document, client: clientName }, defaults);
    const { issues, kept } = checkLineMeta(document, args.lineMeta);
    if (issues.length > 0) throw new CoreError('validation', 'error.validation', {}, issues);
    const written = await updateQuote(ctx.db, {
      id: args.id,
      expectedRevision: args.revision,
      clientId: args.clientId,
      ownerId: args.ownerId,
      document,
      // Never the caller's figures: the engine's, on what was stored.
      computed: computeQuote(document, { defaults }),
      at: isoNow(ctx.now),
      by: ctx.actor?.id ?? null,
    });
    if (!written) throw new CoreError('conflict', 'error.quote_conflict', { revision: '?', by: '—', at: '—' });
    await replaceLineMeta(ctx.db, args.id, kept);
    // A request for the old figures is no longer the offer: out of finance's queue at once.
    await supersedeMovedBy(ctx.db, { quoteId: args.id }, ctx.now);
    if (args.sessionId !== undefined) await quoteDrafts.discard(ctx.db, args.id, null, args.sessionId);
    const overwrote = args.overwrite ? { overwrote: { revision: row.revision, by: row.updatedBy ?? null } } : {};
    ctx.audit({ entity: 'quote', entityId: args.id, detail: { revision: args.revision + 1, ...overwrote } });
    ctx.emit({ type: 'quote.saved', quoteId: args.id });
    return loadRecord(ctx, args.id);
  },

  'quotes.duplicate': async (args, ctx) => {
    const source = await loadRecord(ctx, args.id);
    const defaults = await workspaceDefaults(ctx.db);
    const suffix = sharedCatalogs[defaults.lang].newRecords.copySuffix;
    const document = { ...source.document, title: `${source.document.title}${suffix}`.slice(0, 200) };
    const id = await insertQuote(ctx.db, {
      clientId: source.clientId,
      ownerId: ctx.actor?.id ?? source.ownerId,
      document,
      computed: computeQuote(document, { defaults }),
      at: isoNow(ctx.now),
      by: ctx.actor?.id ?? null,
    });
    await replaceLineMeta(ctx.db, id, source.lineMeta);
    ctx.audit({ entity: 'quote', entityId: id, detail: { from: args.id } });
    ctx.emit({ type: 'quote.saved', quoteId: id });
    return loadRecord(ctx, id);
  },

  'quotes.delete': async (args, ctx) => {
    const row = await findQuoteRow(ctx.db, args.id);
    if (!row) throw new CoreError('not_found', 'error.not_found');
    const proposal = await proposalUsingQuote(ctx.db, args.id);
    if (proposal !== null) throw new CoreError('conflict', 'error.quote_in_use', { proposal });
    await deleteQuote(ctx.db, args.id);
    ctx.audit({ entity: 'quote', entityId: args.id, detail: { title: JSON.parse(row.document).title as string } });
    ctx.emit({ type: 'quote.deleted', quoteId: args.id });
    return { id: args.id };
  },

  'quotes.draftSave': (args, ctx) => drafts.save(args.quoteId, args, ctx),
  // A missing quote simply has no draft: the read checks nothing first (as it always did).
  'quotes.draftGet': (args, ctx) => drafts.get(args.quoteId, ctx),
  'quotes.draftDiscard': (args, ctx) => drafts.discard(args.quoteId, args.sessionId, ctx),
});
