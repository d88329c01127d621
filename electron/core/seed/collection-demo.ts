import type { Kysely } from 'kysely';
import { addDays, daysBetween } from '@shared/analytics/care';
import { costToServe, resolvePlan } from '@shared/collection';
import { localIsoDate } from '@shared/dates/local';
import type { Lang } from '@shared/i18n/lang';
import type { Database } from '../db/schema';
import { insertCostEntry } from '../repos/cost-to-serve';
import { insertReceipt, updateMilestone, writePlan, type ResolvedMilestone } from '../repos/payments';
import { pick } from './proposal-lives';

/**
 * How a won project's money came in, by how long ago it was won (days): what finance would see in
 * an agency that collects — everything won more than four months ago paid in full, a few recent
 * projects late, the newest not yet due. Days are counted from the win; receipts are never later
 * than yesterday.
 */
interface Terms {
  /** Deposit and final instalment due, days after the win. */
  depositDue: number;
  finalDue: number;
  /** Share of each instalment paid (0, part, 1), and how many days after its due date. */
  depositPaid: number;
  finalPaid: number;
  delay: number;
}

/** The story each recent win tells; older ones are simply paid. */
function termsOf(age: number, k: number, story: 'slow' | 'part' | null): Terms {
  const paidUp = { depositDue: 10, finalDue: 60, depositPaid: 1, finalPaid: 1, delay: k % 4 === 0 ? 12 : 3 + (k % 3) };
  // One short event project whose final instalment, due two weeks after the win, is still unpaid
  // more than 60 days on: the receivables' >90/61–90 bucket and the client's 回款慢 warning.
  if (story === 'slow') return { depositDue: 7, finalDue: 14, depositPaid: 1, finalPaid: 0, delay: 4 };
  // A deposit half paid and weeks late.
  if (story === 'part') return { ...paidUp, depositPaid: 0.5, finalPaid: 0 };
  if (age > 120) return paidUp;
  // Two to four months: the final instalment is due; one client in four has not paid it yet.
  if (age > 60) return { ...paidUp, finalDue: 45, finalPaid: k % 4 === 0 ? 0 : 1 };
  // One to two months: deposit in, final not due yet.
  if (age > 30) return { ...paidUp, finalPaid: 0 };
  // This month: the deposit invoiced at signing, due in two weeks, paid once a few days past it.
  return { ...paidUp, depositDue: 14, depositPaid: age >= 17 ? 1 : 0, finalPaid: 0 };
}

/**
 * The demo's life after the win (DOMAIN.md §7), so every new screen has real content: payment
 * plans on the won proposals dated from each win — old projects collected, a few recent ones
 * overdue (one client over 60 days: 回款慢), one deposit part-paid, the newest not yet due —
 * acceptances on the day of the win, cost-to-serve entries on lost pitches and account work, and
 * forecast months.
 */
