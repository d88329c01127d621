import type { Kysely } from 'kysely';
import { fullTextIndex } from './full-text';
import { tokenize } from './tokenize';

/**
 * The version of the text analysis (tokenize.ts, fold.ts) the index is built with. 1: bigrams and
 * lower case; 2: Traditional folded to Simplified, symbols indexed (migration 017); 3: on
 * PostgreSQL the title's tokens also in `title_tsv` (fts-postgres.ts: title-only queries become
 * index lookups; the rebuild fills the column in databases indexed before). Raise it when the
 * analysis changes: an index of another version is rebuilt at open.
 */
export const SEARCH_ANALYSIS = 3;

/** What the archive can find: a quote, a proposal, or a frozen version of one. */
export interface SearchDocument {
  /** Stable key, e.g. `quote:12`, `proposal:3`, `version:45`. */
  key: string;
  kind: string;
  refId: number;
  parentId?: number | null;
  title: string;
  body: string;
  clientId?: number | null;
  ownerId?: number | null;
  status?: string | null;
  amount?: number | null;
  currency?: string | null;
  /** YYYY-MM-DD or ISO time, for date filters and sorting. */
  date?: string | null;
}

/**
 * Add or replace a document. Call it inside the transaction of the write it reflects, so the index
 * is always in step with the store.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the index tables are per engine and not in the shared Database type
export async function indexDocument(db: Kysely<any>, doc: SearchDocument): Promise<void> {
  await removeDocument(db, doc.key);
  const row = await db
    .insertInto('search_docs')
    .values({
      doc_key: doc.key,
      kind: doc.kind,
      ref_id: doc.refId,
      parent_id: doc.parentId ?? null,
      title: doc.title,
      body: doc.body,
      client_id: doc.clientId ?? null,
      owner_id: doc.ownerId ?? null,
      status: doc.status ?? null,
      amount: doc.amount ?? null,
      currency: doc.currency ?? null,
      date: doc.date ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const t = tokenize(doc.title);
  const b = tokenize(doc.body);
  await fullTextIndex(db).add(db, row.id, t, b);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see indexDocument
export async function removeDocument(db: Kysely<any>, key: string): Promise<void> {
  const old = await db.selectFrom('search_docs').select('id').where('doc_key', '=', key).executeTakeFirst();
  if (!old) return;
  await fullTextIndex(db).remove(db, old.id);
  await db.deleteFrom('search_docs').where('id', '=', old.id).execute();
}
