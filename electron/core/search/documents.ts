import type { Kysely } from 'kysely';
import { quoteText, sectionText } from '@shared/archive/text';
import type { ProposalSection } from '@shared/export';
import { proposalVersionSnapshotSchema } from '@shared/proposal';
import type { QuoteInterchange } from '@shared/quote';
import type { Database } from '../db/schema';
import type { SearchDocument } from './search-index';

/**
 * The archive's three kinds of document, read from the store: a quote, a proposal (its working
 * copy) and a sent version (its frozen snapshot). Each reader returns null when the row is gone,
 * and never throws on text it cannot read: a malformed row is indexed by its title alone.
 */

export const quoteKey = (id: number) => `quote:${id}`;
export const proposalKey = (id: number) => `proposal:${id}`;
export const versionKey = (id: number) => `version:${id}`;

const join = (...parts: (string | null | undefined)[]) => parts.filter((p) => p && p.trim() !== '').join('\n');

function readJson<T>(text: string): T | null {
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

function quoteWords(document: string): string {
  const quote = readJson<QuoteInterchange>(document);
  try {
    return quote ? quoteText(quote) : '';
  } catch {
    return '';
  }
}

function sectionsWords(sections: string): string {
  const stored = readJson<ProposalSection[]>(sections);
  if (!Array.isArray(stored)) return '';
  return stored
    .map((s) => {
      try {
        return sectionText(s);
      } catch {
        return '';
      }
    })
    .filter(Boolean)
    .join('\n');
}

/** A quote takes the status of the newest proposal that links it: the quote is what that proposal costs. */
export async function quoteDocument(db: Kysely<Database>, id: number): Promise<SearchDocument | null> {
  const row = await db
    .selectFrom('quotes')
    .innerJoin('clients', 'clients.id', 'quotes.client_id')
    .select([
      'quotes.id',
      'quotes.title',
      'quotes.document',
      'quotes.client_id',
      'quotes.owner_id',
      'quotes.total',
      'quotes.currency',
      'quotes.updated_at',
      'clients.name as client_name',
    ])
    .where('quotes.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const linked = await db
    .selectFrom('proposals')
    .select('status')
    .where('quote_id', '=', id)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return {
    key: quoteKey(id),
    kind: 'quote',
    refId: id,
    title: row.title,
    body: join(row.client_name, quoteWords(row.document)),
    clientId: row.client_id,
    ownerId: row.owner_id,
    status: linked?.status ?? null,
    amount: row.total,
    currency: row.currency,
    date: row.updated_at,
  };
}

/** A proposal's working copy: its sections, notes, phases, and the lines of the quote it links. */
export async function proposalDocument(db: Kysely<Database>, id: number): Promise<SearchDocument | null> {
  const row = await db
    .selectFrom('proposals')
    .innerJoin('clients', 'clients.id', 'proposals.client_id')
    .leftJoin('quotes', 'quotes.id', 'proposals.quote_id')
    .select([
      'proposals.id',
      'proposals.title',
      'proposals.sections',
      'proposals.status',
      'proposals.client_id',
      'proposals.owner_id',
      'proposals.updated_at',
      'proposals.lost_reason',
      'clients.name as client_name',
      'quotes.title as quote_title',
      'quotes.document as quote_document',
      'quotes.total as quote_total',
      'quotes.currency as quote_currency',
    ])
    .where('proposals.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  return {
    key: proposalKey(id),
    kind: 'proposal',
    refId: id,
    title: row.title,
    body: join(
      row.client_name,
      sectionsWords(row.sections),
      row.quote_title,
      row.quote_document ? quoteWords(row.quote_document) : '',
      row.lost_reason,
    ),
    clientId: row.client_id,
    ownerId: row.owner_id,
    status: row.status,
    amount: row.quote_total ?? null,
    currency: row.quote_currency ?? null,
    date: row.updated_at,
  };
}

/**
 * A sent version, from its frozen snapshot: the words the client read. Its facets are the
 * proposal's (client, owner, today's status), so "won" finds every version of a won pitch.
 */
export async function versionDocument(db: Kysely<Database>, versionId: number): Promise<SearchDocument | null> {
  const row = await db
    .selectFrom('proposal_versions as v')
    .innerJoin('proposals as p', 'p.id', 'v.proposal_id')
    .select([
      'v.id',
      'v.proposal_id',
      'v.number',
      'v.snapshot',
      'v.total',
      'v.currency',
      'v.sent_at',
      'p.title',
      'p.client_id',
      'p.owner_id',
      'p.status',
    ])
    .where('v.id', '=', versionId)
    .executeTakeFirst();
  if (!row) return null;
  const parsed = proposalVersionSnapshotSchema.safeParse(readJson(row.snapshot));
  let title = row.title;
  let body = '';
  if (parsed.success) {
    const doc = parsed.data.document;
    title = doc.proposal?.title ?? doc.quote.title;
    body = join(
      doc.client.name,
      ...(doc.proposal?.sections ?? []).map((s) => sectionText(s)),
      doc.quote.title,
      quoteText(doc.quote),
    );
  }
  return {
    key: versionKey(row.id),
    kind: 'version',
    refId: row.id,
    parentId: row.proposal_id,
    title,
    body,
    clientId: row.client_id,
    ownerId: row.owner_id,
    status: row.status,
    amount: row.total,
    currency: row.currency,
    date: row.sent_at,
  };
}
