import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QuoteRecord } from '@shared/contract';
import { openTestCore, type TestCore } from './support/core';
import { quoteDocument } from './support/archive-world';
import { CLIENT, recordChanges } from './support/changes';

describe('change feed: each committed write says what it changed', () => {
  let t: TestCore;
  let clientId: number;
  let quote: QuoteRecord;

  beforeEach(async () => {
    t = await openTestCore();
    await t.ok('workspace.setup', { mode: 'empty', adminName: '王经理', companyName: '星火传播', language: 'zh-CN' });
    clientId = (await t.ok<{ id: number }>('clients.save', { ...CLIENT, name: '星河乳业' })).id;
    quote = await t.ok<QuoteRecord>('quotes.create', {
      clientId,
      title: '发布会报价',
      document: quoteDocument('发布会报价', '活动执行', '高级策划', '场地租赁'),
    });
  });
  afterEach(async () => {
    await t.dispose();
  });

  const save = (revision: number, title = '发布会报价（改）') =>
    t.core.call('quotes.save', {
      id: quote.id,
      revision,
      clientId,
      ownerId: quote.ownerId,
      document: quoteDocument(title, '活动执行', '高级策划', '场地租赁'),
      lineMeta: {},
    });

  it('publishes a saved quote as a quote change with who made it; a refused save and a read publish nothing', async () => {
    const feed = recordChanges(t.core);
    expect((await save(1)).ok).toBe(true);
    const saved = await feed.next((e) => e.call === 'quotes.save');
    expect(saved.changes).toEqual([{ kind: 'quote', id: quote.id }]);
    expect(saved.by?.name).toBe('王经理');
    expect(Number.isNaN(Date.parse(saved.at))).toBe(false);

    // Stale revision: refused, rolled back. A read. Then a write whose event marks "after".
    const refused = await save(1, '过期的保存');
    expect(refused.ok).toBe(false);
    await t.ok('quotes.get', { id: quote.id });
    await t.ok('clients.save', { ...CLIENT, id: clientId, name: '星河乳业集团' });
    const after = await feed.next((e) => e.call === 'clients.save');
    expect(after.changes).toEqual([{ kind: 'client', id: clientId }]);
    // Events arrive in commit order: anything the refusal or the read published would be between.
    // (On PostgreSQL the set-up's own events may still arrive after subscribing: they come first.)
    expect(feed.events.slice(feed.events.indexOf(saved)).map((e) => e.call)).toEqual(['quotes.save', 'clients.save']);
    feed.stop();
  });
});
