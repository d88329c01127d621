import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AccountAnalytics,
  ClientCollectionFigures,
  CostEntry,
  PaymentPlan,
  Receivables,
  User,
} from '@shared/contract';
import { openTestCore, snapshotTables, type TestCore } from './support/core';

/**
 * Payment collection and cost to serve (DOMAIN.md §7) through the handlers, on a real SQLite file
 * and on PostgreSQL.
 * Fixtures are inserted with plain SQL (clients, quotes, won proposals), the §7 data through the
 * calls a user makes. Every expected figure below is computed by hand in the comments.
 */

let clock = new Date('2027-06-30T04:00:00.000Z');

async function workspace(): Promise<{ t: TestCore; admin: User }> {
  const t = await openTestCore(() => clock);
  await t.ok('workspace.setup', { mode: 'empty', adminName: '王经理', companyName: '星火传播', language: 'zh-CN' });
  const admin = (await t.ok<{ items: User[] }>('users.list')).items[0]!;
  return { t, admin };
}

async function insertClient(t: TestCore, name: string): Promise<number> {
  const [row] = await t.query<{ id: number }>(
    `insert into clients (name, industry, status, price_sensitivity, created_at, updated_at)
     values (?, '快消', 'active', 'sensitive', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z') returning id`,
    name,
  );
  return Number(row!.id);
}

/** A proposal in `status` with a quote of the given net, cost and total (tax included). */
async function insertProposal(
  t: TestCore,
  clientId: number,
  f: { status: string; net: number; cost: number; total: number; decided: string },
): Promise<number> {
  const [quote] = await t.query<{ id: number }>(
    `insert into quotes (client_id, title, currency, document, line_count, subtotal, net, tax, total, cost, created_at, updated_at)
     values (?, 'q', 'CNY', '{}', 1, ?, ?, ?, ?, ?, ?, ?) returning id`,
    clientId,
    f.net,
    f.net,
    f.total - f.net,
    f.total,
    f.cost,
    f.decided,
    f.decided,
  );
  const [proposal] = await t.query<{ id: number }>(
    `insert into proposals (client_id, quote_id, title, status, sections, created_at, updated_at, decided_at)
     values (?, ?, '年度项目', ?, '[]', ?, ?, ?) returning id`,
    clientId,
    quote!.id,
    f.status,
    f.decided,
    f.decided,
    f.decided,
  );
  return Number(proposal!.id);
}

function refusal(r: Awaited<ReturnType<TestCore['core']['call']>>) {
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}

