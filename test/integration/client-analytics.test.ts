import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountAnalytics, ClientFigures, KeyAccountList, Survey } from '@shared/contract';
import { openTestCore, type TestCore } from './support/core';

/**
 * The account analytics against a hand-built workspace on a real SQLite file. Today is
 * 2027-06-30; the 12-month window starts 2026-06-30 (today − 365 days). Settings are the defaults:
 * dozing 90 / half asleep 180 / asleep 365 days, silence 60 days, price pressure 2 discounted
 * quotes, 2 lost proposals, frequency A ≥ 3 and B ≥ 1 projects, relationship 5 years.
 *
 *   甲 (quality): won 2025-06-30 net 1,000,000 cost 600,000; 2026-12-31 2,000,000/1,500,000;
 *      2027-03-31 3,000,000/1,800,000; 2027-05-31 2,000,000/900,000. Related sales 100,000/yr.
 *      Visit 2027-06-01, a top-management contact.
 *   乙: won 2027-01-30 net 8,000,000 cost 7,600,000 (subtotal 8,500,000: discounted), one more
 *      discounted quote 2027-02-01, an open complaint, a visit 2027-06-20, no top management.
 *   丙: won 2026-09-30 1,000,000/200,000; lost 2027-02-01 and 2027-03-01; no visit; a survey.
 *   丁: no projects, a visit 2026-12-01.   戊 (paused): nothing since created 2026-02-01.
 *   己 (let go): nothing.
 */
const TODAY = new Date('2027-06-30T04:00:00.000Z');

