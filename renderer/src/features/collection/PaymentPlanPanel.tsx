import { useState } from 'react';
import './collection.css';
import { useTranslation } from 'react-i18next';
import type { Milestone, PaymentPlan } from '@shared/contract';
import { parseMoneyInput } from '@shared/money';
import { useCallMutation, useCallQuery } from '../../api';
import { usePreferences } from '../../app/preferences';
import { useCan } from '../../app/session';
import { DataTable } from '../../components/DataTable';
import { Field } from '../../components/Field';
import { QueryView } from '../../components/QueryView';
import { useFormat } from '../../i18n/format';
import { refusalText } from './refusal';
import { localToday } from '@shared/dates/local';

/** A won proposal's payment plan (付款条件) and its collection (回款): milestones, invoices, payments. */
export function PaymentPlanPanel({ proposalId }: { proposalId: number }) {
  const { t } = useTranslation();
  const plan = useCallQuery('payments.plan', { proposalId });
  return (
    <section className="panel pe-side cl-plan" aria-labelledby="pe-plan" data-testid="payment-plan">
      <h2 id="pe-plan" className="panel-title">
        {t('collection.plan.title')}
      </h2>
      <QueryView query={plan}>
        {({ plan: p }) => (p ? <PlanView plan={p} /> : <SetPlan proposalId={proposalId} />)}
      </QueryView>
    </section>
  );
}

function SetPlan({ proposalId }: { proposalId: number }) {
  const { t } = useTranslation();
  const { lang } = usePreferences();
  const templates = useCallQuery('payments.templates', {});
  const [chosen, setChosen] = useState(0);
  const set = useCallMutation('payments.setPlan');
  const items = templates.data?.items ?? [];
  return (
    <>
      <p className="muted">{t('collection.plan.none')}</p>
      <p className="muted small">{t('collection.plan.hint')}</p>
      <div className="form-row cl-row">
        <Field label={t('collection.plan.template')}>
          <select value={chosen} onChange={(e) => setChosen(Number(e.target.value))}>
            {items.map((tpl, i) => (
              <option key={tpl.id ?? i} value={i}>
                {tpl.name}
              </option>
            ))}
          </select>
        </Field>
        <button
          type="button"
          className="btn btn-primary"
          disabled={items.length === 0 || set.isPending}
          onClick={() => set.mutate({ proposalId, milestones: items[chosen]!.milestones })}
        >
          {t('collection.plan.apply')}
        </button>
      </div>
      {set.error && <p className="form-error">{refusalText(set.error, lang)}</p>}
    </>
  );
}

function DueText({ m }: { m: Milestone }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (m.effectiveDueOn) return <>{fmt.date(m.effectiveDueOn)}</>;
  const trigger = t(`collection.plan.triggers.${m.trigger ?? 'signing'}`);
  return <>{t('collection.plan.triggerDays', { trigger, days: m.triggerDays ?? 0 })}</>;
}

function PlanView({ plan }: { plan: PaymentPlan }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const can = useCan();
  const money = (n: number) => fmt.money(n, plan.currency);
  // The contract's roles decide (the core refuses anyone else); the UI only follows them.
  const canRecord = can('payments.receive');
  return (
    <>
      <dl className="facts facts-wrap cl-facts">
        <div>
          <dt>{t('collection.plan.total')}</dt>
          <dd className="num">{money(plan.total)}</dd>
        </div>
        <div>
          <dt>{t('collection.plan.received')}</dt>
          <dd className="num" data-testid="plan-received">
            {money(plan.received)}
          </dd>
        </div>
      </dl>
      <DataTable
        caption={t('collection.plan.title')}
        rows={plan.milestones}
        rowKey={(m) => m.id}
        // Three columns: the panel sits in the editor's narrow side column.
        columns={[
          {
            id: 'label',
            header: t('collection.plan.label'),
            cell: (m) => (
              <>
                <span className="strong">{m.label}</span>
                <br />
                <span className="muted small">{m.percent === null ? '—' : `${m.percent}%`}</span>
              </>
            ),
          },
          {
            id: 'due',
            header: t('collection.plan.due'),
            cell: (m) => (
              <>
                <DueText m={m} />
                {m.outstanding > 0 && m.daysOverdue !== null && m.daysOverdue > 0 && (
                  <span className="badge badge-danger">
                    {t('collection.plan.overdueDays', { days: m.daysOverdue })}
                  </span>
                )}
                {m.invoiceNumber && (
                  <>
                    <br />
                    <span className="muted small">
                      {t('collection.plan.invoice')} {m.invoiceNumber}
                    </span>
                  </>
                )}
              </>
            ),
          },
          {
            id: 'amount',
            header: t('collection.plan.amount'),
            cell: (m) => (
              <>
                <span className="cl-money">{money(m.amount)}</span>
                <br />
                {m.outstanding === 0 ? (
                  <span className="muted small">{t('collection.plan.paid')}</span>
                ) : (
                  <span className="small">
                    {t('collection.plan.outstanding')}
                    <br />
                    <span className="cl-money">{money(m.outstanding)}</span>
                  </span>
                )}
              </>
            ),
            align: 'end',
          },
        ]}
      />
      {canRecord ? <RecordForms plan={plan} /> : <p className="muted small">{t('collection.plan.financeOnly')}</p>}
    </>
  );
}

