import { zodResolver } from '@hookform/resolvers/zod';
import './collection.css';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type * as z from 'zod';
import { COST_KINDS, costEntryInputSchema, type CostEntry } from '@shared/contract';
import type { CurrencyCode } from '@shared/money';
import { errorMapFor } from '@shared/validation';
import { useCallMutation, useCallQuery } from '../../api';
import { usePreferences } from '../../app/preferences';
import { DataTable } from '../../components/DataTable';
import { DecimalInput } from '../../components/forms/controls';
import { Field } from '../../components/Field';
import { SubForm } from '../../components/forms/SubForm';
import { useServerErrors } from '../../components/forms/useServerErrors';
import { QueryView } from '../../components/QueryView';
import { useFormat } from '../../i18n/format';
import { LogPanel } from '../clients/LogPanel';
import { localToday } from '@shared/dates/local';

type Values = z.input<typeof costEntryInputSchema> & { unit: 'days' | 'hours'; amount: string };

/** The cost-to-serve log of a client (服务成本), with a quick form to add an entry. */
export function CostToServePanel({ clientId, currency }: { clientId: number; currency: CurrencyCode }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const entries = useCallQuery('costToServe.list', { clientId });
  return (
    <LogPanel
      id="cost-to-serve"
      title={t('collection.cost.title')}
      addLabel={t('collection.cost.add')}
      form={(done) => <CostEntryForm clientId={clientId} onDone={done} />}
    >
      {() => (
        <>
          <p className="muted small">{t('collection.cost.hint')}</p>
          <QueryView query={entries}>
            {({ items, total }) =>
              items.length === 0 ? (
                <p className="muted">{t('collection.cost.empty')}</p>
              ) : (
                <>
                  <CostTable items={items} />
                  <p className="num">
                    <strong>{t('collection.cost.total', { amount: fmt.money(total, currency) })}</strong>
                  </p>
                </>
              )
            }
          </QueryView>
        </>
      )}
    </LogPanel>
  );
}

function CostTable({ items }: { items: CostEntry[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <DataTable
      caption={t('collection.cost.title')}
      rows={items}
      rowKey={(e) => e.id}
      columns={[
        { id: 'on', header: t('collection.cost.onDate'), cell: (e) => fmt.date(e.onDate), fit: true },
        { id: 'kind', header: t('collection.cost.kind'), cell: (e) => t(`collection.cost.kinds.${e.kind}`), fit: true },
        { id: 'role', header: t('collection.cost.role'), cell: (e) => e.role, fit: true },
        {
          id: 'time',
          header: t('collection.cost.duration'),
          cell: (e) => `${e.quantity} ${t(`collection.cost.${e.unit}`)}`,
          align: 'end',
        },
        {
          id: 'rate',
          header: t('collection.cost.costRate'),
          cell: (e) => fmt.money(e.costRate, e.currency),
          align: 'end',
        },
        { id: 'cost', header: t('collection.cost.cost'), cell: (e) => fmt.money(e.cost, e.currency), align: 'end' },
        {
          id: 'note',
          header: t('collection.cost.note'),
          cell: (e) => [e.proposalTitle, e.note].filter(Boolean).join(' · '),
          truncate: true,
        },
      ]}
    />
  );
}

/**
 * Quick entry: "we spent 6 person-days on this pitch". From a lost proposal the kind and the
 * proposal are preset. Roles come from the rate card, whose cost rate on the day values it.
 */
export function CostEntryForm({
  clientId,
  proposalId,
  onDone,
}: {
  clientId: number;
  proposalId?: number;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const { lang } = usePreferences();
  const roles = useCallQuery('rateCard.list', {});
  const form = useForm<Values>({
    resolver: zodResolver(costEntryInputSchema, { error: errorMapFor(lang) }) as never,
    defaultValues: {
      clientId,
      proposalId,
      onDate: localToday(),
      kind: proposalId === undefined ? 'account_management' : 'lost_proposal',
      role: '',
      unit: 'days',
      amount: '',
      note: '',
    },
  });
  const serverErrors = useServerErrors(form);
  const save = useCallMutation('costToServe.add', {
    onSuccess: () => {
      form.reset();
      onDone();
    },
    onError: serverErrors.apply,
  });
  const { errors } = form.formState;
  const names = [...new Set((roles.data?.items ?? []).map((r) => r.role))];
  return (
    <SubForm
      className="cl-form"
      label={proposalId === undefined ? t('collection.cost.add') : t('collection.cost.addPitch')}
      onSubmit={(e) => {
        e.preventDefault();
        serverErrors.clear();
        const { unit, amount, ...v } = form.getValues();
        save.mutate({ ...v, ...(unit === 'days' ? { days: amount } : { hours: amount }) });
      }}
      onCancel={onDone}
      saving={save.isPending}
      message={serverErrors.formMessage}
    >
      <div className="form-grid">
        <Field label={t('collection.cost.onDate')} error={errors.onDate?.message}>
          <input type="date" {...form.register('onDate')} />
        </Field>
        <Field label={t('collection.cost.kind')} error={errors.kind?.message}>
          <select {...form.register('kind')}>
            {COST_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`collection.cost.kinds.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('collection.cost.role')} error={errors.role?.message}>
          <select {...form.register('role')}>
            <option value="">—</option>
            {names.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('collection.cost.duration')} error={errors.days?.message ?? errors.hours?.message}>
          <DecimalInput autoFocus {...form.register('amount')} />
        </Field>
        <Field label={t('collection.cost.unit')}>
          <select {...form.register('unit')}>
            <option value="days">{t('collection.cost.days')}</option>
            <option value="hours">{t('collection.cost.hours')}</option>
          </select>
        </Field>
        <Field label={t('collection.cost.note')} error={errors.note?.message}>
          <input type="text" {...form.register('note')} />
        </Field>
      </div>
    </SubForm>
  );
}
