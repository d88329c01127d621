import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pipeline } from '@shared/archive/pipeline';
import type { AccountAnalytics, ClientFigures, QuoteRecord, User } from '@shared/contract';
import { openTestCore, type TestCore } from './support/core';

/**
 * Issue 14's analytics findings, each as it was reported: the action, then the figures before and
 * after, on a real SQLite file. Today is 2026-06-30; settings are the defaults (asleep ≥ 365 days,
 * half asleep ≥ 180, silence ≥ 60, relationship 5 years).
 *
 *   星河 (A): won 2024-07-01 net 300,000.00 (the project that gets archived), 2025-10-01 1,125,000.00,
 *            2026-05-01 1,200,000.00 → revenue 2,625,000.00, cost 1,680,000.00.
 *   沉睡 (B): its only project, won 2023-05-01 net 500,000.00, cost 300,000.00; nothing since.
 *   美元 (C): one win in USD, 2026-03-01, US$100,000.00, cost US$60,000.00.
 *   计划 (D): a visit on 2026-01-01 (with a perfunctory reply noted) and one planned for 2026-07-15.
 */
const TODAY = new Date('2026-06-30T04:00:00.000Z');

describe('issue 14: account analytics survive real use', () => {
  let t: TestCore;
  let finance: User;
  /** Calls are made as a user (the workspace has two): the admin unless finance is named. */
  let admin: number;
  const ok = <T = unknown>(name: string, args: unknown = {}, userId = admin) => t.ok<T>(name, args, userId);
  const ids: Record<string, number> = {};
  const proposalOf: Record<string, number> = {};
  const analytics = () => ok<AccountAnalytics>('accounts.analytics');
  const pipeline = () => ok<Pipeline>('archive.pipeline', { filters: {}, period: 'year' });
  const fig = (a: AccountAnalytics, name: string): ClientFigures => a.clients.find((c) => c.clientId === ids[name])!;

  beforeAll(async () => {
    t = await openTestCore(() => TODAY);
    await t.ok('workspace.setup', {
      mode: 'empty',
      adminName: '王经理',
      companyName: '星火传播',
      language: 'zh-CN',
      adminPassword: 'admin password 1',
    });
    admin = (await t.ok<{ items: User[] }>('users.list')).items[0]!.id;
    finance = await t.ok<User>(
      'users.create',
      { name: '周敏', role: 'finance', password: 'finance password 1' },
      admin,
    );
    const client = async (name: string) =>
      (
        await t.query<{ id: number }>(
          `insert into clients (name, industry, status, price_sensitivity, related_sales, created_at, updated_at)
           values (?, '快消', 'active', 'sensitive', 0, ?, ?) returning id`,
          name,
          '2023-01-01T00:00:00.000Z',
          '2023-01-01T00:00:00.000Z',
        )
      )[0]!.id;
    for (const name of ['星河', '沉睡', '美元', '计划']) ids[name] = await client(name);
    const proposal = async (...values: unknown[]) =>
      (
        await t.query<{ id: number }>(
          `insert into proposals (client_id, quote_id, title, status, sections, created_at, updated_at, decided_at)
           values (?, ?, ?, 'won', '[]', ?, ?, ?) returning id`,
          ...values,
        )
      )[0]!.id;
    // A real quote (one pass-through line, no tax or discount: net = the line's price), and a
    // proposal won on that day linked to it.
    const won = async (name: string, title: string, day: string, net: number, cost: number, currency = 'CNY') => {
      const at = `${day}T08:00:00.000Z`;
      const q = await ok<QuoteRecord>('quotes.create', {
        clientId: ids[name],
        title,
        document: {
          format: 'workbench.quote/1',
          title,
          currency,
          difficulty: { level: 2, rationale: '' },
          taxPercent: '0',
          sections: [
            {
              title: '执行',
              lines: [{ kind: 'item', description: '项目', quantity: '1', unit: '项', unitPrice: net, unitCost: cost }],
            },
          ],
        },
      });
      proposalOf[title] = await proposal(ids[name], q.id, title, at, at, at);
    };
    await won('星河', 'A1', '2024-07-01', 30_000_000, 18_000_000);
    await won('星河', 'A2', '2025-10-01', 112_500_000, 70_000_000);
    await won('星河', 'A3', '2026-05-01', 120_000_000, 80_000_000);
    await won('沉睡', 'B1', '2023-05-01', 50_000_000, 30_000_000);
    await won('美元', 'C1', '2026-03-01', 10_000_000, 6_000_000, 'USD');
    await ok('visits.save', {
      clientId: ids['计划'],
      visitedOn: '2026-01-01',
      contactId: null,
      purpose: '季度回顾',
      plan: '',
      outcome: '对方答复敷衍',
      nextStep: '',
      signals: ['perfunctory'],
    });
    await ok('visits.save', {
      clientId: ids['计划'],
      visitedOn: '2026-07-15',
      contactId: null,
      purpose: '年中拜访',
      plan: '',
      outcome: '',
      nextStep: '',
    });
  });
  afterAll(() => t.dispose());

  it('archiving a won project changes no analytics figure and no win rate', async () => {
    const before = await analytics();
    const pipeBefore = await pipeline();
    // Before: 星河 has 3 projects, revenue 2,625,000.00; first win 2024-07-01 (729 days ago).
    expect(fig(before, '星河')).toMatchObject({ projects: 3, revenue: 262_500_000, cost: 168_000_000 });
    expect(pipeBefore.winRate.overall).toMatchObject({ won: 5, lost: 0, winRate: '100.0' });

    await ok('proposals.transition', { id: proposalOf['A1'], to: 'archived' });
    await ok('proposals.transition', { id: proposalOf['B1'], to: 'archived' });

    const after = await analytics();
    // Every figure of every client, the Pareto, tiers and dormancy counts: unchanged.
    expect(after).toEqual(before);
    expect(fig(after, '星河')).toMatchObject({ projects: 3, revenue: 262_500_000 });
    // 沉睡's only project is archived: its revenue stays, and the filing woke nobody.
    expect(fig(after, '沉睡')).toMatchObject({ projects: 1, revenue: 50_000_000, dormancy: 'asleep' });
    // An archived win is still a win in the pipeline's win rates.
    const pipeAfter = await pipeline();
    expect(pipeAfter.winRate).toEqual(pipeBefore.winRate);
  });

  it('dormancy follows real contact: filing and future visits are not contact', async () => {
    const a = await analytics();
    // 沉睡: last contact is its win on 2023-05-01 (1,156 days), though the proposal was edited today.
    expect(fig(a, '沉睡')).toMatchObject({
      lastTouch: '2023-05-01',
      lastContactKind: 'won',
      daysSinceTouch: 1156,
      dormancy: 'asleep',
    });
    // 计划: the visit on 2026-07-15 is a plan, listed as upcoming; contact was 2026-01-01 (180 days).
    expect(fig(a, '计划')).toMatchObject({
      lastTouch: '2026-01-01',
      lastContactKind: 'visit',
      daysSinceTouch: 180,
      nextVisitOn: '2026-07-15',
      dormancy: 'half_asleep',
    });
    // The long-silence warning uses the same definition and says what the last contact was.
    expect(fig(a, '计划').churn).toContainEqual({
      code: 'long_silence',
      value: 180,
      date: '2026-01-01',
      contactKind: 'visit',
    });
  });

  it('counts perfunctory replies and disagreement noted on visits as churn signals, with dates', async () => {
    const a = await analytics();
    expect(fig(a, '计划').churn).toContainEqual({
      code: 'perfunctory',
      value: 1,
      date: '2026-01-01',
      contactKind: null,
    });
    expect(fig(a, '计划').churn.some((r) => r.code === 'disagreement')).toBe(false);
    await ok('visits.save', {
      clientId: ids['计划'],
      visitedOn: '2026-06-01',
      contactId: null,
      purpose: '方案沟通',
      plan: '',
      outcome: '市场部与采购部意见不一',
      nextStep: '',
      signals: ['disagreement', 'perfunctory'],
    });
    const after = fig(await analytics(), '计划');
    expect(after.churn).toContainEqual({ code: 'perfunctory', value: 2, date: '2026-06-01', contactKind: null });
    expect(after.churn).toContainEqual({ code: 'disagreement', value: 1, date: '2026-06-01', contactKind: null });
    // The visit itself is contact: 29 days ago, so no more long silence.
    expect(after).toMatchObject({ lastTouch: '2026-06-01', daysSinceTouch: 29, dormancy: null });
    expect(after.churn.some((r) => r.code === 'long_silence')).toBe(false);
  });

  it('a USD win is listed as unconverted, then converted with the rate of its day', async () => {
    const before = await analytics();
    expect(fig(before, '美元')).toMatchObject({ projects: 0, revenue: 0, lifetimeValue: 0 });
    expect(before.unconverted).toEqual([
      {
        proposalId: proposalOf['C1'],
        clientId: ids['美元'],
        clientName: '美元',
        currency: 'USD',
        net: 10_000_000,
        decidedOn: '2026-03-01',
      },
    ]);
    // A bad rate and a rate for the workspace currency itself are refused, and change nothing.
    expect(
      (
        await t.core.call(
          'exchangeRates.save',
          { currency: 'USD', rateOn: '2026-02-27', rate: '-7' },
          { userId: finance.id },
        )
      ).ok,
    ).toBe(false);
    const same = await t.core.call(
      'exchangeRates.save',
      { currency: 'CNY', rateOn: '2026-02-27', rate: '1' },
      { userId: finance.id },
    );
    expect(same.ok).toBe(false);
    if (!same.ok) expect(same.error.messages['zh-CN']).toContain('无需为工作区货币');
    await ok('exchangeRates.save', { currency: 'USD', rateOn: '2026-02-27', rate: '7.1' }, finance.id);
    // A later rate must not be used for a win decided before it.
    await ok('exchangeRates.save', { currency: 'USD', rateOn: '2026-04-01', rate: '7.3' }, finance.id);

    const after = await analytics();
    expect(after.unconverted).toEqual([]);
    // US$100,000.00 × 7.1 = ¥710,000.00; cost US$60,000.00 × 7.1 = ¥426,000.00.
    expect(after.conversions).toEqual([
      {
        proposalId: proposalOf['C1'],
        clientId: ids['美元'],
        currency: 'USD',
        net: 10_000_000,
        rate: '7.1',
        rateOn: '2026-02-27',
        convertedNet: 71_000_000,
      },
    ]);
    expect(fig(after, '美元')).toMatchObject({
      projects: 1,
      revenue: 71_000_000,
      cost: 42_600_000,
      projects12m: 1,
      revenue12m: 71_000_000,
      profit12m: 28_400_000,
    });
    // It now counts in the tiers and the Pareto too.
    expect(after.pareto.map((p) => p.clientId)).toContain(ids['美元']);
    expect(before.pareto.map((p) => p.clientId)).not.toContain(ids['美元']);
  });

  it('let-go and asleep clients show historic value, not a projected lifetime value', async () => {
    const a = await analytics();
    // 沉睡 is asleep: lifetime = what it brought (500,000.00; profit 200,000.00), not yearly × 5.
    expect(fig(a, '沉睡')).toMatchObject({
      valueBasis: 'historic',
      lifetimeValue: 50_000_000,
      lifetimeProfit: 20_000_000,
    });
    expect(fig(a, '星河').valueBasis).toBe('projected');
    await t.query(`update clients set status = 'let_go' where id = ?`, ids['星河']);
    const letGo = fig(await analytics(), '星河');
    expect(letGo).toMatchObject({ valueBasis: 'historic', lifetimeValue: 262_500_000, lifetimeProfit: 94_500_000 });
    await t.query(`update clients set status = 'active' where id = ?`, ids['星河']);
  });

  it('displayed numbers multiply out: yearly value = average spend × projects per year + related sales', async () => {
    const a = await analytics();
    // 星河: 3 projects since 2024-07-01 (729 days): 3 × 365 / 729 = 1.502… → 1.50 per year;
    // average 262,500,000 / 3 = 87,500,000; yearly = 87,500,000 × 1.50 = 131,250,000 exactly
    // (the old formula gave round(262,500,000 × 365 / 729) = 131,430,041, which no shown figures make).
    expect(fig(a, '星河')).toMatchObject({
      averageSpend: 87_500_000,
      projectsPerYear: '1.50',
      yearlyValue: 131_250_000,
      averageProfit: 31_500_000,
      yearlyProfit: 47_250_000,
      lifetimeValue: 656_250_000,
      lifetimeProfit: 236_250_000,
    });
    for (const c of a.clients) {
      const perYear = Math.round(Number(c.projectsPerYear) * 100);
      expect(c.yearlyValue, c.name).toBe(Math.round((c.averageSpend * perYear) / 100) + c.relatedSales);
      expect(c.yearlyProfit, c.name).toBe(Math.round((c.averageProfit * perYear) / 100));
      if (c.valueBasis === 'projected') expect(c.lifetimeValue).toBe(c.yearlyValue * a.relationshipYears);
    }
  });

  it('reopening an archived win takes the outcome back, and winning again restores it', async () => {
    // Reopening (archived → negotiating) takes the outcome back: the project leaves the figures.
    await ok('proposals.transition', { id: proposalOf['A1'], to: 'negotiating' });
    expect(fig(await analytics(), '星河')).toMatchObject({ projects: 2, revenue: 232_500_000 });
    await ok('proposals.transition', { id: proposalOf['A1'], to: 'won' });
    await ok('proposals.transition', { id: proposalOf['A1'], to: 'archived' });
    expect(fig(await analytics(), '星河')).toMatchObject({ projects: 3, revenue: 262_500_000 });
  });
});
