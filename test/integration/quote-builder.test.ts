import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QuoteRecord, RateCardEntry } from '@shared/contract';
import { computeQuote, type QuoteInterchange } from '@shared/quote';
import { openDemoCore, snapshotTables, type TestCore } from './support/core';

/** DOMAIN.md §1's worked example, with line ids so the metadata can refer to them. */
function workedExample(rate = 280000): QuoteInterchange {
  return {
    format: 'workbench.quote/1',
    title: '2027 品牌发布会',
    currency: 'CNY',
    difficulty: { level: 3, rationale: '两周工期，三方审批' },
    taxPercent: '6',
    discount: { percent: '5', reason: '年度框架', condition: '客户续签下一年度' },
    sections: [
      {
        title: '策划',
        lines: [
          { kind: 'labor', id: 'a', role: '高级策划', headcount: '2', days: '3.5', rate, costRate: 150000 },
          { kind: 'labor', id: 'b', role: '设计师', headcount: '1', days: '2.25', rate: 166667, costRate: 90000 },
          { kind: 'item', id: 'c', description: '场地租赁', quantity: '1', unitPrice: 1234567, unitCost: 1100000 },
        ],
      },
    ],
  };
}

describe('quote builder handlers (real SQLite)', () => {
  let tc: TestCore;
  let clientId: number;
  let card: RateCardEntry;
  beforeEach(async () => {
    tc = await openDemoCore(() => new Date('2026-11-20T08:00:00Z'), {
      mode: 'demo',
      adminName: '王芳',
      companyName: '星河',
      language: 'zh-CN',
    });
    clientId = (await tc.ok<{ items: { id: number }[] }>('clients.list')).items[0]!.id;
    card = await tc.ok<RateCardEntry>('rateCard.save', {
      role: '高级策划（测试）',
      currency: 'CNY',
      rate: 280000,
      costRate: 150000,
      effectiveFrom: '2026-01-01',
    });
  });
  afterEach(async () => {
    await tc.dispose();
  });

  async function created(): Promise<QuoteRecord> {
    return tc.ok<QuoteRecord>('quotes.create', { clientId, title: '发布会' });
  }
  function meta(cardRate: number, rateReason = '') {
    return { a: { rateCardRoleId: card.id, cardRate, cardCostRate: 150000, rateReason, marketReferenceId: null } };
  }

  it('stores the engine’s figures, recomputed in the core, whatever the caller sent', async () => {
    const q = await created();
    expect(q.revision).toBe(1);
    expect(q.document.taxPercent).toBe('0'); // copied from the workspace
    const saved = await tc.ok<QuoteRecord>('quotes.save', {
      id: q.id,
      revision: 1,
      clientId,
      ownerId: q.ownerId,
      document: workedExample(),
      lineMeta: meta(280000),
    });
    expect(saved.revision).toBe(2);
    const expected = computeQuote(workedExample());
    expect(saved.computed.total).toBe(3947257);
    expect(saved.computed).toMatchObject({
      subtotal: expected.subtotal,
      discount: 195991,
      net: 3723827,
      tax: 223430,
      cost: 2352500,
      marginPercent: '36.8',
    });
    const [row] = await tc.query(
      'select subtotal, discount, net, tax, total, cost, margin_percent, line_count from quotes where id = ?',
      q.id,
    );
    expect(row).toEqual({
      subtotal: 3919818,
      discount: 195991,
      net: 3723827,
      tax: 223430,
      total: 3947257,
      cost: 2352500,
      margin_percent: '36.8',
      line_count: 3,
    });
    const list = await tc.ok<{ items: { id: number; total: number }[] }>('quotes.list');
    expect(list.items.find((i) => i.id === q.id)?.total).toBe(3947257);
  });

  it('keeps an existing quote as it was when the rate card changes', async () => {
    const q = await created();
    await tc.ok('quotes.save', {
      id: q.id,
      revision: 1,
      clientId,
      ownerId: null,
      document: workedExample(),
      lineMeta: meta(280000),
    });
    const before = await tc.ok<QuoteRecord>('quotes.get', { id: q.id });
    const { updatedAt: _u, ...entry } = card;
    await tc.ok('rateCard.save', { ...entry, rate: 350000 });
    await tc.ok('rateCard.save', {
      role: card.role,
      currency: 'CNY',
      rate: 400000,
      costRate: 200000,
      effectiveFrom: '2026-11-01',
    });
    const after = await tc.ok<QuoteRecord>('quotes.get', { id: q.id });
    expect(after.document).toEqual(before.document);
    expect(after.computed.total).toBe(3947257);
    expect(after.lineMeta.a?.cardRate).toBe(280000);
    // The card now offers the newer entry for new lines.
    const current = await tc.ok<{ items: RateCardEntry[] }>('rateCard.list', { asOf: '2026-11-20', currency: 'CNY' });
    expect(current.items.filter((e) => e.role === card.role).map((e) => e.rate)).toEqual([400000]);
  });

  it('refuses a rate changed from the card without a reason, and records the reason given', async () => {
    const q = await created();
    const refused = await tc.core.call('quotes.save', {
      id: q.id,
      revision: 1,
      clientId,
      ownerId: null,
      document: workedExample(300000),
      lineMeta: meta(280000),
    });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('validation');
    expect(refused.error.issues?.[0]?.path).toEqual(['document', 'sections', 0, 'lines', 0, 'rate']);
    expect(refused.error.issues?.[0]?.messages['zh-CN']).toContain('调整原因');

    const saved = await tc.ok<QuoteRecord>('quotes.save', {
      id: q.id,
      revision: 1,
      clientId,
      ownerId: null,
      document: workedExample(300000),
      lineMeta: meta(280000, '客户指定资深团队'),
    });
    expect(saved.lineMeta.a).toEqual({
      rateCardRoleId: card.id,
      cardRate: 280000,
      cardCostRate: 150000,
      rateReason: '客户指定资深团队',
      marketReferenceId: null,
    });
    const [row] = await tc.query(
      'select rate_reason from quote_line_meta where quote_id = ? and line_id = ?',
      q.id,
      'a',
    );
    expect(row).toEqual({ rate_reason: '客户指定资深团队' });
  });

  it('refuses a stale save with conflict and writes nothing', async () => {
    const q = await created();
    const args = { id: q.id, revision: 1, clientId, ownerId: null, document: workedExample(), lineMeta: meta(280000) };
    await tc.ok('quotes.save', args);
    const before = await snapshotTables(tc.core);
    const stale = await tc.core.call('quotes.save', { ...args, document: { ...workedExample(), title: '旧窗口' } });
    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect(stale.error.code).toBe('conflict');
    expect(stale.error.messages['zh-CN']).toContain('修订 2');
    expect(await snapshotTables(tc.core)).toBe(before);
  });

  it('refuses an invalid document at its field and stores nothing', async () => {
    const q = await created();
    const before = await snapshotTables(tc.core);
    const bad = workedExample();
    (bad.sections[0]!.lines[0] as { headcount: string }).headcount = 'abc';
    bad.discount = { amount: 999999999, reason: 'x', condition: 'y' };
    const r = await tc.core.call('quotes.save', {
      id: q.id,
      revision: 1,
      clientId,
      ownerId: null,
      document: bad,
      lineMeta: {},
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('validation');
    expect(r.error.issues?.map((i) => i.path.join('.'))).toContain('document.sections.0.lines.0.headcount');
    expect(await snapshotTables(tc.core)).toBe(before);
  });

  it('duplicates with metadata, deletes, and keeps drafts per editor session', async () => {
    const q = await created();
    await tc.ok('quotes.save', {
      id: q.id,
      revision: 1,
      clientId,
      ownerId: null,
      document: workedExample(),
      lineMeta: meta(280000),
    });
    const copy = await tc.ok<QuoteRecord>('quotes.duplicate', { id: q.id });
    expect(copy.id).not.toBe(q.id);
    expect(copy.document.title).toBe('2027 品牌发布会（副本）');
    expect(copy.lineMeta.a?.cardRate).toBe(280000);
    expect(copy.computed.total).toBe(3947257);

    const state = {
      clientId,
      ownerId: null,
      title: '草稿中',
      currency: 'CNY',
      validUntil: '',
      taxPercent: '6',
      difficultyLevel: '3',
      rationale: '',
      qualityAndEffect: '',
      discountMode: 'none',
      discountValue: '',
      discountReason: '',
      discountCondition: '',
      carried: {},
      sections: [],
    };
    await tc.ok('quotes.draftSave', { quoteId: copy.id, sessionId: 's1', baseRevision: 1, state });
    const draft = await tc.ok<{ draft: { state: { title: string } } | null }>('quotes.draftGet', { quoteId: copy.id });
    expect(draft.draft?.state.title).toBe('草稿中');
    // Saving from that session makes its draft obsolete.
    await tc.ok('quotes.save', {
      id: copy.id,
      revision: copy.revision,
      clientId,
      ownerId: null,
      document: copy.document,
      lineMeta: copy.lineMeta,
      sessionId: 's1',
    });
    expect((await tc.ok<{ draft: unknown }>('quotes.draftGet', { quoteId: copy.id })).draft).toBeNull();

    await tc.ok('quotes.delete', { id: copy.id });
    const gone = await tc.core.call('quotes.get', { id: copy.id });
    expect(gone.ok ? null : gone.error.code).toBe('not_found');
  });

  it('searches the market library and flags references older than 12 months', async () => {
    await tc.ok('market.save', {
      kind: 'role',
      name: '短视频剪辑',
      currency: 'CNY',
      unitPrice: 120000,
      unit: '人天',
      source: '2024 薪酬调研',
      date: '2024-05-01',
    });
    const found = await tc.ok<{ items: { name: string; stale: boolean }[] }>('market.list', { search: '剪辑' });
    expect(found.items).toEqual([expect.objectContaining({ name: '短视频剪辑', stale: true })]);
    const all = await tc.ok<{ items: { stale: boolean }[] }>('market.list', {});
    expect(all.items.some((i) => !i.stale)).toBe(true);
  });
});