describe('account analytics on hand-computed fixtures', () => {
  let t: TestCore;
  let analytics: AccountAnalytics;
  const ids: Record<string, number> = {};
  const fig = (name: string): ClientFigures => analytics.clients.find((c) => c.clientId === ids[name])!;

  beforeAll(async () => {
    t = await openTestCore(() => TODAY);
    await t.ok('workspace.setup', { mode: 'empty', adminName: '王经理', companyName: '星火传播', language: 'zh-CN' });
    const client = (...values: unknown[]) =>
      t.query<{ id: number }>(
        `insert into clients (name, industry, status, price_sensitivity, character_level, professionalism_level, related_sales, created_at, updated_at)
         values (?, '快消', ?, 'sensitive', ?, ?, ?, ?, ?) returning id`,
        ...values,
      );
    const add = async (
      name: string,
      status: string,
      ch: string | null,
      pro: string | null,
      related: number,
      created: string,
    ) => {
      ids[name] = (await client(name, status, ch, pro, related, created, created))[0]!.id;
    };
    await add('甲', 'active', 'high', 'high', 100_000, '2025-01-01T00:00:00.000Z');
    await add('乙', 'active', null, null, 0, '2025-01-01T00:00:00.000Z');
    await add('丙', 'active', 'high', 'low', 0, '2025-01-01T00:00:00.000Z');
    await add('丁', 'active', null, null, 0, '2025-01-01T00:00:00.000Z');
    await add('戊', 'paused', null, null, 0, '2026-02-01T00:00:00.000Z');
    await add('己', 'let_go', null, null, 0, '2025-01-01T00:00:00.000Z');

    const quote = async (...values: unknown[]) =>
      (
        await t.query<{ id: number }>(
          `insert into quotes (client_id, title, currency, document, line_count, subtotal, net, tax, total, cost, created_at, updated_at)
           values (?, 'q', 'CNY', '{}', 1, ?, ?, 0, ?, ?, ?, ?) returning id`,
          ...values,
        )
      )[0]!.id;
    const proposal = (...values: unknown[]) =>
      t.query(
        `insert into proposals (client_id, quote_id, title, status, sections, created_at, updated_at, decided_at)
         values (?, ?, 'p', ?, '[]', ?, ?, ?)`,
        ...values,
      );
    const project = async (name: string, status: string, day: string, net: number, cost: number, subtotal = net) => {
      const at = `${day}T08:00:00.000Z`;
      const q = await quote(ids[name], subtotal, net, net, cost, at, at);
      await proposal(ids[name], q, status, at, at, status === 'won' || status === 'lost' ? at : null);
    };
    await project('甲', 'won', '2025-06-30', 1_000_000, 600_000);
    await project('甲', 'won', '2026-12-31', 2_000_000, 1_500_000);
    await project('甲', 'won', '2027-03-31', 3_000_000, 1_800_000);
    await project('甲', 'won', '2027-05-31', 2_000_000, 900_000);
    await project('乙', 'won', '2027-01-30', 8_000_000, 7_600_000, 8_500_000);
    await quote(ids['乙'], 1_000_000, 900_000, 900_000, 500_000, '2027-02-01T00:00:00Z', '2027-02-01T00:00:00Z');
    await project('丙', 'won', '2026-09-30', 1_000_000, 200_000);
    await project('丙', 'lost', '2027-02-01', 500_000, 300_000);
    await project('丙', 'lost', '2027-03-01', 500_000, 300_000);

    const visit = (...values: unknown[]) =>
      t.query(
        `insert into visits (client_id, visited_on, purpose, created_at) values (?, ?, '回访', '2027-01-01')`,
        ...values,
      );
    await visit(ids['甲'], '2027-06-01');
    await visit(ids['乙'], '2027-06-20');
    await visit(ids['丁'], '2026-12-01');
    await t.query(
      `insert into contacts (client_id, name, role, decision_maker, top_management) values (?, '赵总', '总裁', true, true)`,
      ids['甲'],
    );
    await t.query(
      `insert into complaints (client_id, received_on, received_by, severity, description, created_at) values (?, '2027-05-01', '客服', 'high', '延误', '2027-05-01')`,
      ids['乙'],
    );

    await t.ok('surveys.save', {
      clientId: ids['丙'],
      surveyedOn: '2027-05-15',
      dimensions: {
        professional: { expectation: 8, experience: 5 },
        value: { expectation: 8, experience: 8 },
        personal: { expectation: 7, experience: 9 },
        dedication: { expectation: 8, experience: 7 },
      },
      aspects: {
        product: { importance: 9, performance: 6 },
        service: { importance: 8, performance: 7 },
        relationship: { importance: 7, performance: 8 },
        convenience: { importance: 5, performance: 6 },
        brand: { importance: 6, performance: 7 },
        price: { importance: 8, performance: 5 },
      },
      note: '',
    });
    analytics = await t.ok<AccountAnalytics>('accounts.analytics');
  });
  afterAll(() => t.dispose());

  it('computes yearly value, lifetime value and lifetime profit', () => {
    // 甲: 4 projects, revenue 8,000,000, cost 4,800,000; first won 2025-06-30 = 730 days ago.
    // average spend 8,000,000 / 4 = 2,000,000; projects per year 4 × 365 / 730 = 2.00;
    // yearly value = round(8,000,000 × 365 / 730) + 100,000 = 4,100,000; × 5 years = 20,500,000.
    // yearly profit = round(3,200,000 × 365 / 730) = 1,600,000; × 5 = 8,000,000.
    expect(fig('甲')).toMatchObject({
      projects: 4,
      revenue: 8_000_000,
      cost: 4_800_000,
      averageSpend: 2_000_000,
      projectsPerYear: '2.00',
      yearlyValue: 4_100_000,
      yearlyProfit: 1_600_000,
      lifetimeValue: 20_500_000,
      lifetimeProfit: 8_000_000,
    });
    // 乙: one project 151 days ago; the span is at least 365 days, so the yearly value is its net.
    // yearly value 8,000,000, profit 400,000; lifetime 40,000,000 and 2,000,000.
    expect(fig('乙')).toMatchObject({
      yearlyValue: 8_000_000,
      yearlyProfit: 400_000,
      lifetimeValue: 40_000_000,
      lifetimeProfit: 2_000_000,
    });
    // 丙: won 273 days ago → span 365; lost proposals bring no revenue.
    expect(fig('丙')).toMatchObject({
      projects: 1,
      yearlyValue: 1_000_000,
      yearlyProfit: 800_000,
      lifetimeProfit: 4_000_000,
    });
    expect(fig('丁')).toMatchObject({ projects: 0, yearlyValue: 0, lifetimeValue: 0, lifetimeProfit: 0 });
  });

  it('puts clients in ABC tiers by 12-month revenue and frequency', () => {
    // 12-month revenue: 乙 8,000,000; 甲 2,000,000 + 3,000,000 + 2,000,000 = 7,000,000; 丙 1,000,000.
    // Total 16,000,000. 乙: 0 before it → A; 甲: 8,000,000 before = 50% < 80% → A;
    // 丙: 15,000,000 before = 93.75% (≥ 80, < 95) → B; no revenue → C.
    // Frequency: 甲 3 projects → A; 乙 1 → B; 丙 1 → B; none → C. Tier = the worse of the two.
    expect([fig('甲').revenueTier, fig('甲').frequencyTier, fig('甲').tier]).toEqual(['A', 'A', 'A']);
    expect([fig('乙').revenueTier, fig('乙').frequencyTier, fig('乙').tier]).toEqual(['A', 'B', 'B']);
    expect([fig('丙').revenueTier, fig('丙').frequencyTier, fig('丙').tier]).toEqual(['B', 'B', 'B']);
    expect(fig('丁').tier).toBe('C');
    expect(analytics.tierCounts).toEqual({ A: 1, B: 2, C: 3 });
  });

  it('ranks the 12-month profit for the Pareto view, beside the revenue rank', () => {
    // Profit: 甲 7,000,000 − 4,200,000 = 2,800,000; 丙 800,000; 乙 400,000. Total 4,000,000.
    // Shares 70.0 / 20.0 / 10.0; cumulative 70.0 / 90.0 / 100.0. 乙 is first by revenue, last by profit.
    expect(
      analytics.pareto.map((p) => [
        p.clientId,
        p.profit,
        p.sharePercent,
        p.cumulativePercent,
        p.profitRank,
        p.revenueRank,
      ]),
    ).toEqual([
      [ids['甲'], 2_800_000, '70.0', '70.0', 1, 2],
      [ids['丙'], 800_000, '20.0', '90.0', 2, 3],
      [ids['乙'], 400_000, '10.0', '100.0', 3, 1],
    ]);
    // Top fifth of 3 clients = ceil(0.6) = 1 client: 2,800,000 / 4,000,000 = 70.0%.
    expect([analytics.topFifthCount, analytics.topFifthSharePercent]).toEqual([1, '70.0']);
  });

  it('bands dormant clients by days since the last contact', () => {
    // Contact = visits that happened, complaints and surveys received, wins, versions sent (issue 14).
    // 甲 last won 2027-05-31 (30 days) but visited 2027-06-01 (29) → awake; 乙 visited 2027-06-20 (10) → awake;
    // 丙's survey was received 2027-05-15 (46 days; a lost proposal is not contact) → awake;
    // 丁 visited 2026-12-01 (211) → half asleep;
    // 戊 created 2026-02-01 (514) → asleep; 己 (created 2025-01-01: 730 + 180 = 910 days) is let go → not banded.
    expect(['甲', '乙', '丙', '丁', '戊', '己'].map((n) => [fig(n).daysSinceTouch, fig(n).dormancy])).toEqual([
      [29, null],
      [10, null],
      [46, null],
      [211, 'half_asleep'],
      [514, 'asleep'],
      [910, null],
    ]);
    expect(analytics.dormancyCounts).toEqual({ dozing: 0, half_asleep: 1, asleep: 1 });
    expect(['甲', '丙', '丁', '戊'].map((n) => fig(n).lastContactKind)).toEqual(['visit', 'survey', 'visit', null]);
  });

  it('lists churn warnings with their reasons', () => {
    expect(fig('甲').churn).toEqual([]);
    const none = { date: null, contactKind: null };
    expect(fig('乙').churn).toEqual([
      { code: 'open_complaints', value: 1, ...none },
      { code: 'price_pressure', value: 2, ...none },
      { code: 'no_top_management', value: null, ...none },
    ]);
    // 丙: never visited, but its survey came back 46 days ago → no long silence; two losses; the
    // survey's professional dimension is 5 − 8 = −3.
    expect(fig('丙').churn).toEqual([
      { code: 'lost_proposals', value: 2, ...none },
      { code: 'no_top_management', value: null, ...none },
      { code: 'dissatisfied', value: -3, ...none },
    ]);
    // 丁: the long silence says what the last contact was and when.
    expect(fig('丁').churn).toEqual([
      { code: 'long_silence', value: 211, date: '2026-12-01', contactKind: 'visit' },
      { code: 'no_top_management', value: null, ...none },
    ]);
    expect(fig('己').churn).toEqual([]);
  });

  it('ranks the key experience and finds the weakest satisfaction dimension', async () => {
    const { items } = await t.ok<{ items: Survey[] }>('surveys.list', { clientId: ids['丙'] });
    // Satisfaction = experience − expectation: professional −3, value 0, personal +2, dedication −1.
    expect(items[0]!.satisfaction.map((d) => d.satisfaction)).toEqual([-3, 0, 2, -1]);
    expect(items[0]!.weakest).toBe('professional');
    // importance × (10 − performance): price 8×5 = 40, product 9×4 = 36, service 8×3 = 24,
    // convenience 5×4 = 20, brand 6×3 = 18, relationship 7×2 = 14.
    expect(items[0]!.keyExperience.map((a) => [a.aspect, a.priority])).toEqual([
      ['price', 40],
      ['product', 36],
      ['service', 24],
      ['convenience', 20],
      ['brand', 18],
      ['relationship', 14],
    ]);
  });

  it('proposes key-account candidates and flags accounts that no longer qualify', async () => {
    const { settings } = await t.ok<{ settings: Record<string, unknown> }>('clientSettings.get');
    await t.ok('clientSettings.update', {
      ...settings,
      keyMinYearlyProfit: 1_000_000,
      keyTiers: ['A'],
      keyTypes: ['quality', 'potential'],
    });
    await t.ok('keyAccounts.add', { clientId: ids['乙'], reason: '营收最大' });
    const list = await t.ok<KeyAccountList>('keyAccounts.list');
    // 甲: yearly profit 1,600,000 ≥ 1,000,000, tier A, quality → candidate. 丙 is tier B.
    expect(list.candidates.map((c) => c.clientId)).toEqual([ids['甲']]);
    // 乙: profit 400,000, tier B, type unjudged → fails all three.
    expect(list.current).toEqual([
      expect.objectContaining({ clientId: ids['乙'], failing: ['profit', 'tier', 'type'], addedBy: '王经理' }),
    ]);
    expect(list.overLimit).toBe(false);
    await t.ok('keyAccounts.retire', { clientId: ids['乙'], reason: '不再符合标准' });
    const after = await t.ok<KeyAccountList>('keyAccounts.list');
    expect(after.current).toEqual([]);
    expect(after.history[0]).toMatchObject({ clientId: ids['乙'], retireReason: '不再符合标准', retiredBy: '王经理' });
  });
});
