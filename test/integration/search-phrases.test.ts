import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexDocument } from '../../electron/core/search/search-index';
import { openTestCore, type TestCore } from './support/core';

interface SearchReply {
  hits: { key: string }[];
  total: number;
}

/**
 * CJK phrases, the same on both engines: FTS5 matches the phrase of a term's bigrams by position;
 * PostgreSQL (migration 022, search/fts-postgres.ts) looks a 3- or 4-character term up as one
 * lexeme of consecutive bigrams, and a longer one as the AND of such lexemes, its order checked by
 * position. Each case below is where the two could part: runs split by a space, by punctuation,
 * across title and body, and every run of a long term present but not in one place.
 */
describe('archive search: CJK phrases, exactly as FTS5 matches them, on both engines', () => {
  let t: TestCore;
  let id = 0;
  const search = (query: string) => t.ok<SearchReply>('archive.search', { query, filters: {}, sort: 'relevance' });
  const doc = (key: string, title: string, body: string) =>
    indexDocument(t.core.store.db, { key, kind: 'quote', refId: ++id, title, body, date: '2026-01-01' });

  beforeAll(async () => {
    t = await openTestCore();
    await t.ok('workspace.setup', { mode: 'empty', adminName: '王经理', companyName: '星火传播', language: 'zh-CN' });
    await doc('title', '危机公关预案', '舆情监测与应对');
    await doc('body', '年度方案', '包括危机公关报价与执行');
    await doc('spaced', '年度方案', '危机 公关');
    // The grams 危机 | 机公 公关 are consecutive across the space: FTS5's phrase matches, so must PostgreSQL.
    await doc('spaced-overlap', '年度方案', '危机 机公关');
    await doc('split', '危机', '公关');
    await doc('punct', '年度方案', '危机。公关');
    await doc('long', '年度方案', '配套沉浸式光影艺术展一场');
    // Every run of three bigrams of 沉浸式光影艺术展 is here, but never the whole term in one place.
    await doc('long-apart', '年度方案', '沉浸式光，光影艺术展');
    await doc('long-spaced', '年度方案', '沉浸式光影 艺术展');
    await doc('trad', '年度方案', '危機公關預案');
  });
  afterAll(async () => {
    await t.dispose();
  });

  const cases: [string, string[]][] = [
    ['危机公关', ['body', 'spaced-overlap', 'title', 'trad']],
    ['危機公關', ['body', 'spaced-overlap', 'title', 'trad']],
    ['公关报', ['body']],
    ['机公关', ['body', 'spaced-overlap', 'title', 'trad']],
    ['危机 公关', ['body', 'punct', 'spaced', 'spaced-overlap', 'split', 'title', 'trad']],
    ['沉浸式光影艺术展', ['long']],
    ['沉浸式光影', ['long', 'long-spaced']],
    ['光影艺术展', ['long', 'long-apart']],
    ['公关预案', ['title', 'trad']],
  ];
  for (const [query, expected] of cases)
    it(`finds exactly ${expected.join(', ')} for ${query}, and counts them`, async () => {
      const reply = await search(query);
      expect(reply.hits.map((h) => h.key).sort()).toEqual(expected);
      expect(reply.total).toBe(expected.length);
    });

  it('ranks the title hit of a 4-character term first', async () => {
    expect((await search('危机公关')).hits[0]!.key).toBe('title');
  });
});
