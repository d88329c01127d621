import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../electron/core/db/connection';
import { m008Search } from '../../electron/core/db/migrations/008_search';
import { indexDocument, removeDocument, type SearchDocument } from '../../electron/core/search/search-index';
import { searchArchive } from '../../electron/core/search/search';
import { characterLength } from '../../electron/core/search/relevance';

const DOCS: SearchDocument[] = [
  {
    key: 'quote:1',
    kind: 'quote',
    refId: 1,
    title: '2027 品牌发布会',
    body: '为星河乳业策划品牌发布会，含媒体邀约与现场执行。',
    amount: 3947257,
    currency: 'CNY',
    date: '2026-03-01',
    clientId: 1,
    status: 'draft',
  },
  {
    key: 'quote:2',
    kind: 'quote',
    refId: 2,
    title: '危机公关预案',
    body: '针对食品安全舆情的公关应对流程与报价说明。',
    amount: 1200000,
    currency: 'CNY',
    date: '2026-05-10',
    clientId: 2,
    status: 'sent',
  },
  {
    key: 'proposal:1',
    kind: 'proposal',
    refId: 1,
    title: 'Brand launch proposal',
    body: 'A brand launch for the new product line, with PR and social media.',
    amount: 500000,
    currency: 'USD',
    date: '2026-07-01',
    clientId: 3,
    status: 'won',
  },
  {
    key: 'proposal:2',
    kind: 'proposal',
    refId: 2,
    title: '社交媒体运营',
    body: '年度社交媒体运营，品牌内容与KOL合作。Branding guidelines included.',
    amount: 800000,
    currency: 'CNY',
    date: '2026-09-15',
    clientId: 1,
    status: 'lost',
  },
  {
    key: 'version:1',
    kind: 'version',
    refId: 1,
    parentId: 2,
    title: '经销商大会',
    body: '会议场地、舞台搭建、报价明细。NEAR the river "quoted" (brackets)',
    amount: 2600000,
    currency: 'CNY',
    date: '2026-10-01',
    clientId: 2,
    status: 'sent',
  },
];

describe('archive search (CJK bigrams + unigrams over FTS5)', () => {
  let store: Store;
  let dir: string;
  const keys = async (q: string, filters = {}) => (await searchArchive(store.db, q, filters)).map((h) => h.key).sort();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'workbench-search-'));
    store = openStore(join(dir, 'search.db'));
    await m008Search.up(store.db);
    for (const d of DOCS) await indexDocument(store.db, d);
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const cases: [string, string, string[]][] = [
    ['a one-character Chinese term', '品', ['proposal:2', 'quote:1', 'quote:2']],
    ['a two-character Chinese term', '品牌', ['proposal:2', 'quote:1']],
    ['another two-character term', '公关', ['quote:2']],
    ['报价 in two documents', '报价', ['quote:2', 'version:1']],
    ['a four-character term', '品牌发布', ['quote:1']],
    ['a four-character term that is not contiguous anywhere', '品牌运营', []],
    ['an English word', 'launch', ['proposal:1']],
    ['an English prefix', 'bran', ['proposal:1', 'proposal:2']],
    ['English case-insensitively', 'BRAND', ['proposal:1', 'proposal:2']],
    ['a mixed query (every term must match)', '品牌 brand', ['proposal:2']],
    ['full-width Latin letters', 'ｌａｕｎｃｈ', ['proposal:1']],
    // Punctuation and symbols are searched as text (issue 14): version 1 holds `"…" (brackets)`.
    ['a double quote alone', '"', ['version:1']],
    ['a star alone', '*', []],
    ['a closing parenthesis alone', ')', ['version:1']],
    ['NEAR as a plain word', 'NEAR', ['version:1']],
    // OR is a word to us, not an operator, so all three terms must match: nothing has "or…" and both.
    ['FTS syntax around terms', '"报价" OR (品牌', []],
    ['FTS syntax around one term, as text: no document holds a star', '(报价*)', []],
    ['brackets around a term, as text', '(报价)', ['version:1']],
    ['a quoted word from the text', '"quoted"', ['version:1']],
    ['a column filter attempt', 'title_grams:品牌', []],
  ];
  for (const [what, query, expected] of cases) {
    it(`finds exactly the right documents for ${what}: ${query}`, async () => {
      expect(await keys(query)).toEqual(expected);
    });
  }

  it('ranks a title hit above a body hit', async () => {
    const hits = await searchArchive(store.db, '品牌');
    expect(hits.map((h) => h.key)).toEqual(['quote:1', 'proposal:2']);
  });

  it('highlights the matched terms in the snippet and the title', async () => {
    const [hit] = await searchArchive(store.db, '公关');
    expect(hit!.titleParts).toEqual([
      { text: '危机', mark: false },
      { text: '公关', mark: true },
      { text: '预案', mark: false },
    ]);
    expect(hit!.snippet.filter((p) => p.mark).map((p) => p.text)).toEqual(['公关']);
  });

  it('filters by kind, client, status, currency, date and amount', async () => {
    expect(await keys('品', { kinds: ['quote'] })).toEqual(['quote:1', 'quote:2']);
    expect(await keys('品', { clientId: 1 })).toEqual(['proposal:2', 'quote:1']);
    expect(await keys('报价', { statuses: ['sent'], kinds: ['version'] })).toEqual(['version:1']);
    expect(await keys('bran', { currency: 'USD' })).toEqual(['proposal:1']);
    expect(await keys('品', { dateFrom: '2026-04-01', dateTo: '2026-09-15' })).toEqual(['proposal:2', 'quote:2']);
    expect(await keys('报价', { minAmount: 2000000 })).toEqual(['version:1']);
    expect(await keys('报价', { maxAmount: 2000000 })).toEqual(['quote:2']);
  });

  it('keeps the index in step: a replaced document is found by its new text only, a removed one not at all', async () => {
    await indexDocument(store.db, { ...DOCS[1]!, title: '舆情应对方案', body: '全新的内容。' });
    expect(await keys('公关')).toEqual([]);
    expect(await keys('舆情')).toEqual(['quote:2']);
    await removeDocument(store.db, 'quote:2');
    expect(await keys('舆情')).toEqual([]);
    await indexDocument(store.db, DOCS[1]!);
    expect(await keys('公关')).toEqual(['quote:2']);
  });
});

