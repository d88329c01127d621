import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core';
import { createMemoryLogger } from '../../electron/common/log';
import { openTestCore, type TestCore } from './support/core';

type SearchReply = {
  hits: { key: string }[];
  total: number;
  indexing: { percent: number; done: number; total: number } | null;
};

const QUOTES = 1500;

/**
 * The archive's index is rebuilt in the background (issue 18, search/rebuild-job.ts): a workspace
 * whose index is empty (an upgrade, an imported archive) opens at once, every other call is
 * answered while the rebuild runs, and a search says "index rebuilding, N%" and finds what is
 * indexed so far; at the end it finds everything, exactly as before.
 */
describe('search index rebuilt in the background', () => {
  let t: TestCore;
  let reopened: Core | null = null;
  const search = async (core: Core, query: string) => {
    const r = await core.call('archive.search', { query, filters: {}, sort: 'relevance' });
    if (!r.ok) throw new Error(r.error.messages.en);
    return r.result as SearchReply;
  };

  // 1,500 single inserts take over the default 10 s on a loaded 2-core machine: 60 s, as the
  // PostgreSQL project allows every hook.
  beforeAll(async () => {
    t = await openTestCore();
    await t.ok('workspace.setup', { mode: 'empty', adminName: '王经理', companyName: '星火传播', language: 'zh-CN' });
    const client = await t.query<{ id: number }>(
      `insert into clients (name, industry, status, price_sensitivity, related_sales, created_at, updated_at)
       values ('星河乳业', '快消', 'active', 'sensitive', 0, '2026-01-01', '2026-01-01') returning id`,
    );
    // Many documents written without the indexer (as an imported archive arrives), then the index emptied.
    for (let i = 0; i < QUOTES; i++)
      await t.query(
        `insert into quotes (client_id, title, currency, document, line_count, subtotal, net, tax, total, cost, created_at, updated_at)
         values (?, ?, 'CNY', '{}', 0, 0, 0, 0, 0, 0, '2026-02-01T00:00:00Z', '2026-02-01T00:00:00Z')`,
        client[0]!.id,
        `第${i}季度复盘${i === QUOTES - 1 ? ' 沉浸式光影' : ''}`,
      );
    await t.asOwner({
      sqlite: `delete from search_docs; insert into search_fts (search_fts) values ('delete-all');`,
      postgres: 'delete from search_docs',
    });
  }, 60_000);
  afterAll(async () => {
    await reopened?.close();
    await t.pg?.drop();
  });

  it('opens at once with an empty index, answers other calls during the rebuild, and says how far it is', async () => {
    await t.core.close();
    const log = createMemoryLogger();
    reopened = t.pg
      ? await openCore({ team: { url: t.pg.url }, log, validateResults: true })
      : await openCore({ dbPath: t.dbPath, log, validateResults: true });
    const core = reopened;
    const job = core.workspace.searchIndex;
    // Opening did not wait: the rebuild is still running, and another handler is answered meanwhile.
    expect(job.status()).not.toBeNull();
    const clients = await core.call('clients.list', {});
    expect(clients.ok).toBe(true);
    expect(job.status()).not.toBeNull();
    const during = await search(core, '季度');
    expect(during.indexing).not.toBeNull();
    // 0 until the rebuild has listed what there is to index.
    expect([0, QUOTES]).toContain(during.indexing!.total);
    expect(during.indexing!.percent).toBeGreaterThanOrEqual(0);
    expect(during.indexing!.percent).toBeLessThan(100);
    // What it finds is what is indexed so far, never more than there is.
    expect(during.total).toBeLessThan(QUOTES);
    expect(log.entries.some((e) => e.message === 'rebuilt the search index')).toBe(false);

    // A write during the rebuild is indexed by its own transaction and stays found afterwards.
    const created = await core.call('quotes.create', {
      clientId: 1,
      title: '新品发布会报价',
      currency: 'CNY',
    });
    await job.idle();
    expect(job.status()).toBeNull();
    expect(log.entries.some((e) => e.message === 'rebuilt the search index')).toBe(true);
    const after = await search(core, '季度');
    expect(after.indexing).toBeNull();
    expect(after.total).toBe(QUOTES);
    expect((await search(core, '沉浸式光影')).total).toBe(1);
    // A 4-character term: on PostgreSQL one run lexeme of the vectors the rebuild wrote (migration 022).
    expect((await search(core, '季度复盘')).total).toBe(QUOTES);
    if (core.store.engine === 'postgres') {
      const counts = await sql<{ docs: number; vectors: number }>`select
          (select count(*)::int from search_docs) as docs, (select count(*)::int from search_vectors) as vectors`.execute(
        core.store.db,
      );
      expect(counts.rows).toEqual([{ docs: QUOTES + 1, vectors: QUOTES + 1 }]);
    }
    expect(created.ok).toBe(true);
    expect((await search(core, '发布会')).total).toBe(1);
  });

  it('starts again at the next open when the app closed in the middle of a rebuild', async () => {
    const open = () =>
      t.pg
        ? openCore({ team: { url: t.pg.url }, log: createMemoryLogger(), validateResults: true })
        : openCore({ dbPath: t.dbPath, log: createMemoryLogger(), validateResults: true });
    // Empty the index again, then open and close before the rebuild can end.
    const store = reopened!.store;
    if (store.engine === 'sqlite')
      store.sqlite.exec(`delete from search_docs; insert into search_fts (search_fts) values ('delete-all');`);
    else await sql`delete from search_docs`.execute(store.db);
    await reopened!.close();
    const cut = await open();
    reopened = cut;
    expect(cut.workspace.searchIndex.status()).not.toBeNull();
    await cut.close();
    const again = await open();
    reopened = again;
    // Half an index is never taken for a whole one: the rebuild runs again, to the end.
    expect(again.workspace.searchIndex.status()).not.toBeNull();
    await again.workspace.searchIndex.idle();
    const all = await search(again, '季度');
    expect([all.total, all.indexing]).toEqual([QUOTES, null]);
  });
});
