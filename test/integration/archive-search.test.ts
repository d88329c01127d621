import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveHit } from '@shared/contract';
import { buildArchive } from '../../electron/core/archive/export';
import { buildTeamArchive } from '../../electron/core/archive/team';
import { openCore } from '../../electron/core';
import { createMemoryLogger } from '../../electron/common/log';
import { openArchiveWorld, quoteDocument, type ArchiveWorld } from './support/archive-world';

/** Archive search through the handlers, on a real workspace file written through the real handlers. */
describe('archive search through the handlers', () => {
  let w: ArchiveWorld;
  let k: Record<string, string>;
  beforeAll(async () => {
    w = await openArchiveWorld();
    const versions = await w.t.rows<{ id: number }>(sql`select id, number from proposal_versions order by number`);
    k = {
      q1: `quote:${w.q1.id}`,
      q2: `quote:${w.q2.id}`,
      p1: `proposal:${w.p1.id}`,
      p2: `proposal:${w.p2.id}`,
      v1: `version:${versions[0]!.id}`,
      v2: `version:${versions[1]!.id}`,
    };
  });
  afterAll(() => w.t.dispose());

  const cases: [string, string, string[]][] = [
    ['one Chinese character', '焕', ['p1', 'v1', 'v2']],
    ['two Chinese characters, only in the newer version and the working copy', '直播', ['p1', 'v2']],
    ['two Chinese characters in a quote line', '租赁', ['p1', 'q1', 'v1', 'v2']],
    ['four Chinese characters', '线上线下', ['p1', 'v1', 'v2']],
    ['four characters not contiguous anywhere', '品牌直播', []],
    ['a client name', '乳业', ['p1', 'q1', 'v1', 'v2']],
    ['an English word', 'launch', ['p2']],
    ['an English prefix', 'influ', ['p2']],
    ['an English prefix from a quote line', 'consult', ['p2', 'q2']],
    ['English in any case', 'CRISIS', ['p2', 'q2']],
    ['a mixed query: every term must match', '舆情 media', ['p2', 'q2']],
    ['a mixed query across proposal and quote text', 'launch 舆情', ['p2']],
    // Punctuation and symbols are searched as text (issue 14): q2's line "Media monitoring (24/7)
    // "NEAR" real-time" holds `"`, `(`, `)` and `/`, which p2 links; no document holds a `*`.
    ['a double quote alone', '"', ['p2', 'q2']],
    ['a star alone', '*', []],
    ['a closing parenthesis alone', ')', ['p2', 'q2']],
    ['NEAR as a word', 'NEAR', ['p2', 'q2']],
    ['NEAR with its syntax, as text', ') NEAR/2 (', ['p2', 'q2']],
    ['NEAR with a star no document holds', '*) NEAR/2 (', []],
    ['a quoted word', '"near"', ['p2', 'q2']],
    ['a term with brackets', '(24/7)', ['p2', 'q2']],
    ['a term with a star and brackets, as text', '(租赁*)', []],
    ['a column filter attempt', 'title_grams:品牌', []],
    ['an injection attempt', `'); drop table quotes; --`, []],
  ];
  for (const [what, query, expected] of cases) {
    it(`finds exactly the expected documents for ${what}: ${query}`, async () => {
      expect(await w.keys(query)).toEqual(expected.map((e) => k[e]).sort());
    });
  }

  it('ranks title hits first and marks the terms in titles and snippets', async () => {
    const r = await w.t.ok<{ hits: ArchiveHit[] }>('archive.search', { query: '品牌', filters: {}, sort: 'relevance' });
    // Every hit has 品牌 in its title except none: check the first hit's title is marked.
    expect(r.hits[0]!.titleParts.some((p) => p.mark && p.text === '品牌')).toBe(true);
    const direct = await w.t.ok<{ hits: ArchiveHit[] }>('archive.search', {
      query: '直播',
      filters: {},
      sort: 'relevance',
    });
    const v2 = direct.hits.find((h) => h.kind === 'version')!;
    expect(v2.snippet.filter((p) => p.mark).map((p) => p.text)).toEqual(['直播']);
    expect(v2).toMatchObject({
      proposalId: w.p1.id,
      versionNumber: 2,
      clientName: '星河乳业',
      ownerName: '王经理',
      status: 'sent',
    });
  });

  it('filters by facets and reports facet counts', async () => {
    expect(await w.keys('', { kinds: ['version'] })).toEqual([k.v1, k.v2].sort());
    expect(await w.keys('品牌', { clientId: w.acme })).toEqual([]);
    expect(await w.keys('', { clientId: w.acme })).toEqual([k.p2, k.q2].sort());
    expect(await w.keys('', { statuses: ['draft'] })).toEqual([k.p2, k.q2].sort());
    expect(await w.keys('', { minAmount: w.p1.quote!.total, maxAmount: w.p1.quote!.total, kinds: ['quote'] })).toEqual(
      [k.q1, k.q2].sort(),
    );
    expect(await w.keys('', { dateFrom: '2030-01-01' })).toEqual([]);
    const r = await w.t.ok<{ facets: { kinds: { value: string; count: number }[] } }>('archive.search', {
      query: '乳业',
      filters: {},
      sort: 'newest',
    });
    expect(r.facets.kinds).toEqual([
      { value: 'version', label: 'version', count: 2 },
      { value: 'proposal', label: 'proposal', count: 1 },
      { value: 'quote', label: 'quote', count: 1 },
    ]);
  });

  it('sorts by amount and by date', async () => {
    const byAmount = await w.t.ok<{ hits: ArchiveHit[] }>('archive.search', { query: '', filters: {}, sort: 'amount' });
    const amounts = byAmount.hits.map((h) => h.amount ?? -1);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    const newest = await w.t.ok<{ hits: ArchiveHit[] }>('archive.search', { query: '', filters: {}, sort: 'newest' });
    const dates = newest.hits.map((h) => h.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('keeps the index in step with saves, a rename, a lost pitch and a delete', async () => {
    const q2 = w.q2;
    await w.t.ok('quotes.save', {
      id: q2.id,
      revision: q2.revision,
      clientId: w.acme,
      ownerId: q2.ownerId,
      document: quoteDocument('Crisis PR retainer', 'Monitoring', 'Senior consultant', '口碑管理 reputation care'),
      lineMeta: {},
    });
    expect(await w.keys('舆情')).toEqual([]);
    // The proposal that links the quote carries its words too.
    expect(await w.keys('口碑')).toEqual([k.p2, k.q2].sort());

    const temp = await w.t.ok<{ id: number }>('quotes.create', { clientId: w.acme, title: '临时报价' });
    expect(await w.keys('临时')).toEqual([`quote:${temp.id}`]);
    await w.t.ok('quotes.delete', { id: temp.id });
    expect(await w.keys('临时')).toEqual([]);

    await w.t.ok('proposals.transition', { id: w.p1.id, to: 'lost', reasonCode: 'price', note: '客户选了更低报价' });
    expect(await w.keys('', { statuses: ['lost'] })).toEqual([k.p1, k.q1, k.v1, k.v2].sort());
    expect(await w.keys('焕', { lostReason: 'price' })).toEqual([k.p1, k.v1, k.v2].sort());
    expect(await w.keys('焕', { lostReason: 'budget_cut' })).toEqual([]);
    await w.t.ok('proposals.transition', { id: w.p1.id, to: 'negotiating' });

    const client = await w.t.ok<Record<string, unknown>>('clients.get', { id: w.acme });
    await w.t.ok('clients.save', { ...pickClientArgs(client), id: w.acme, name: 'Acme 食品' });
    expect(await w.keys('食品')).toEqual([k.p2, k.q2].sort());
  });

  it('leaves the index unchanged when a write is refused', async () => {
    const before = await indexRows(w);
    const stale = await w.t.core.call('quotes.save', {
      id: w.q1.id,
      revision: 999,
      clientId: w.xinghe,
      ownerId: null,
      document: quoteDocument('全新标题', '活动执行', '高级策划', '直播搭建'),
      lineMeta: {},
    });
    expect(stale.ok).toBe(false);
    const invalid = await w.t.core.call('proposals.save', {
      id: w.p2.id,
      revision: 1,
      title: '',
      quoteId: null,
      sections: [],
      preCommunication: null,
      selfCheck: null,
    });
    expect(invalid.ok).toBe(false);
    expect(await indexRows(w)).toEqual(before);
    expect(await w.keys('直播搭建')).toEqual([]);
  });

  it('indexes in the write’s own transaction: when indexing fails, the write is rolled back', async () => {
    await w.t.asOwner({
      sqlite: `create trigger refuse_boom before insert on search_docs when new.title like '%BOOM%'
               begin select raise(abort, 'index refused'); end`,
      postgres: `create function refuse_boom() returns trigger language plpgsql as $$
                 begin if new.title like '%BOOM%' then raise exception 'index refused'; end if; return new; end $$;
                 create trigger refuse_boom before insert on search_docs for each row execute function refuse_boom();`,
    });
    const quoteRow = () => w.t.rows(sql`select title, revision from quotes where id = ${w.q1.id}`);
    try {
      const current = await w.t.ok<{ revision: number; ownerId: number | null }>('quotes.get', { id: w.q1.id });
      const before = await quoteRow();
      const r = await w.t.core.call('quotes.save', {
        id: w.q1.id,
        revision: current.revision,
        clientId: w.xinghe,
        ownerId: current.ownerId,
        document: quoteDocument('BOOM 报价', '活动执行', '高级策划', '场地租赁'),
        lineMeta: {},
      });
      expect(r.ok).toBe(false);
      expect(await quoteRow()).toEqual(before);
      expect(await w.keys('boom')).toEqual([]);
    } finally {
      await w.t.asOwner({
        sqlite: 'drop trigger refuse_boom',
        postgres: 'drop trigger refuse_boom on search_docs; drop function refuse_boom();',
      });
    }
  });

  it('leaves the index out of a workspace archive', async () => {
    // The same archive format on both engines (a team's comes from archive/team.ts).
    const archive =
      w.t.core.store.engine === 'sqlite'
        ? buildArchive(w.t.core.store.sqlite, new Date())
        : await buildTeamArchive(w.t.core.store.db, new Date());
    expect(Object.keys(archive.tables)).toContain('proposal_versions');
    expect(Object.keys(archive.tables)).not.toContain('search_docs');
    expect(Object.keys(archive.tables).filter((n) => n.startsWith('search_fts'))).toEqual([]);
  });

  it('rebuilds the index when a workspace without one opens', async () => {
    const expected = await w.keys('焕');
    await w.t.asOwner({
      sqlite: `delete from search_docs; insert into search_fts (search_fts) values ('delete-all');`,
      postgres: 'delete from search_docs',
    });
    expect(await w.keys('焕')).toEqual([]);
    await w.t.core.close();
    const log = createMemoryLogger();
    const reopened = w.t.pg
      ? await openCore({ team: { url: w.t.pg.url }, log, validateResults: true })
      : await openCore({ dbPath: w.t.dbPath, log, validateResults: true });
    try {
      // In the background (search/rebuild-job.ts; search-rebuild.test.ts shows calls answered meanwhile).
      await reopened.workspace.searchIndex.idle();
      const r = await reopened.call('archive.search', { query: '焕', filters: {}, sort: 'relevance' });
      expect(r.ok && (r.result as { hits: ArchiveHit[] }).hits.map((h) => h.key).sort()).toEqual(expected);
      expect(log.entries.some((e) => e.message === 'rebuilt the search index')).toBe(true);
    } finally {
      await reopened.close();
    }
  });
});

function indexRows(w: ArchiveWorld): Promise<unknown> {
  return w.t.rows(sql`select id, doc_key, kind, ref_id, parent_id, title, body, client_id, owner_id, status, amount,
                         currency, date from search_docs order by id`);
}

/** clients.save args from a clients.get record (the fields the save takes). */
function pickClientArgs(c: Record<string, unknown>): Record<string, unknown> {
  const keys = [
    'name',
    'industry',
    'status',
    'priceSensitivity',
    'ownerId',
    'decisionProcess',
    'character',
    'professionalism',
    'tags',
    'relatedSales',
    'dates',
  ];
  const contacts = (c.contacts as Record<string, unknown>[]).map((p) => ({ ...p }));
  return { ...Object.fromEntries(keys.map((key) => [key, c[key]])), contacts };
}
