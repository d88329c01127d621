import type { Kysely } from 'kysely';
import { resolvePlan } from '@shared/collection';
import type { MilestoneInput } from '@shared/contract';
import type { PaymentTerm } from '@shared/export';
import type { Lang } from '@shared/i18n/lang';
import type { Database } from '../db/schema';
import { docFormat } from '@shared/export/document/format';
import { DOC_LABELS } from '@shared/export/document/labels';
import { listTemplates, readPlan } from '../repos/payments';

/** When a milestone falls due, in the document's words: a date, or days after an event. */
export function dueWords(
  lang: Lang,
  m: { dueOn?: string | null; trigger?: MilestoneInput['trigger'] | null; triggerDays?: number | null },
): string {
  if (m.dueOn) return docFormat(lang, 'CNY').date(m.dueOn);
  const days = m.triggerDays ?? 0;
  const labels = DOC_LABELS[lang];
  return labels.dueAfter(labels.paymentTriggers[m.trigger ?? 'signing'], days);
}

/**
 * Payment terms as a document prints them (付款条件): the proposal's plan when it has one for this
 * total, else a template (the first, or the one asked for) resolved on the total by the one rule
 * of shared/collection. Null when neither applies.
 */
export async function paymentTermsOf(
  db: Kysely<Database>,
  proposalId: number,
  total: number,
  lang: Lang,
  o: { today: string; templateId?: number; planOnly?: boolean },
): Promise<PaymentTerm[] | null> {
  const plan = await readPlan(db, proposalId, o.today);
  if (plan && plan.total === total)
    return plan.milestones.map((m) => ({
      label: m.label,
      percent: m.percent === null ? null : `${m.percent}%`,
      due: dueWords(lang, m),
      amount: m.amount,
    }));
  if (o.planOnly) return null;
  const templates = await listTemplates(db);
  const template = templates.find((t) => t.id === o.templateId) ?? templates[0];
  if (!template) return null;
  const resolved = resolvePlan(
    total,
    template.milestones.map((m) => (m.percent !== undefined ? { percent: m.percent } : { amount: m.amount ?? 0 })),
  );
  if (!resolved.ok) return null;
  return template.milestones.map((m, i) => ({
    label: m.label,
    percent: m.percent === undefined ? null : `${m.percent}%`,
    due: dueWords(lang, m),
    amount: resolved.amounts[i]!,
  }));
}