describe('payment plans: milestones always sum to the won total', () => {
  let t: TestCore;
  let proposalId: number;
  beforeAll(async () => {
    ({ t } = await workspace());
    const clientId = await insertClient(t, '星河乳业');
    proposalId = await insertProposal(t, clientId, { status: 'won', net: 1, cost: 0, total: 1, decided: '2027-06-01' });
  });
  afterAll(() => t.dispose());

  const setTotal = (total: number) =>
    t.query('update quotes set total = ? where id = (select quote_id from proposals where id = ?)', total, proposalId);

  it('for any total and any split into percents (and amounts), the last percent takes the remainder', async () => {
    const percentText = fc.integer({ min: 0, max: 10000 }).map((bp) => (bp / 100).toFixed(2));
    const milestone = fc.oneof(
      { weight: 4, arbitrary: percentText.map((percent) => ({ percent })) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 10 ** 8 }).map((amount) => ({ amount })) },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.array(milestone, { minLength: 1, maxLength: 6 }).filter((ms) => ms.some((m) => 'percent' in m)),
        async (total, split) => {
          await setTotal(total);
          const r = await t.core.call(
            'payments.setPlan',
            {
              proposalId,
              milestones: split.map((m, i) => ({ label: `第${i + 1}期`, dueOn: '2027-12-31', ...m })),
            },
            {},
          );
          // Refused only when the milestones before the remainder already pass the total.
          let before = 0;
          for (const [i, m] of split.entries())
            if (!('percent' in m) || i !== split.map((x) => 'percent' in x).lastIndexOf(true))
              before +=
                'amount' in m
                  ? m.amount
                  : Number((BigInt(total) * BigInt(Math.round(Number(m.percent) * 100)) * 2n + 10000n) / 20000n);
          if (!r.ok) {
            expect(before).toBeGreaterThan(total);
            return;
          }
          expect(before).toBeLessThanOrEqual(total);
          const plan = r.result as PaymentPlan;
          expect(plan.total).toBe(total);
          const [stored] = await t.query<{ s: number | string }>(
            'select sum(amount) as s from payment_milestones where proposal_id = ?',
            proposalId,
          );
          expect(Number(stored!.s)).toBe(total);
          expect(plan.milestones.reduce((s, m) => s + m.amount, 0)).toBe(total);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('30/40/30 of ¥10,000.01: 300,000 + 400,000 + the remainder 300,001', async () => {
    await setTotal(1000001);
    const plan = await t.ok<PaymentPlan>('payments.setPlan', {
      proposalId,
      milestones: [
        { label: '预付款', percent: '30', trigger: 'signing', triggerDays: 7 },
        { label: '中期款', percent: '40', trigger: 'delivery', triggerDays: 30 },
        { label: '尾款', percent: '30', trigger: 'completion', triggerDays: 30 },
      ],
    });
    expect(plan.milestones.map((m) => m.amount)).toEqual([300000, 400000, 300001]);
    // Signing happened when the proposal was won (2027-06-01): due 7 days later; the others wait.
    expect(plan.milestones.map((m) => m.effectiveDueOn)).toEqual(['2027-06-08', null, null]);
  });

  it('refuses a plan over the total, in both languages, changing nothing', async () => {
    await setTotal(1000000);
    const before = await snapshotTables(t.core);
    const over = refusal(
      await t.core.call('payments.setPlan', {
        proposalId,
        milestones: [
          { label: '预付款', percent: '50', dueOn: '2027-07-01' },
          { label: '固定款', amount: 600000, dueOn: '2027-08-01' },
          { label: '尾款', percent: '10', dueOn: '2027-09-01' },
        ],
      }),
    );
    expect(over.code).toBe('validation');
    expect(over.issues?.[0]?.path).toEqual(['milestones', 1, 'amount']);
    expect(over.issues?.[0]?.messages.en).toContain('CNY 11,000.00');
    expect(over.issues?.[0]?.messages['zh-CN']).toContain('超过中标总额');
    const under = refusal(
      await t.core.call('payments.setPlan', {
        proposalId,
        milestones: [{ label: '全款', amount: 999999, dueOn: '2027-07-01' }],
      }),
    );
    expect(under.issues?.[0]?.code).toBe('collection.plan_under_total');
    expect(await snapshotTables(t.core)).toBe(before);
  });

  it('received never exceeds due: part payments up to the amount, not one fen more (the database refuses too)', async () => {
    await setTotal(1000000);
    const plan = await t.ok<PaymentPlan>('payments.setPlan', {
      proposalId,
      milestones: [
        { label: '预付款', percent: '50', dueOn: '2027-07-01' },
        { label: '尾款', percent: '50', dueOn: '2027-09-01' },
      ],
    });
    const first = plan.milestones[0]!.id;
    await t.ok('payments.invoice', { milestoneId: first, invoicedOn: '2027-06-20', invoiceNumber: 'INV-001' });
    await t.ok('payments.receive', { milestoneId: first, receivedOn: '2027-06-25', amount: 200000 });
    const before = await snapshotTables(t.core);
    const over = refusal(
      await t.core.call('payments.receive', { milestoneId: first, receivedOn: '2027-06-26', amount: 300001 }),
    );
    expect(over.issues?.[0]?.code).toBe('collection.received_over_due');
    expect(over.issues?.[0]?.messages.en).toContain('CNY 3,000.00');
    expect(await snapshotTables(t.core)).toBe(before);
    const after = await t.ok<PaymentPlan>('payments.receive', {
      milestoneId: first,
      receivedOn: '2027-06-26',
      amount: 300000,
    });
    expect(after.milestones[0]).toMatchObject({ received: 500000, outstanding: 0, invoiceNumber: 'INV-001' });
    expect(after.received).toBe(500000);
    // A plan with money on record is not replaced.
    expect(
      refusal(
        await t.core.call('payments.setPlan', {
          proposalId,
          milestones: [{ label: '全款', percent: '100', dueOn: '2027-07-01' }],
        }),
      ).code,
    ).toBe('conflict');
    // And the database holds the rule on its own.
    await expect(
      t.query(
        `insert into payment_receipts (milestone_id, received_on, amount, created_at) values (?, '2027-06-27', 1, 'x')`,
        first,
      ),
    ).rejects.toThrow(/exceed the amount due/);
  });

  it('refuses a plan on a proposal that is not won', async () => {
    const clientId = await insertClient(t, '云帆科技');
    const sent = await insertProposal(t, clientId, {
      status: 'sent',
      net: 100,
      cost: 0,
      total: 100,
      decided: '2027-06-01',
    });
    const r = refusal(
      await t.core.call('payments.setPlan', {
        proposalId: sent,
        milestones: [{ label: '全款', percent: '100', dueOn: '2027-07-01' }],
      }),
    );
    expect(r.code).toBe('conflict');
    expect(r.messages['zh-CN']).toContain('已中标');
  });
});

describe('receivables: aging, DSO, 回款慢', () => {
  let t: TestCore;
  const ids = {} as { 甲: number; 乙: number; 大: number; 小: number; 丙: number };
  beforeAll(async () => {
    clock = new Date('2027-06-30T04:00:00.000Z');
    ({ t } = await workspace());
    ids.甲 = await insertClient(t, '甲');
    ids.乙 = await insertClient(t, '乙');
    const p甲 = await insertProposal(t, ids.甲, {
      status: 'won',
      net: 9433962,
      cost: 5000000,
      total: 10000000,
      decided: '2026-11-01',
    });
    const p乙 = await insertProposal(t, ids.乙, {
      status: 'won',
      net: 1000000,
      cost: 500000,
      total: 1000000,
      decided: '2027-03-01',
    });
    // 甲, total 10,000,000 in amounts, today 2027-06-30:
    //   M1 1,000,000 due 06-15 (15 days over)  invoiced 06-01            → 0–30
    //   M2 2,000,000 due 05-16 (45)             invoiced 04-16, paid 500,000 on 05-20 → 31–60: 1,500,000
    //   M3 3,000,000 due 04-16 (75)             invoiced 03-17            → 61–90
    //   M4 1,500,000 due 01-01 (180)            invoiced 2026-12-01, paid 250,000 on 2026-12-20 → >90: 1,250,000
    //   M5 1,000,000 due 07-30 (not yet)        invoiced 06-20            → not due
    //   M6 1,500,000 due 09-30, not invoiced: only scheduled, not a receivable.
    const plan = await t.ok<PaymentPlan>('payments.setPlan', {
      proposalId: p甲,
      milestones: [
        { label: 'M1', amount: 1000000, dueOn: '2027-06-15' },
        { label: 'M2', amount: 2000000, dueOn: '2027-05-16' },
        { label: 'M3', amount: 3000000, dueOn: '2027-04-16' },
        { label: 'M4', amount: 1500000, dueOn: '2027-01-01' },
        { label: 'M5', amount: 1000000, dueOn: '2027-07-30' },
        { label: 'M6', amount: 1500000, dueOn: '2027-09-30' },
      ],
    });
    const m = plan.milestones.map((x) => x.id);
    const invoice = (i: number, on: string) =>
      t.ok('payments.invoice', { milestoneId: m[i], invoicedOn: on, invoiceNumber: `INV-${i + 1}` });
    await invoice(0, '2027-06-01');
    await invoice(1, '2027-04-16');
    await invoice(2, '2027-03-17');
    await invoice(3, '2026-12-01');
    await invoice(4, '2027-06-20');
    await t.ok('payments.receive', { milestoneId: m[1], receivedOn: '2027-05-20', amount: 500000 });
    await t.ok('payments.receive', { milestoneId: m[3], receivedOn: '2026-12-20', amount: 250000 });
    // 乙: one milestone of 1,000,000 due 2027-05-01, not invoiced: 60 days overdue today.
    await t.ok('payments.setPlan', {
      proposalId: p乙,
      milestones: [{ label: '全款', percent: '100', dueOn: '2027-05-01' }],
    });
  });
  afterAll(() => t.dispose());

  it('aging buckets, outstanding, overdue and DSO match the hand-computed figures', async () => {
    const figures = await t.ok<ClientCollectionFigures>('receivables.client', { clientId: ids.甲 });
    expect(figures).toMatchObject({
      // 1,000,000 + 1,500,000 + 3,000,000 + 1,250,000 + 1,000,000
      outstanding: 7750000,
      overdue: 6750000,
      overdue60: 4250000,
      // Received in 2027 only: the 2026-12-20 payment is last year.
      collectedThisYear: 500000,
      // Invoiced 2027-04-02 … 06-30: M1, M2, M5.
      billed90: 4000000,
      // round(7,750,000 × 90 / 4,000,000) = round(174.375)
      dso: 174,
      aging: { not_due: 1000000, d0_30: 1000000, d31_60: 1500000, d61_90: 3000000, over_90: 1250000 },
    });
    const overview = await t.ok<Receivables>('receivables.overview');
    expect(overview.totals.outstanding).toBe(7750000 + 1000000);
    expect(overview.totals.aging.d31_60).toBe(1500000 + 1000000);
    // 乙 has billed nothing: its DSO is undefined, not zero or infinite.
    expect(overview.clients.find((c) => c.clientId === ids.乙)?.dso).toBeNull();
    expect(overview.overdue.map((o) => [o.label, o.daysOverdue, o.outstanding])).toEqual([
      ['M4', 180, 1250000],
      ['M3', 75, 3000000],
      ['全款', 60, 1000000],
      ['M2', 45, 1500000],
      ['M1', 15, 1000000],
    ]);
  });

  it('回款慢 appears in churn warnings at 61 days overdue, not at 60, with the amount', async () => {
    const at60 = await t.ok<AccountAnalytics>('accounts.analytics');
    const slow = (a: AccountAnalytics, id: number) =>
      a.clients.find((c) => c.clientId === id)!.churn.find((r) => r.code === 'slow_payment');
    expect(slow(at60, ids.乙)).toBeUndefined();
    expect(slow(at60, ids.甲)).toMatchObject({ code: 'slow_payment', value: 4250000 });
    clock = new Date('2027-07-01T04:00:00.000Z');
    const at61 = await t.ok<AccountAnalytics>('accounts.analytics');
    expect(slow(at61, ids.乙)).toMatchObject({ code: 'slow_payment', value: 1000000 });
    clock = new Date('2027-06-30T04:00:00.000Z');
  });
});

describe('cost to serve: valued at the rate in force that day, and taken off profit', () => {
  let t: TestCore;
  const ids = {} as { 甲: number; 乙: number; 大: number; 小: number; 丙: number };
  let lost: number;
  beforeAll(async () => {
    clock = new Date('2027-06-30T04:00:00.000Z');
    ({ t } = await workspace());
    ids.大 = await insertClient(t, '大客户');
    ids.小 = await insertClient(t, '小客户');
    ids.丙 = await insertClient(t, '丙');
    await insertProposal(t, ids.大, {
      status: 'won',
      net: 10000000,
      cost: 7000000,
      total: 10600000,
      decided: '2026-06-30',
    });
    await insertProposal(t, ids.小, {
      status: 'won',
      net: 4000000,
      cost: 2000000,
      total: 4240000,
      decided: '2027-01-15',
    });
    lost = await insertProposal(t, ids.丙, {
      status: 'lost',
      net: 3000000,
      cost: 0,
      total: 3000000,
      decided: '2027-06-20',
    });
    await t.ok('rateCard.save', {
      role: '高级策划',
      currency: 'CNY',
      rate: 280000,
      costRate: 150000,
      effectiveFrom: '2026-01-01',
    });
    await t.ok('rateCard.save', {
      role: '项目经理',
      currency: 'CNY',
      rate: 400000,
      costRate: 250000,
      effectiveFrom: '2026-01-01',
    });
  });
  afterAll(() => t.dispose());

  it('6 person-days on 2027-06-29 at ¥1,500.00 is ¥9,000.00, and a new rate from the next day leaves it', async () => {
    const pitch = await t.ok<CostEntry>('costToServe.add', {
      clientId: ids.丙,
      proposalId: lost,
      onDate: '2027-06-29',
      kind: 'lost_proposal',
      role: '高级策划',
      days: '6',
      note: '比稿投入 6 人天',
    });
    expect(pitch).toMatchObject({
      costRate: 150000,
      cost: 900000,
      quantity: '6',
      unit: 'days',
      proposalTitle: '年度项目',
    });
    await t.ok('rateCard.save', {
      role: '高级策划',
      currency: 'CNY',
      rate: 300000,
      costRate: 200000,
      effectiveFrom: '2027-06-30',
    });
    // 12 hours on the 29th: 1.5 days at the old rate; 1 day on the 30th at the new one.
    const hours = await t.ok<CostEntry>('costToServe.add', {
      clientId: ids.丙,
      onDate: '2027-06-29',
      kind: 'pitch',
      role: '高级策划',
      hours: '12',
    });
    const nextDay = await t.ok<CostEntry>('costToServe.add', {
      clientId: ids.丙,
      onDate: '2027-06-30',
      kind: 'pitch',
      role: '高级策划',
      days: '1',
    });
    expect([hours.cost, nextDay.cost]).toEqual([225000, 200000]);
    const list = await t.ok<{ items: CostEntry[]; total: number }>('costToServe.list', { clientId: ids.丙 });
    expect(list.items.find((i) => i.id === pitch.id)).toMatchObject({ costRate: 150000, cost: 900000 });
    expect(list.total).toBe(1325000);
  });

  it('refuses a role without a cost rate on that date, changing nothing', async () => {
    const before = await snapshotTables(t.core);
    const r = refusal(
      await t.core.call('costToServe.add', {
        clientId: ids.丙,
        onDate: '2025-06-01',
        kind: 'pitch',
        role: '高级策划',
        days: '1',
      }),
    );
    expect(r.messages.en).toContain('no cost rate for “高级策划” in force on 2025-06-01');
    expect(
      refusal(
        await t.core.call('costToServe.add', {
          clientId: ids.丙,
          onDate: '2027-06-01',
          kind: 'pitch',
          role: '高级策划',
        }),
      ).issues?.[0]?.code,
    ).toBe('collection.duration');
    expect(await snapshotTables(t.core)).toBe(before);
  });

  it('profit after cost to serve in lifetime value and in the Pareto: the biggest client is not the most profitable', async () => {
    // 大: 10 days of a project manager at ¥2,500.00 = 2,500,000 on 2027-06-01.
    await t.ok('costToServe.add', {
      clientId: ids.大,
      onDate: '2027-06-01',
      kind: 'free_extra',
      role: '项目经理',
      days: '10',
    });
    const a = await t.ok<AccountAnalytics>('accounts.analytics');
    const fig = (id: number) => a.clients.find((c) => c.clientId === id)!;
    // 大: first won 2026-06-30, 365 days: yearly profit 3,000,000 before, 500,000 after. Its only
    // contact is that win a year ago, so it is asleep: its lifetime figures are what it brought
    // (historic), not a projection over the relationship length (DOMAIN §4, issue 14).
    expect(fig(ids.大)).toMatchObject({
      profit12m: 3000000,
      costToServe12m: 2500000,
      profit12mAfterCostToServe: 500000,
      yearlyProfit: 3000000,
      yearlyProfitAfterCostToServe: 500000,
      valueBasis: 'historic',
      lifetimeProfit: 3000000,
      lifetimeProfitAfterCostToServe: 500000,
    });
    expect(fig(ids.小)).toMatchObject({ profit12mAfterCostToServe: 2000000, lifetimeProfitAfterCostToServe: 10000000 });
    // 丙 only pitched and lost: 1,325,000 of cost over a year is a loss of that much.
    expect(fig(ids.丙)).toMatchObject({ costToServe: 1325000, yearlyProfitAfterCostToServe: -1325000 });
    expect(a.pareto.map((p) => [p.name, p.profit, p.profitBeforeCostToServe, p.revenueRank, p.sharePercent])).toEqual([
      ['小客户', 2000000, 2000000, 2, '80.0'],
      ['大客户', 500000, 3000000, 1, '20.0'],
    ]);
    expect(fig(ids.大).profitRank).toBe(2);
  });
});

describe('the demo workspace after the win', () => {
  it('has plans with money paid, due and overdue (one over 60 days), acceptances, cost to serve and forecast months', async () => {
    clock = new Date('2027-06-30T04:00:00.000Z');
    const t = await openTestCore(() => clock);
    try {
      await t.ok('workspace.setup', { mode: 'demo', adminName: '王经理', companyName: '星火传播', language: 'zh-CN' });
      const r = await t.ok<Receivables>('receivables.overview');
      expect(r.totals.collectedThisYear).toBeGreaterThan(0);
      expect(r.totals.outstanding).toBeGreaterThan(r.totals.overdue);
      expect(r.totals.overdue60).toBeGreaterThan(0);
      expect(r.overdue.length).toBeGreaterThan(0);
      const a = await t.ok<AccountAnalytics>('accounts.analytics');
      expect(a.clients.some((c) => c.churn.some((x) => x.code === 'slow_payment'))).toBe(true);
      expect(a.clients.some((c) => c.costToServe > 0)).toBe(true);
      const [acceptances] = await t.query<{ n: number | string }>('select count(*) as n from proposal_acceptances');
      expect(Number(acceptances!.n)).toBeGreaterThan(0);
      const forecast = await t.ok<{ months: { month: string | null }[] }>('forecast.pipeline');
      expect(forecast.months.filter((m) => m.month !== null).length).toBeGreaterThan(1);
    } finally {
      await t.dispose();
    }
  });
});
