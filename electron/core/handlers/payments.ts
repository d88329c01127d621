import { collectionByClient, daysOverdue, dsoOf, emptyAging } from '@shared/collection';
import type { ClientCollectionFigures, Receivables } from '@shared/contract';
import { formatMoney, type CurrencyCode } from '@shared/money';
import { CoreError } from '../errors';
import {
  findMilestone,
  insertReceipt,
  listTemplates,
  loadCollectionFacts,
  readPlan,
  replaceTemplates,
  updateMilestone,
} from '../repos/payments';
import { readSettings } from '../repos/settings';
import { collectionRefusal, setPlan, today } from '../services/payment-plan';
import { isoNow } from '../time';
import { defineHandlers, type HandlerContext } from './types';

async function planOf(ctx: HandlerContext, proposalId: number) {
  const plan = await readPlan(ctx.db, proposalId, today(ctx.now));
  if (!plan) throw new CoreError('not_found', 'error.no_plan');
  return plan;
}

async function milestoneOf(ctx: HandlerContext, id: number) {
  const m = await findMilestone(ctx.db, id);
  if (!m) throw new CoreError('not_found', 'error.not_found');
  return { ...m, received: Number(m.received ?? 0) };
}

const ZERO = { collectedThisYear: 0, outstanding: 0, overdue: 0, overdue60: 0, billed90: 0, dso: null };

export const paymentHandlers = defineHandlers({
  'payments.templates': async (_args, { db }) => ({ items: await listTemplates(db) }),

  'payments.saveTemplates': async (args, ctx) => {
    await replaceTemplates(ctx.db, args.items);
    ctx.audit({ entity: 'payment_templates', detail: { count: args.items.length } });
    return { items: await listTemplates(ctx.db) };
  },

  'payments.plan': async (args, ctx) => ({ plan: await readPlan(ctx.db, args.proposalId, today(ctx.now)) }),

  'payments.setPlan': async (args, ctx) => {
    const plan = await setPlan(ctx, args.proposalId, args.milestones);
    ctx.audit({ entity: 'proposal', entityId: args.proposalId, detail: { milestones: plan.milestones.length } });
    return plan;
  },

  'payments.markTrigger': async (args, ctx) => {
    const m = await milestoneOf(ctx, args.milestoneId);
    await updateMilestone(ctx.db, m.id, { trigger_on: args.triggerOn });
    ctx.audit({ entity: 'payment_milestone', entityId: m.id, detail: { triggerOn: args.triggerOn } });
    return planOf(ctx, m.proposal_id);
  },

  'payments.invoice': async (args, ctx) => {
    const m = await milestoneOf(ctx, args.milestoneId);
    await updateMilestone(ctx.db, m.id, { invoiced_on: args.invoicedOn, invoice_number: args.invoiceNumber });
    ctx.audit({ entity: 'payment_milestone', entityId: m.id, detail: { invoice: args.invoiceNumber } });
    return planOf(ctx, m.proposal_id);
  },

  'payments.receive': async (args, ctx) => {
    const m = await milestoneOf(ctx, args.milestoneId);
    const open = m.amount - m.received;
    if (args.amount > open) {
      const plan = await planOf(ctx, m.proposal_id);
      const money = (n: number) => formatMoney(n, plan.currency, 'en', 'code').replace(/\s/g, ' ');
      // The database refuses it too (migration 014's trigger); this says it in words.
      throw collectionRefusal(['amount'], 'collection.received_over_due', {
        amount: money(args.amount),
        open: money(open),
      });
    }
    await insertReceipt(ctx.db, {
      milestoneId: m.id,
      receivedOn: args.receivedOn,
      amount: args.amount,
      note: args.note ?? '',
      at: isoNow(ctx.now),
      by: ctx.actor?.id ?? null,
    });
    ctx.audit({ entity: 'payment_milestone', entityId: m.id, detail: { received: args.amount } });
    return planOf(ctx, m.proposal_id);
  },

  'receivables.overview': async (_args, ctx): Promise<Receivables> => {
    const asOf = today(ctx.now);
    const { currency } = await readSettings(ctx.db);
    const facts = await loadCollectionFacts(ctx.db, currency);
    const byClient = collectionByClient(facts.milestones, facts.receipts, asOf);
    const names = new Map(facts.milestones.map((m) => [m.clientId, m.clientName]));
    const clients: ClientCollectionFigures[] = [...byClient.values()]
      .filter((c) => c.outstanding > 0 || c.collectedThisYear > 0)
      .map((c) => ({ ...c, name: names.get(c.clientId) ?? '' }))
      .sort((a, b) => b.outstanding - a.outstanding || a.clientId - b.clientId);
    const totals = { ...ZERO, aging: emptyAging() };
    for (const c of byClient.values()) {
      totals.collectedThisYear += c.collectedThisYear;
      totals.outstanding += c.outstanding;
      totals.overdue += c.overdue;
      totals.overdue60 += c.overdue60;
      totals.billed90 += c.billed90;
      for (const b of Object.keys(totals.aging) as (keyof typeof totals.aging)[]) totals.aging[b] += c.aging[b];
    }
    const overdue = facts.milestones
      .map((m) => ({ m, days: daysOverdue(m, asOf) }))
      .filter(({ m, days }) => days !== null && days > 0 && m.amount > m.received)
      .map(({ m, days }) => ({
        milestoneId: m.id,
        proposalId: m.proposalId,
        proposalTitle: m.proposalTitle,
        clientId: m.clientId,
        clientName: m.clientName,
        label: m.label,
        dueOn: m.dueOn!,
        daysOverdue: days!,
        outstanding: m.amount - m.received,
        invoiceNumber: m.invoiceNumber,
      }))
      .sort((a, b) => b.daysOverdue - a.daysOverdue || a.milestoneId - b.milestoneId);
    const dso = dsoOf(totals.outstanding, totals.billed90);
    return { asOf, currency: currency as CurrencyCode, totals: { ...totals, dso }, clients, overdue };
  },

  'receivables.client': async (args, ctx) => {
    const client = await ctx.db
      .selectFrom('clients')
      .select(['id', 'name'])
      .where('id', '=', args.clientId)
      .executeTakeFirst();
    if (!client) throw new CoreError('not_found', 'error.not_found');
    const { currency } = await readSettings(ctx.db);
    const facts = await loadCollectionFacts(ctx.db, currency, args.clientId);
    const c = collectionByClient(facts.milestones, facts.receipts, today(ctx.now)).get(args.clientId);
    return { clientId: client.id, name: client.name, ...ZERO, aging: emptyAging(), ...c };
  },
});
