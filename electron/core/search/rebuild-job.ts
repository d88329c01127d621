import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { engineOf } from '../db/engine';
import type { Logger } from '../../common/log';
import { quoteDocument, proposalDocument, versionDocument } from './documents';
import { fullTextIndex } from './full-text';
import { indexDocument, SEARCH_ANALYSIS } from './search-index';

/** Documents indexed per transaction: short enough that a call waiting for the connection waits little. */
const BATCH = 50;

export interface IndexProgress {
  done: number;
  total: number;
}

/**
 * Rebuilding the archive's index in the background (issue 18): opening a workspace with an empty
 * or outdated index (an upgrade, an imported archive) never waits for it. The index is emptied and
 * marked unfinished in one transaction (so a rebuild cut short by a quit starts again at the next
 * open), then filled in batches, each its own transaction, yielding between them so every other
 * call is answered meanwhile; searches say how far it is and find what is indexed so far.
 *
 * A write during the rebuild indexes what it changed itself (indexer.ts, in its own transaction);
 * the rebuild indexing the same document again later writes the same row. On PostgreSQL a batch
 * holds a lock on search_docs that makes concurrent writers' index updates wait for it (rather
 * than meet its uncommitted rows); SQLite has one connection, so its batches never overlap a write.
 */
export class SearchIndexJob {
  private current: IndexProgress | null = null;
  private running: Promise<void> = Promise.resolve();
  private stopping = false;

  constructor(private readonly log: Logger) {}

  /** Start rebuilding on `db` (the store just opened). */
  start(db: Kysely<Database>): void {
    this.stopping = false;
    this.current = { done: 0, total: 0 };
    this.running = rebuildInBatches(db, {
      progress: (p) => (this.current = p),
      stopped: () => this.stopping,
    })
      .then((indexed) => {
        if (indexed !== null) this.log.info('rebuilt the search index', { indexed });
      })
      .catch((e: unknown) => {
        if (!this.stopping) this.log.error('search index rebuild failed; it runs again at the next open', e);
      })
      .finally(() => {
        this.current = null;
      });
  }

  /** How far a running rebuild is, in whole percent; null when none runs. */
  status(): { percent: number; done: number; total: number } | null {
    const p = this.current;
    if (!p) return null;
    return { ...p, percent: p.total === 0 ? 0 : Math.min(99, Math.floor((p.done * 100) / p.total)) };
  }

  /** Resolves when no rebuild runs (tests, and closing). */
  idle(): Promise<void> {
    return this.running;
  }

  /** Stop after the batch in flight (before the connection closes or is swapped). */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.running;
  }
}

type Doc = Awaited<ReturnType<typeof quoteDocument>>;

/** The rebuild itself; resolves with the number indexed, or null when stopped before the end. */
export async function rebuildInBatches(
  db: Kysely<Database>,
  hooks: { progress: (p: IndexProgress) => void; stopped: () => boolean },
): Promise<number | null> {
  await db.transaction().execute(async (trx) => {
    await fullTextIndex(trx).clear(trx);
    await trx.deleteFrom('search_docs').execute();
    // Unfinished until the last batch: searchIndexNeedsRebuild sees another analysis number.
    await sql`insert into search_meta (id, analysis) values (1, 0)
              on conflict (id) do update set analysis = excluded.analysis`.execute(trx);
  });
  const ids = async (table: 'quotes' | 'proposals') =>
    (await db.selectFrom(table).select('id').orderBy('id').execute()).map((r) => r.id);
  const readers: ((d: Kysely<Database>) => Promise<Doc>)[] = [
    ...(await ids('quotes')).map((id) => (d: Kysely<Database>) => quoteDocument(d, id)),
    ...(await ids('proposals')).map((id) => (d: Kysely<Database>) => proposalDocument(d, id)),
    // Versions last and in send order: ids follow, so "newest first" holds for them too.
    ...(await db.selectFrom('proposal_versions').select('id').orderBy('sent_at').orderBy('id').execute()).map(
      (r) => (d: Kysely<Database>) => versionDocument(d, r.id),
    ),
  ];
  const total = readers.length;
  let done = 0;
  let indexed = 0;
  hooks.progress({ done, total });
  for (let i = 0; i < total; i += BATCH) {
    // Let the calls waiting for the connection go first.
    await new Promise((resolve) => setImmediate(resolve));
    if (hooks.stopped()) return null;
    indexed += await db.transaction().execute(async (trx) => {
      if (engineOf(trx) === 'postgres') await sql`lock table search_docs in share row exclusive mode`.execute(trx);
      let n = 0;
      for (const read of readers.slice(i, i + BATCH)) {
        // Read inside the batch: a document deleted since the list was taken is skipped.
        const doc = await read(trx);
        if (!doc) continue;
        await indexDocument(trx, doc);
        n++;
      }
      return n;
    });
    done = Math.min(total, i + BATCH);
    hooks.progress({ done, total });
  }
  await sql`insert into search_meta (id, analysis) values (1, ${SEARCH_ANALYSIS})
            on conflict (id) do update set analysis = excluded.analysis`.execute(db);
  return indexed;
}
