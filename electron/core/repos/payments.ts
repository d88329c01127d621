import type { Kysely } from 'kysely';
import type { Milestone, MilestoneInput, PaymentPlan, PaymentTemplate } from '@shared/contract';
import { daysOverdue, dueDateOf, type MilestoneFacts } from '@shared/collection';
import type { CurrencyCode } from '@shared/money';
import type { Database } from '../db/schema';

/** Payment plans, milestones, invoices and receipts (DOMAIN.md §7). All SQL of the area lives here. */

export async function listTemplates(db: Kysely<Database>): Promise<PaymentTemplate[]> {
  const rows = await db.selectFrom('payment_templates').selectAll().orderBy('position').orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, milestones: JSON.parse(r.milestones) as MilestoneInput[] }));
}

export async function replaceTemplates(db: Kysely<Database>, items: PaymentTemplate[]): Promise<void> {
  await db.deleteFrom('payment_templates').execute();
  for (const [i, t] of items.entries())
    await db
      .insertInto('payment_templates')
      .values({ name: t.name, position: i + 1, milestones: JSON.stringify(t.milestones) })
      .execute();
}

/** The proposal's client, status and won total (the linked quote's total, tax included). */
export async function proposalForPlan(db: Kysely<Database>, proposalId: number) {
  return db
    .selectFrom('proposals as p')
    .leftJoin('quotes as q', 'q.id', 'p.quote_id')
    .select(['p.id', 'p.client_id', 'p.status', 'p.title', 'p.decided_at', 'q.total', 'q.currency'])
    .where('p.id', '=', proposalId)
    .executeTakeFirst();
}

export async function planActivity(db: Kysely<Database>, proposalId: number) {
  const row = await db
    .selectFrom('payment_milestones as m')
    .leftJoin('payment_receipts as r', 'r.milestone_id', 'm.id')
    .select((e) => [e.fn.count<number>('r.id').as('receipts'), e.fn.count<number>('m.invoiced_on').as('invoices')])
    .where('m.proposal_id', '=', proposalId)
    .executeTakeFirst();
  return { receipts: Number(row?.receipts ?? 0), invoices: Number(row?.invoices ?? 0) };
}

export interface ResolvedMilestone extends MilestoneInput {
  amount: number;
}

export async function writePlan(
  db: Kysely<Database>,
  plan: { proposalId: number; currency: string; total: number; at: string; by: number | null; signedOn: string | null },
  milestones: ResolvedMilestone[],
): Promise<void> {
  await db.deleteFrom('payment_milestones').where('proposal_id', '=', plan.proposalId).execute();
  await db
    .insertInto('payment_plans')
    .values({
      proposal_id: plan.proposalId,
      currency: plan.currency,
      total: plan.total,
      created_at: plan.at,
      updated_at: plan.at,
      updated_by: plan.by,
    })
    .onConflict((oc) =>
      oc.column('proposal_id').doUpdateSet({
        currency: plan.currency,
        total: plan.total,
        updated_at: plan.at,
        updated_by: plan.by,
      }),
    )
    .execute();
  for (const [i, m] of milestones.entries())
    await db
      .insertInto('payment_milestones')
      .values({
        proposal_id: plan.proposalId,
        position: i + 1,
        label: m.label,
        percent: m.percent ?? null,
        fixed_amount: m.amount === undefined || m.percent !== undefined ? null : m.amount,
        amount: m.amount,
        due_on: m.dueOn ?? null,
        trigger: m.trigger ?? null,
        trigger_days: m.trigger === undefined ? null : (m.triggerDays ?? 0),
        // Signing has happened when the proposal is won: that trigger starts at once.
        trigger_on: m.trigger === 'signing' ? plan.signedOn : null,
      })
      .execute();
}

export async function findMilestone(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('payment_milestones as m')
    .select([
      'm.id',
      'm.proposal_id',
      'm.amount',
      (e) =>
        e
          .selectFrom('payment_receipts as r')
          .select((r) => r.fn.coalesce(r.fn.sum<number>('r.amount'), r.lit(0)).as('s'))
          .whereRef('r.milestone_id', '=', 'm.id')
          .as('received'),
    ])
    .where('m.id', '=', id)
    .executeTakeFirst();
}

export async function updateMilestone(
  db: Kysely<Database>,
  id: number,
  values: { trigger_on?: string; invoiced_on?: string; invoice_number?: string },
): Promise<void> {
  await db.updateTable('payment_milestones').set(values).where('id', '=', id).execute();
}

export async function insertReceipt(
  db: Kysely<Database>,
  r: { milestoneId: number; receivedOn: string; amount: number; note: string; at: string; by: number | null },
): Promise<void> {
  await db
    .insertInto('payment_receipts')
    .values({
      milestone_id: r.milestoneId,
      received_on: r.receivedOn,
      amount: r.amount,
      note: r.note,
      created_at: r.at,
      created_by: r.by,
    })
    .execute();
}