export async function seedCollectionDemo(
  db: Kysely<Database>,
  o: { ownerId: number; financeId: number; at: string; today: string; language: Lang },
): Promise<void> {
  const won = await db
    .selectFrom('proposals as p')
    .innerJoin('quotes as q', 'q.id', 'p.quote_id')
    .select(['p.id', 'p.client_id', 'p.decided_at', 'q.total', 'q.currency'])
    .where('p.status', '=', 'won')
    .orderBy('p.id')
    .execute();
  const dated = won.map((p) => {
    const wonOn = p.decided_at ? localIsoDate(new Date(p.decided_at)) : o.today;
    return { ...p, wonOn, age: daysBetween(wonOn, o.today) };
  });
  // The stories go to the oldest recent wins that can carry them (ages are fixed by the seed).
  const oldestIn = (min: number, max: number) =>
    dated.filter((p) => p.age >= min && p.age <= max).sort((a, b) => b.age - a.age)[0]?.id;
  const slow = oldestIn(75, 120);
  const part = oldestIn(40, 60);
  const yesterday = addDays(o.today, -1);
  const labels = [pick(o.language, '预付款', 'Deposit'), pick(o.language, '尾款', 'Final payment')];
  for (const [k, p] of dated.entries()) {
    const t = termsOf(p.age, k, p.id === slow ? 'slow' : p.id === part ? 'part' : null);
    const on = (n: number) => addDays(p.wonOn, n);
    const spec = [
      { label: labels[0]!, percent: '50', dueOn: on(t.depositDue) },
      { label: labels[1]!, percent: '50', dueOn: on(t.finalDue) },
    ];
    const plan = resolvePlan(p.total, spec);
    if (!plan.ok) continue;
    const milestones: ResolvedMilestone[] = spec.map((m, n) => ({ ...m, amount: plan.amounts[n]! }));
    await writePlan(
      db,
      { proposalId: p.id, currency: p.currency, total: p.total, at: o.at, by: o.ownerId, signedOn: p.wonOn },
      milestones,
    );
    const ids = await db
      .selectFrom('payment_milestones')
      .select(['id', 'amount'])
      .where('proposal_id', '=', p.id)
      .orderBy('position')
      .execute();
    const ref = (n: number) => `${p.wonOn.slice(0, 4)}-${String(p.id).padStart(3, '0')}${n}`;
    for (const [n, m] of ids.entries()) {
      const due = n === 0 ? t.depositDue : t.finalDue;
      const paid = n === 0 ? t.depositPaid : t.finalPaid;
      // The deposit is invoiced the day after signing, the final instalment two weeks before it is due.
      const invoicedOn = n === 0 ? on(1) : on(Math.max(1, due - 14));
      if (invoicedOn > o.today) continue;
      await updateMilestone(db, m.id, { invoice_number: `INV-${ref(n + 1)}`, invoiced_on: invoicedOn });
      const receivedOn = on(due + t.delay) < yesterday ? on(due + t.delay) : yesterday;
      const amount = Math.round(m.amount * paid);
      if (amount > 0 && on(due) <= o.today)
        await insertReceipt(db, {
          milestoneId: m.id,
          receivedOn,
          amount,
          note: paid < 1 ? pick(o.language, '部分付款', 'Part payment') : '',
          at: o.at,
          by: o.financeId,
        });
    }
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
        accepted_on: p.wonOn,
        signed_by: pick(o.language, '市场总监', 'Marketing Director'),
        contract_number: `HT-${ref(0).slice(0, -1)}`,
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
  // The pitch work is logged in the week before the client said no.
  const lost = await db
    .selectFrom('proposals')
    .select(['id', 'client_id', 'decided_at'])
    .where('status', '=', 'lost')
    .orderBy('id')
    .execute();
  const biggest = await db.selectFrom('clients').select('id').orderBy('id').executeTakeFirst();
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
      on: addDays(p.decided_at ? localIsoDate(new Date(p.decided_at)) : o.today, -7),
      kind: 'lost_proposal' as const,
      days: 6 + (k % 3) * 2,
      note: pick(o.language, '比稿投入', 'Pitch work'),
    })),
    // The squeezed big account (the first client) also takes free extra work and reviews this
    // quarter: with its discounts, why the biggest client is not the most profitable one.
    ...[0, 1, 2].map((k) => ({
      client: biggest?.id ?? won[k]?.client_id ?? 0,
      proposal: null,
      on: addDays(o.today, -15 - k * 11),
      kind: k === 0 ? ('free_extra' as const) : ('account_management' as const),
      days: k === 0 ? 6 : 3 + k,
      note:
        k === 0
          ? pick(o.language, '额外免费出了一版方案', 'An extra version of the plan, free of charge')
          : pick(o.language, '季度复盘会', 'Quarterly review meeting'),
    })),
    // Account work on two other served clients.
    ...won.slice(1, 3).map((p, k) => ({
      client: p.client_id,
      proposal: null,
      on: addDays(o.today, -20 - k * 13),
      kind: 'account_management' as const,
      days: 2,
      note: pick(o.language, '季度复盘会', 'Quarterly review meeting'),
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
        ...(k === 0
          ? {
              win_probability: '75',
              win_probability_reason: pick(
                o.language,
                '客户已口头确认预算',
                'The client confirmed the budget verbally',
              ),
            }
          : {}),
      })
      .where('id', '=', p.id)
      .execute();
  }
}