/** Finance records an invoice or a payment (part payments allowed) against one milestone. */
function RecordForms({ plan }: { plan: PaymentPlan }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { lang } = usePreferences();
  const open = plan.milestones.filter((m) => m.outstanding > 0);
  const [milestoneId, setMilestoneId] = useState<number>(open[0]?.id ?? plan.milestones[0]!.id);
  const [invoiceNumber, setInvoiceNumber] = useState('');
  const [invoicedOn, setInvoicedOn] = useState(localToday());
  const [receivedOn, setReceivedOn] = useState(localToday());
  const [amount, setAmount] = useState('');
  const invoice = useCallMutation('payments.invoice', { onSuccess: () => setInvoiceNumber('') });
  const receive = useCallMutation('payments.receive', { onSuccess: () => setAmount('') });
  const trigger = useCallMutation('payments.markTrigger');
  const current = plan.milestones.find((m) => m.id === milestoneId);
  const error = invoice.error ?? receive.error ?? trigger.error;
  return (
    <div className="sub-form cl-form" data-testid="plan-record">
      <Field label={t('collection.plan.label')}>
        <select value={milestoneId} onChange={(e) => setMilestoneId(Number(e.target.value))}>
          {plan.milestones.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label} · {m.outstanding === 0 ? t('collection.plan.paid') : fmt.money(m.outstanding, plan.currency)}
            </option>
          ))}
        </select>
      </Field>
      {current && current.effectiveDueOn === null && current.trigger && (
        <button
          type="button"
          className="btn btn-small"
          onClick={() => trigger.mutate({ milestoneId, triggerOn: localToday() })}
        >
          {t('collection.plan.markTrigger', { trigger: t(`collection.plan.triggers.${current.trigger}`) })}
        </button>
      )}
      <form
        className="form-row cl-row"
        aria-label={t('collection.plan.addInvoice')}
        onSubmit={(e) => {
          e.preventDefault();
          receive.reset();
          invoice.mutate({ milestoneId, invoiceNumber, invoicedOn });
        }}
      >
        <Field label={t('collection.plan.invoiceNumber')}>
          <input type="text" value={invoiceNumber} onChange={(e) => setInvoiceNumber(e.target.value)} />
        </Field>
        <Field label={t('collection.plan.invoicedOn')}>
          <input type="date" value={invoicedOn} onChange={(e) => setInvoicedOn(e.target.value)} />
        </Field>
        <button type="submit" className="btn" disabled={invoice.isPending}>
          {t('collection.plan.addInvoice')}
        </button>
      </form>
      <form
        className="form-row cl-row"
        aria-label={t('collection.plan.receive')}
        onSubmit={(e) => {
          e.preventDefault();
          invoice.reset();
          const parsed = parseMoneyInput(amount, plan.currency);
          receive.mutate({ milestoneId, receivedOn, amount: parsed.ok ? parsed.minor : -1 });
        }}
      >
        <Field label={t('collection.plan.receiveAmount')}>
          <input
            type="text"
            inputMode="decimal"
            className="input-num"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
          />
        </Field>
        <Field label={t('collection.plan.receivedOn')}>
          <input type="date" value={receivedOn} onChange={(e) => setReceivedOn(e.target.value)} />
        </Field>
        <button type="submit" className="btn btn-primary" disabled={receive.isPending}>
          {t('collection.plan.receive')}
        </button>
      </form>
      {error && (
        <p className="form-error" role="alert">
          {refusalText(error, lang)}
        </p>
      )}
    </div>
  );
}