export async function readPlan(db: Kysely<Database>, proposalId: number, today: string): Promise<PaymentPlan | null> {
  const plan = await db
    .selectFrom('payment_plans as pp')
    .innerJoin('proposals as p', 'p.id', 'pp.proposal_id')
    .select(['pp.proposal_id', 'pp.currency', 'pp.total', 'pp.updated_at', 'p.client_id'])
    .where('pp.proposal_id', '=', proposalId)
    .executeTakeFirst();
  if (!plan) return null;
  const [rows, receipts] = await Promise.all([
    db.selectFrom('payment_milestones').selectAll().where('proposal_id', '=', proposalId).orderBy('position').execute(),
    db
      .selectFrom('payment_receipts as r')
      .innerJoin('payment_milestones as m', 'm.id', 'r.milestone_id')
      .select(['r.id', 'r.milestone_id', 'r.received_on', 'r.amount', 'r.note'])
      .where('m.proposal_id', '=', proposalId)
      .orderBy('r.received_on')
      .orderBy('r.id')
      .execute(),
  ]);
  const milestones: Milestone[] = rows.map((m) => {
    const own = receipts.filter((r) => r.milestone_id === m.id);
    const received = own.reduce((s, r) => s + r.amount, 0);
    const effectiveDueOn = dueDateOf({ dueOn: m.due_on, triggerOn: m.trigger_on, triggerDays: m.trigger_days });
    return {
      id: m.id,
      position: m.position,
      label: m.label,
      percent: m.percent,
      fixedAmount: m.fixed_amount,
      amount: m.amount,
      dueOn: m.due_on,
      trigger: m.trigger,
      triggerDays: m.trigger_days,
      triggerOn: m.trigger_on,
      effectiveDueOn,
      invoiceNumber: m.invoice_number,
      invoicedOn: m.invoiced_on,
      received,
      outstanding: m.amount - received,
      daysOverdue: daysOverdue({ dueOn: effectiveDueOn }, today),
      receipts: own.map((r) => ({ id: r.id, receivedOn: r.received_on, amount: r.amount, note: r.note })),
    };
  });
  return {
    proposalId: plan.proposal_id,
    clientId: plan.client_id,
    currency: plan.currency as CurrencyCode,
    total: plan.total,
    received: milestones.reduce((s, m) => s + m.received, 0),
    milestones,
    updatedAt: plan.updated_at,
  };
}

/**
 * Every milestone of plans in `currency`, with what was received, for the receivables figures; of
 * one client, or of several (a list: the clients the analytics recompute), when given.
 */
export async function loadCollectionFacts(
  db: Kysely<Database>,
  currency: string,
  clientId?: number | readonly number[],
) {
  let milestones = db
    .selectFrom('payment_milestones as m')
    .innerJoin('payment_plans as pp', 'pp.proposal_id', 'm.proposal_id')
    .innerJoin('proposals as p', 'p.id', 'm.proposal_id')
    .innerJoin('clients as c', 'c.id', 'p.client_id')
    .select([
      'm.id',
      'm.proposal_id',
      'm.label',
      'm.amount',
      'm.due_on',
      'm.trigger_on',
      'm.trigger_days',
      'm.invoiced_on',
      'm.invoice_number',
      'p.client_id',
      'p.title',
      'c.name as client_name',
      (e) =>
        e
          .selectFrom('payment_receipts as r')
          .select((r) => r.fn.coalesce(r.fn.sum<number>('r.amount'), r.lit(0)).as('s'))
          .whereRef('r.milestone_id', '=', 'm.id')
          .as('received'),
    ])
    .where('pp.currency', '=', currency);
  let receipts = db
    .selectFrom('payment_receipts as r')
    .innerJoin('payment_milestones as m', 'm.id', 'r.milestone_id')
    .innerJoin('payment_plans as pp', 'pp.proposal_id', 'm.proposal_id')
    .innerJoin('proposals as p', 'p.id', 'm.proposal_id')
    .select(['p.client_id', 'r.received_on', 'r.amount'])
    .where('pp.currency', '=', currency);
  if (typeof clientId === 'number') {
    milestones = milestones.where('p.client_id', '=', clientId);
    receipts = receipts.where('p.client_id', '=', clientId);
  } else if (clientId !== undefined) {
    // An empty IN list is not SQL: no client has id −1.
    const ids = clientId.length > 0 ? [...clientId] : [-1];
    milestones = milestones.where('p.client_id', 'in', ids);
    receipts = receipts.where('p.client_id', 'in', ids);
  }
  const [m, r] = await Promise.all([milestones.execute(), receipts.execute()]);
  const facts = m.map((row) => ({
    id: row.id,
    clientId: row.client_id,
    amount: row.amount,
    received: Number(row.received ?? 0),
    dueOn: dueDateOf({ dueOn: row.due_on, triggerOn: row.trigger_on, triggerDays: row.trigger_days }),
    invoicedOn: row.invoiced_on,
    proposalId: row.proposal_id,
    proposalTitle: row.title,
    clientName: row.client_name,
    label: row.label,
    invoiceNumber: row.invoice_number,
  })) satisfies MilestoneFacts[];
  return {
    milestones: facts,
    receipts: r.map((x) => ({ clientId: x.client_id, receivedOn: x.received_on, amount: x.amount })),
  };
}
