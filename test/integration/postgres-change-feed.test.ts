import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QuoteRecord } from '@shared/contract';
import type { ChangeEvent } from '@shared/live/changes';
import { openCore } from '../../electron/core';
import { CHANGES_CHANNEL } from '../../electron/core/changes/postgres-feed';
import { createMemoryLogger } from '../../electron/common/log';
import { openTestCore, type TestCore } from './support/core';
import { quoteDocument } from './support/archive-world';
import { CLIENT, recordChanges } from './support/changes';

describe('change feed on PostgreSQL: LISTEN/NOTIFY between server processes', () => {
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

  const save = (revision: number) =>
    t.core.call('quotes.save', {
      id: quote.id,
      revision,
      clientId,
      ownerId: quote.ownerId,
      document: quoteDocument('发布会报价（改）', '活动执行', '高级策划', '场地租赁'),
      lineMeta: {},
    });

  it('on PostgreSQL reaches every server process on the database, only on commit, and ignores foreign payloads', async () => {
    const other = await openCore({ team: { url: t.pg!.url, poolMax: 2 }, log: createMemoryLogger() });
    try {
      const here = recordChanges(t.core);
      const there = recordChanges(other);
      // A write through the first process is heard by the second…
      expect((await save(1)).ok).toBe(true);
      const heard = await there.next((e) => e.call === 'quotes.save');
      expect(heard.changes).toEqual([{ kind: 'quote', id: quote.id }]);
      // …and by the first, through the same LISTEN connection (one path for its own writes too).
      await here.next((e) => e.call === 'quotes.save');

      // A NOTIFY in a transaction that rolls back is never delivered; a payload that is not an
      // event (anyone who may connect may NOTIFY) is dropped.
      const raw = new pg.Client({ connectionString: t.pg!.url });
      await raw.connect();
      try {
        const fake: ChangeEvent = {
          call: 'quotes.save',
          at: new Date().toISOString(),
          by: null,
          changes: [{ kind: 'quote', id: 999 }],
        };
        await raw.query('begin');
        await raw.query('select pg_notify($1, $2)', [CHANGES_CHANNEL, JSON.stringify(fake)]);
        await raw.query('rollback');
        await raw.query('select pg_notify($1, $2)', [CHANGES_CHANNEL, '{"call":"x","changes":"everything"}']);
        await raw.query('select pg_notify($1, $2)', [CHANGES_CHANNEL, 'not json']);
      } finally {
        await raw.end();
      }
      // A write through the second process, heard by the first: the marker that all before it arrived.
      const r = await other.call('clients.save', { ...CLIENT, id: clientId, name: '星河乳业集团' });
      expect(r.ok).toBe(true);
      await here.next((e) => e.call === 'clients.save');
      const mine = here.events.slice(here.events.findIndex((e) => e.call === 'quotes.save'));
      expect(mine.map((e) => e.call)).toEqual(['quotes.save', 'clients.save']);
      expect(here.events.flatMap((e) => e.changes).some((c) => c.id === 999)).toBe(false);
      here.stop();
      there.stop();
    } finally {
      await other.close();
    }
  });
});
