import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuoteRecord, QuoteSummary } from '@shared/contract';
import { openTestCore, type TestCore } from './support/core';
import { WORKED_QUOTE } from './support/export-fixtures';

/**
 * Issue 14: "Stored totals never go stale." After finance changed the level-3 multiplier,
 * quotes.get (computed) and quotes.list (stored columns) disagreed. Decision: quotes that inherit a
 * workspace default are recomputed in the same transaction as the change
 * (electron/core/services/recompute-quotes.ts says why); a quote that pins its own keeps its figures.
 */
describe('stored totals follow the workspace defaults a quote inherits', () => {
  let t: TestCore;
  let inheriting: QuoteRecord;
  let pinned: QuoteRecord;
  const listed = async (id: number) =>
    (await t.ok<{ items: QuoteSummary[] }>('quotes.list')).items.find((q) => q.id === id)!;

  beforeAll(async () => {
    t = await openTestCore(() => new Date('2026-05-01T08:00:00.000Z'));
    await t.ok('workspace.setup', { mode: 'empty', adminName: '王经理', companyName: '星火传播', language: 'zh-CN' });
    const [client] = await t.query<{ id: number }>(
      `insert into clients (name, industry, created_at, updated_at) values ('星河乳业', '快消', '2026-01-01', '2026-01-01') returning id`,
    );
    const clientId = client!.id;
    // The worked example without its own multipliers (it inherits them), and one with them pinned.
    const { difficultyMultipliers, ...withoutMultipliers } = WORKED_QUOTE;
    inheriting = await t.ok<QuoteRecord>('quotes.create', {
      clientId,
      title: '继承',
      document: { ...withoutMultipliers, title: '继承' },
    });
    pinned = await t.ok<QuoteRecord>('quotes.create', {
      clientId,
      title: '固定',
      document: {
        ...WORKED_QUOTE,
        title: '固定',
        difficultyMultipliers: difficultyMultipliers ?? {
          '1': '0.90',
          '2': '1.00',
          '3': '1.15',
          '4': '1.30',
          '5': '1.50',
        },
      },
    });
  });
  afterAll(() => t.dispose());

  it('recomputes an inheriting quote when finance changes the level-3 multiplier; list = get', async () => {
    const before = await listed(inheriting.id);
    expect(before.total).toBe(inheriting.computed.total);
    const pinnedBefore = await listed(pinned.id);

    const { ...settings } = await t.ok<Record<string, unknown>>('settings.get');
    delete settings.updatedAt;
    delete settings.updatedBy;
    await t.ok('settings.update', {
      ...settings,
      difficultyMultipliers: { '1': '0.90', '2': '1.00', '3': '1.40', '4': '1.50', '5': '1.60' },
    });

    const got = await t.ok<QuoteRecord>('quotes.get', { id: inheriting.id });
    const after = await listed(inheriting.id);
    // The engine's result for the new inputs (labor lines at ×1.40) is what the list shows.
    expect(got.computed.total).toBeGreaterThan(before.total);
    expect([after.total, after.net, after.marginPercent]).toEqual([
      got.computed.total,
      got.computed.net,
      got.computed.marginPercent,
    ]);
    // The pinned quote keeps its own multipliers and its figures.
    const pinnedGot = await t.ok<QuoteRecord>('quotes.get', { id: pinned.id });
    expect(await listed(pinned.id)).toMatchObject({ total: pinnedBefore.total, net: pinnedBefore.net });
    expect(pinnedGot.computed.total).toBe(pinnedBefore.total);
    // The search index carries the new amount too (re-indexed in the same transaction).
    const [hit] = await t.query<{ amount: number }>(
      `select amount from search_docs where doc_key = ?`,
      `quote:${inheriting.id}`,
    );
    expect(hit!.amount).toBe(got.computed.total);
  });
});