describe('archive search ranking when title hits alone fill the list', () => {
  let store: Store;
  let dir: string;
  // 复盘 in four titles, and most often in the body of the newest document, whose title lacks it.
  const docs: SearchDocument[] = [
    { key: 'quote:11', kind: 'quote', refId: 11, title: '季度复盘', body: '复盘一次。' },
    { key: 'quote:12', kind: 'quote', refId: 12, title: '复盘与复盘', body: '复盘，再复盘，又复盘。' },
    { key: 'quote:13', kind: 'quote', refId: 13, title: '年度复盘', body: '没有提到。' },
    { key: 'quote:14', kind: 'quote', refId: 14, title: '复盘', body: '复盘复盘。' },
    { key: 'quote:15', kind: 'quote', refId: 15, title: '其他事项', body: '复盘复盘复盘复盘复盘复盘复盘复盘。' },
  ];
  // Two terms: one in the first title, both only in the body of the newer document.
  const twoTerms: SearchDocument[] = [
    { key: 'quote:16', kind: 'quote', refId: 16, title: '舆情报告', body: '监测方案。' },
    { key: 'quote:17', kind: 'quote', refId: 17, title: '年终总结', body: '舆情监测，舆情监测，舆情监测。' },
  ];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'workbench-search-rank-'));
    store = openStore(join(dir, 'search.db'));
    await m008Search.up(store.db);
    for (const d of [...docs, ...twoTerms]) await indexDocument(store.db, d);
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists title hits first, by relevance, and a short list is the head of the long one', async () => {
    const all = (await searchArchive(store.db, '复盘', {}, 50)).map((h) => h.key);
    // The body-only hit is last although it is the newest and says 复盘 most often.
    expect(all.at(-1)).toBe('quote:15');
    // Among title hits, the one with 复盘 twice in its title and three times in its body is first;
    // the one without 复盘 in its body is below every title hit that has it there too.
    expect(all[0]).toBe('quote:12');
    expect(all.indexOf('quote:13')).toBe(3);
    expect(new Set(all)).toEqual(new Set(docs.map((d) => d.key)));
    // Four title hits fill a list of two or four: only they are ranked, in the same order.
    expect((await searchArchive(store.db, '复盘', {}, 2)).map((h) => h.key)).toEqual(all.slice(0, 2));
    expect((await searchArchive(store.db, '复盘', {}, 4)).map((h) => h.key)).toEqual(all.slice(0, 4));
    // Newest first and largest first do not rank by text: every match, by date then id.
    expect((await searchArchive(store.db, '复盘', {}, 3, 'newest')).map((h) => h.key)).toEqual([
      'quote:15',
      'quote:14',
      'quote:13',
    ]);
  });

  it("measures a text's length as the database's length() does (the average length adds the two)", async () => {
    for (const text of ['复盘', 'plain', '𠮷野家的报价 👍🏽', '\u{1F600}\u{1F600}', '']) {
      const { rows } = await sql<{ n: number }>`select length(cast(${text} as text)) as n`.execute(store.db);
      expect(characterLength(text)).toBe(Number(rows[0]!.n));
    }
  });

  it('counts a hit of several terms as a title hit when any one of them is in the title', async () => {
    // No title holds both terms (the index's title match wants every one), yet 舆情 in quote:16's
    // title puts it above the newer quote:17, which says both more often but only in its body.
    expect((await searchArchive(store.db, '舆情 监测', {}, 50)).map((h) => h.key)).toEqual(['quote:16', 'quote:17']);
  });
});
