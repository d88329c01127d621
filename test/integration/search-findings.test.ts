import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveFacets, ArchiveHit, QuoteRecord } from '@shared/contract';
import { indexDocument } from '../../electron/core/search/search-index';
import { openTestCore, type TestCore } from './support/core';

interface SearchReply {
  hits: ArchiveHit[];
  facets: ArchiveFacets;
  facetsOf: 'all' | 'ranked';
  total: number;
  ranked: number;
  truncated: boolean;
}

/**
 * Issue 14's archive-search findings, one character class at a time, and issue 18's count and
 * facets, through the `archive.search` handler on a real SQLite file. Documents go into the index
 * through the same indexDocument every write uses (so the same analysis), plus one real quote.
 */
describe('archive search: character classes, Traditional/Simplified, true counts', () => {
  let t: TestCore;
  let clientA: number;
  let clientB: number;
  let id = 0;
  const search = (query: string, filters: Record<string, unknown> = {}, limit?: number) =>
    t.ok<SearchReply>('archive.search', { query, filters, sort: 'relevance', ...(limit ? { limit } : {}) });
  const keys = async (query: string) => (await search(query)).hits.map((h) => h.key).sort();
  const marked = (parts: { text: string; mark: boolean }[]) => parts.filter((p) => p.mark).map((p) => p.text);
  const doc = (key: string, title: string, body: string, extra: Record<string, unknown> = {}) =>
    indexDocument(t.core.store.db, {
      key,
      kind: 'quote',
      refId: ++id,
      title,
      body,
      clientId: clientA,
      status: null,
      date: '2026-01-01',
      ...extra,
    });

  beforeAll(async () => {
    t = await openTestCore(() => new Date('2026-06-30T04:00:00.000Z'));
    await t.ok('workspace.setup', { mode: 'empty', adminName: '王经理', companyName: '星火传播', language: 'zh-CN' });
    const client = async (name: string) =>
      (
        await t.query<{ id: number }>(
          `insert into clients (name, industry, status, price_sensitivity, related_sales, created_at, updated_at)
           values (?, '快消', 'active', 'sensitive', 0, '2026-01-01', '2026-01-01') returning id`,
          name,
        )
      )[0]!.id;
    clientA = await client('星河乳业');
    clientB = await client('港灣地產');
    await doc('sym:quote', '引号', '星河乳业\n客户原话是 "尽快上线" 。');
    await doc('sym:star', '星号', '星河乳业\n评分 5* 以上的媒体');
    await doc('sym:paren', '括号', '星河乳业\n预算（含税）以及 (备用金) 另计');
    await doc('en:brand', 'Brand audit', '星河乳业\nA review of the Brand’s voice');
    await doc('en:and', 'Plan', '星河乳业\nPR and media');
    await doc('wide:kol', '达人合作', '星河乳业\nＫＯＬ 矩阵投放，头部达人三位');
    await doc('dot:i', 'İstanbul launch', '星河乳业\nİstanbul İzmir roadshow');
    await doc('liga:fi', 'Brand proﬁle', '星河乳业\nA ﬁnal proﬁle of the audience');
    await doc('punct:split', '年会', '星河乳业\n发布会。会场布置另行报价');
    await doc('punct:whole', '发布会场地', '星河乳业\n发布会场地租赁两天');
    await doc('hant:quote', '報價單', '港灣地產\n年度公關報價與執行方案', { clientId: clientB });
    await doc('hans:quote', '报价单', '星河乳业\n年度公关报价与执行方案');
    await doc('snippet:late', '社媒方案', `星河乳业\n${'背景说明。'.repeat(20)}本次重点是直播带货的转化。`);
  });
  afterAll(() => t.dispose());

  it('finds `"`, `*` and `)` as text', async () => {
    expect(await keys('"')).toEqual(['sym:quote']);
    expect(await keys('*')).toEqual(['sym:star']);
    // The ASCII ) and the full-width ） fold to the same character (NFKC).
    expect(await keys(')')).toEqual(['sym:paren']);
    expect(await keys('5*')).toEqual(['sym:star']);
  });

  it('matches and marks English at word starts only: `and` does not mark Brand', async () => {
    expect(await keys('and')).toEqual(['en:and']);
    const hit = (await search('brand')).hits.find((h) => h.key === 'en:brand')!;
    expect(marked(hit.titleParts)).toEqual(['Brand']);
    expect(marked(hit.snippet)).toEqual(['Brand']);
  });

  it('finds and marks full-width text: ＫＯＬ for KOL', async () => {
    const r = await search('KOL');
    expect(r.hits.map((h) => h.key)).toEqual(['wide:kol']);
    expect(marked(r.hits[0]!.snippet)).toEqual(['ＫＯＬ']);
  });

  it('keeps highlight offsets right when lower-casing changes the length (İ)', async () => {
    const r = await search('izmir');
    expect(r.hits.map((h) => h.key)).toEqual(['dot:i']);
    // "İstanbul İzmir": İ lower-cases to two code units, so a naive offset would mark "zmir " or worse.
    expect(marked(r.hits[0]!.snippet)).toEqual(['İzmir']);
    const title = (await search('istanbul')).hits[0]!;
    expect(marked(title.titleParts)).toEqual(['İstanbul']);
    // The ligature ﬁ folds to two letters (NFKC): one character of the original, two folded.
    const liga = await search('profile');
    expect(liga.hits.map((h) => h.key)).toEqual(['liga:fi']);
    expect(marked(liga.hits[0]!.snippet)).toEqual(['proﬁle']);
    expect(marked(liga.hits[0]!.titleParts)).toEqual(['proﬁle']);
  });

  it('never matches across punctuation: 发布会场 does not match 发布会。会场', async () => {
    expect(await keys('发布会场')).toEqual(['punct:whole']);
    const hit = (await search('发布会场')).hits[0]!;
    expect(marked(hit.snippet)).toEqual(['发布会场']);
  });

  it('finds Traditional with a Simplified query and Simplified with a Traditional one, marking the original', async () => {
    expect(await keys('报价')).toEqual(['hans:quote', 'hant:quote', 'punct:split']);
    expect(await keys('報價')).toEqual(['hans:quote', 'hant:quote', 'punct:split']);
    const hant = (await search('公关报价')).hits.find((h) => h.key === 'hant:quote')!;
    expect(marked(hant.snippet)).toEqual(['公關報價']);
    const hans = (await search('公關報價')).hits.find((h) => h.key === 'hans:quote')!;
    expect(marked(hans.snippet)).toEqual(['公关报价']);
    // One character too: 灣 finds 港灣 through 湾.
    expect(await keys('湾')).toEqual(['hant:quote']);
  });

  it('finds a Traditional quote written through the API by its Simplified title', async () => {
    const q = await t.ok<QuoteRecord>('quotes.create', {
      clientId: clientB,
      title: '香港發佈會報價',
      document: {
        format: 'workbench.quote/1',
        title: '香港發佈會報價',
        currency: 'HKD',
        difficulty: { level: 2, rationale: '' },
        sections: [
          {
            title: '執行',
            lines: [{ kind: 'item', description: '場地租賃', quantity: '1', unit: '場', unitPrice: 100, unitCost: 50 }],
          },
        ],
      },
    });
    const r = await search('香港发布会');
    expect(r.hits.map((h) => h.key)).toEqual([`quote:${q.id}`]);
    expect(marked(r.hits[0]!.titleParts)).toEqual(['香港發佈會']);
    expect((await search('场地租赁')).hits.map((h) => h.key)).toContain(`quote:${q.id}`);
  });

  it('starts a snippet where the match is, not with the client name', async () => {
    const hit = (await search('直播')).hits.find((h) => h.key === 'snippet:late')!;
    expect(hit.snippet[0]).toEqual({ text: '…', mark: false });
    expect(hit.snippet[1]).toEqual({ text: '直播', mark: true });
    // A title-only match shows the body after the client's name line.
    const titleOnly = (await search('社媒')).hits.find((h) => h.key === 'snippet:late')!;
    expect(titleOnly.snippet.map((p) => p.text).join('')).not.toContain('星河乳业');
    expect(titleOnly.snippet[0]!.text.startsWith('…背景说明') || titleOnly.snippet[1]?.text.startsWith('背景')).toBe(
      true,
    );
  });

  it('gives the true count and facets of a term with more than 1,000 matches', async () => {
    // 1,400 matches of 季度: 900 of client A (600 quotes in CNY, 300 proposals won), 500 of client B
    // (versions in HKD). Ranking takes the newest candidates only; count and facets take all.
    await t.core.store.db.transaction().execute(async (trx) => {
      for (let i = 0; i < 1400; i++) {
        const a = i < 900;
        const proposal = a && i >= 600;
        await indexDocument(trx, {
          key: `bulk:${i}`,
          kind: a ? (proposal ? 'proposal' : 'quote') : 'version',
          refId: 10_000 + i,
          title: `第${i}季度复盘`,
          body: `${a ? '星河乳业' : '港灣地產'}\n季度复盘与下季度计划`,
          clientId: a ? clientA : clientB,
          status: proposal ? 'won' : null,
          currency: a ? 'CNY' : 'HKD',
          date: `2026-0${1 + (i % 6)}-15`,
        });
      }
    });
    const r = await search('季度');
    expect(r.total).toBe(1400);
    expect(r.facetsOf).toBe('all');
    expect(r.truncated).toBe(true);
    expect(r.hits).toHaveLength(500);
    expect(r.ranked).toBeLessThanOrEqual(1000);
    const counts = (rows: { value: string; count: number }[]) =>
      Object.fromEntries(rows.map((f) => [f.value, f.count]));
    expect(counts(r.facets.kinds)).toEqual({ quote: 600, proposal: 300, version: 500 });
    expect(counts(r.facets.statuses)).toEqual({ won: 300 });
    expect(counts(r.facets.currencies)).toEqual({ CNY: 900, HKD: 500 });
    expect(r.facets.clients).toEqual([
      { value: String(clientA), label: '星河乳业', count: 900 },
      { value: String(clientB), label: '港灣地產', count: 500 },
    ]);
    // Facet counts follow the filters, over every match too.
    const onlyB = await search('季度', { clientId: clientB });
    expect([onlyB.total, counts(onlyB.facets.kinds)]).toEqual([500, { version: 500 }]);
    // A Traditional query counts the same documents.
    expect((await search('季度復盤')).total).toBe(1400);
    // No words: the count of everything that passes the filters (the 500 versions and the HKD quote).
    const all = await search('', { currency: 'HKD' });
    expect(all.total).toBe(501);
  });
});
