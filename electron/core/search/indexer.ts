import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { DomainEvent } from '@shared/contract';
import { proposalDocument, proposalKey, quoteDocument, quoteKey, versionDocument } from './documents';
import { fullTextIndex } from './full-text';
import { indexDocument, removeDocument, SEARCH_ANALYSIS } from './search-index';

/**
 * Keeps the archive's index in step with the store. It subscribes to the core's domain events
 * (electron/core/events) inside every write's transaction, so the index commits or rolls back
 * together with the write: a refused write leaves it as it was.
 */

async function reindexQuote(db: Kysely<Database>, id: number): Promise<void> {
  const doc = await quoteDocument(db, id);
  if (doc) await indexDocument(db, doc);
  else await removeDocument(db, quoteKey(id));
}

/** The proposal, any of its versions not indexed yet, and today's status on the versions that are. */
async function reindexProposal(db: Kysely<Database>, id: number): Promise<void> {
  const doc = await proposalDocument(db, id);
  if (!doc) {
    await removeDocument(db, proposalKey(id));
    return;
  }
  await indexDocument(db, doc);
  const unindexed = await db
    .selectFrom('proposal_versions as v')
    .leftJoin('search_docs as d', (j) => j.onRef('d.ref_id', '=', 'v.id').on('d.kind', '=', 'version'))
    .select('v.id')
    .where('v.proposal_id', '=', id)
    .where('d.id', 'is', null)
    .execute();
  for (const { id: versionId } of unindexed) {
    const version = await versionDocument(db, versionId);
    if (version) await indexDocument(db, version);
  }
  // A version's text never changes; its status facet is the proposal's and follows it.
  await db
    .updateTable('search_docs')
    .set({ status: doc.status ?? null })
    .where('kind', '=', 'version')
    .where('parent_id', '=', id)
    .execute();
}

/**
 * Reindex what the events say was written. A quote's words are part of the proposals that link it
 * and a proposal's status is its quote's, so each brings the other along; a client's name is in
 * all of its work; a replaced workspace (set-up with demo data) rebuilds everything.
 */
export async function indexEvents(db: Kysely<Database>, events: readonly DomainEvent[]): Promise<void> {
  const quotes = new Set<number>();
  const proposals = new Set<number>();
  const clients = new Set<number>();
  for (const event of events) {
    switch (event.type) {
      case 'workspace.replaced':
        await rebuildSearchIndex(db);
        return;
      case 'quote.saved':
      case 'quote.deleted':
        quotes.add(event.quoteId);
        break;
      case 'proposal.saved':
      case 'version.frozen':
        proposals.add(event.proposalId);
        break;
      case 'proposal.relinked':
        proposals.add(event.proposalId);
        // The quote it left takes the status of another proposal now, or none.
        if (event.fromQuoteId !== null) quotes.add(event.fromQuoteId);
        if (event.toQuoteId !== null) quotes.add(event.toQuoteId);
        break;
      case 'client.renamed':
        clients.add(event.clientId);
        break;
      case 'client.saved':
      case 'client.deleted':
        // Nothing of a client but its name is in the index; a client with work cannot be deleted.
        break;
      default: {
        const unhandled: never = event;
        throw new Error(`the index does not know the event ${JSON.stringify(unhandled)}`);
      }
    }
  }
  if (quotes.size + proposals.size + clients.size === 0) return;
  if (clients.size > 0) {
    const ids = [...clients];
    for (const q of await db.selectFrom('quotes').select('id').where('client_id', 'in', ids).execute())
      quotes.add(q.id);
    for (const p of await db.selectFrom('proposals').select('id').where('client_id', 'in', ids).execute())
      proposals.add(p.id);
  }
  if (quotes.size > 0) {
    const linking = await db
      .selectFrom('proposals')
      .select('id')
      .where('quote_id', 'in', [...quotes])
      .execute();
    for (const p of linking) proposals.add(p.id);
  }
  if (proposals.size > 0) {
    const linked = await db
      .selectFrom('proposals')
      .select('quote_id')
      .where('id', 'in', [...proposals])
      .execute();
    for (const p of linked) if (p.quote_id !== null) quotes.add(p.quote_id);
  }
  for (const id of [...proposals].sort((a, b) => a - b)) await reindexProposal(db, id);
  for (const id of [...quotes].sort((a, b) => a - b)) await reindexQuote(db, id);
}

/**
 * Whether the index must be built again: it was built by an older analysis (SEARCH_ANALYSIS), or
 * it is empty while there is something to find (an upgraded or imported workspace).
 */
export async function searchIndexNeedsRebuild(db: Kysely<Database>): Promise<boolean> {
  const meta = await sql<{ analysis: number }>`select analysis from search_meta where id = 1`.execute(db);
  const indexed = await db.selectFrom('search_docs').select('id').limit(1).executeTakeFirst();
  const quote = await db.selectFrom('quotes').select('id').limit(1).executeTakeFirst();
  const proposal = await db.selectFrom('proposals').select('id').limit(1).executeTakeFirst();
  const empty = !indexed && !quote && !proposal;
  if (meta.rows[0]?.analysis !== SEARCH_ANALYSIS) {
    if (!empty) return true;
    // An empty index of an empty workspace is current whatever number it was created with: stamp
    // it, or a new workspace (migrations write the number of their day) would start a rebuild in
    // the background that races its first writes and renumbers what they index.
    await sql`update search_meta set analysis = ${SEARCH_ANALYSIS} where id = 1`.execute(db);
    return false;
  }
  return !indexed && !empty;
}

/** Index everything again from the store: the index is derived data, never the only copy of anything. */
export async function rebuildSearchIndex(db: Kysely<Database>): Promise<number> {
  await fullTextIndex(db).clear(db);
  await db.deleteFrom('search_docs').execute();
  const docs = [
    ...(await db.selectFrom('quotes').select('id').orderBy('id').execute()).map((r) => () => quoteDocument(db, r.id)),
    ...(await db.selectFrom('proposals').select('id').orderBy('id').execute()).map(
      (r) => () => proposalDocument(db, r.id),
    ),
    // Versions last and in send order: FTS rowids follow, so "newest first" holds for them too.
    ...(await db.selectFrom('proposal_versions').select('id').orderBy('sent_at').orderBy('id').execute()).map(
      (r) => () => versionDocument(db, r.id),
    ),
  ];
  let count = 0;
  for (const read of docs) {
    const doc = await read();
    if (!doc) continue;
    await indexDocument(db, doc);
    count++;
  }
  await sql`insert into search_meta (id, analysis) values (1, ${SEARCH_ANALYSIS})
            on conflict (id) do update set analysis = excluded.analysis`.execute(db);
  return count;
}
