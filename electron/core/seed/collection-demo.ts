import type { Kysely } from 'kysely';
import { addDays } from '@shared/analytics/care';
import { costToServe, resolvePlan } from '@shared/collection';
import type { Database } from '../db/schema';
import { insertCostEntry } from '../repos/cost-to-serve';
import { insertReceipt, updateMilestone, writePlan, type ResolvedMilestone } from '../repos/payments';

/**
 * The demo's life after the win (DOMAIN.md §7), so every new screen has real content: payment
 * plans on the won proposals with money paid, due and overdue (one client over 60 days: 回款慢),
 * acceptances, cost-to-serve entries on lost pitches and account work, and forecast months.
 */
export async function seedCollectionDemo(
  db: Kysely<Database>,
  o: { ownerId: number; at: string; today: string },
): Promise<void> {
  const won = await db
    .selectFrom('proposals as p')
    .innerJoin('quotes as q', 'q.id', 'p.quote_id')
    .select(['p.id', 'p.client_id', 'q.total', 'q.currency'])
    .where('p.status', '=', 'won')
    .orderBy('p.id')
    .execute();
  const day = (n: number) => addDays(o.today, n);
  // Per won proposal: [deposit due, deposit paid share, final due]; days relative to today.
  const shapes = [
    { signed: -130, depositDue: -120, depositPaid: 1, finalDue: -75, finalPaid: 0 }, // final 75 days overdue
    { signed: -50, depositDue: -40, depositPaid: 0.5, finalDue: 30, finalPaid: 0 }, // deposit part-paid, 40 days late
    { signed: -20, depositDue: -10, depositPaid: 1, finalDue: 45, finalPaid: 0 },
    { signed: -5, depositDue: 9, depositPaid: 0, finalDue: 60, finalPaid: 0 },
  ];
  for (const [i, p] of won.entries()) {
    const shape = shapes[i % shapes.length]!;
    const spec = [
      { label: '预付款', percent: '50', dueOn: day(shape.depositDue) },
      { label: '尾款', percent: '50', dueOn: day(shape.finalDue) },
    ];
    const plan = resolvePlan(p.total, spec);
    if (!plan.ok) continue;
    const milestones: ResolvedMilestone[] = spec.map((m, k) => ({ ...m, amount: plan.amounts[k]! }));
    await writePlan(
      db,
      { proposalId: p.id, currency: p.currency, total: p.total, at: o.at, by: o.ownerId, signedOn: day(shape.signed) },
      milestones,
    );
    const ids = await db
      .selectFrom('payment_milestones')
      .select(['id', 'amount'])
      .where('proposal_id', '=', p.id)
      .orderBy('position')
      .execute();
    const [deposit, final] = ids;
    if (!deposit || !final) continue;
    // Every deposit is invoiced on signing (so one is invoiced and not yet due); paid as the shape says.
    await updateMilestone(db, deposit.id, {
      invoice_number: `INV-${o.today.slice(0, 4)}-${String(p.id).padStart(3, '0')}1`,
      invoiced_on: day(Math.min(shape.depositDue - 10, shape.signed + 1)),
    });
    if (shape.depositDue <= 0) {
      const paid = Math.round(deposit.amount * shape.depositPaid);
      if (paid > 0)
        await insertReceipt(db, {
          milestoneId: deposit.id,
          receivedOn: day(shape.depositDue + 3),
          amount: paid,
          note: shape.depositPaid < 1 ? '部分付款' : '',
          at: o.at,
          by: o.ownerId,
        });
    }
    if (shape.finalDue <= 0)
      await updateMilestone(db, final.id, {
        invoice_number: `INV-${o.today.slice(0, 4)}-${String(p.id).padStart(3, '0')}2`,
        invoiced_on: day(shape.finalDue - 15),
      });
    const version = await db
      .selectFrom('proposal_versions')
      .select((e) => e.fn.max('number').as('n'))
      .where('proposal_id', '=', p.id)
      .executeTakeFirst();
    await db
      .insertInto('proposal_acceptances')
      .values({
        proposal_id: p.id,
        version_number: Number(version?.n ?? 1),
        accepted_on: day(shape.signed),
        signed_by: '市场总监',
        contract_number: `HT-${o.today.slice(0, 4)}-${String(p.id).padStart(3, '0')}`,
        scan: null,
        scan_file_name: null,
        scan_mime_type: null,
        recorded_at: o.at,
        recorded_by: o.ownerId,
      })
      .execute();
  }

  // Cost to serve: pitch time on the lost proposals, account work on a few clients.
  const rates = await db
    .selectFrom('rate_card_roles')
    .select(['id', 'role', 'cost_rate', 'currency'])
    .where('currency', '=', 'CNY')
    .orderBy('id')
    .execute();
  const rate = (k: number) => rates[k % Math.max(1, rates.length)];
  const lost = await db.selectFrom('proposals').select(['id', 'client_id']).where('status', '=', 'lost').execute();
  const entries: {
    client: number;
    proposal: number | null;
    on: string;
    kind: 'lost_proposal' | 'account_management' | 'free_extra';
    days: number;
    note: string;
  }[] = [
    ...lost.map((p, k) => ({
      client: p.client_id,
      proposal: p.id,
      on: day(-20 - k * 9),
      kind: 'lost_proposal' as const,
      days: 6 + (k % 3) * 2,
      note: '比稿投入',
    })),
    ...won.slice(0, 3).map((p, k) => ({
      client: p.client_id,
      proposal: null,
      on: day(-15 - k * 11),
      kind: k === 0 ? ('free_extra' as const) : ('account_management' as const),
      days: 3 + k,
      note: k === 0 ? '额外免费出了一版方案' : '季度复盘会',
    })),
  ];
  for (const [k, e] of entries.entries()) {
    const r = rate(k);
    if (!r) break;
    const quantity = e.days * 1000;
    await insertCostEntry(db, {
      client_id: e.client,
      proposal_id: e.proposal,
      on_date: e.on,
      kind: e.kind,
      role: r.role,
      unit: 'days',
      quantity,
      hours_per_day: '8',
      currency: r.currency,
      cost_rate: r.cost_rate,
      rate_card_role_id: r.id,
      cost: costToServe(quantity, 'days', r.cost_rate, 8000),
      note: e.note,
      created_at: o.at,
      created_by: o.ownerId,
    });
  }

  // The forecast: expected decision months on the open proposals, one override with its reason.
  const open = await db
    .selectFrom('proposals')
    .select('id')
    .where('status', 'in', ['draft', 'pre_communicated', 'sent', 'negotiating'])
    .orderBy('id')
    .execute();
  for (const [k, p] of open.entries()) {
    const month = addDays(o.today, 30 * (1 + (k % 3))).slice(0, 7);
    await db
      .updateTable('proposals')
      .set({
        expected_decision_month: month,
        ...(k === 0 ? { win_probability: '75', win_probability_reason: '客户已口头确认预算' } : {}),
      })
      .where('id', '=', p.id)
      .execute();
  }
}
