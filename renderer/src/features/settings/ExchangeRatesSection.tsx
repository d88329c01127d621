import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type * as z from 'zod';
import { exchangeRateInputSchema, type ExchangeRate } from '@shared/contract';
import { CURRENCY_CODES, type CurrencyCode } from '@shared/money';
import { localToday } from '@shared/dates/local';
import { errorMapFor } from '@shared/validation';
import { useCallMutation, useCallQuery } from '../../api';
import { usePreferences } from '../../app/preferences';
import { DataTable } from '../../components/DataTable';
import { Field } from '../../components/Field';
import { useServerErrors } from '../../components/forms/useServerErrors';
import { QueryView } from '../../components/QueryView';
import { useFormat } from '../../i18n/format';

type Values = z.input<typeof exchangeRateInputSchema>;

/**
 * Exchange rates by date (issue 14): finance records what one unit of another currency was worth
 * in the workspace currency on a day; the client analytics convert each win with the newest rate
 * on or before the day it was won. Everyone may read them (the analytics show the rate used).
 */
export function ExchangeRatesSection() {
  const { t } = useTranslation();
  const rates = useCallQuery('exchangeRates.list', {});
  return (
    <section className="panel" aria-labelledby="rates-heading">
      <h2 id="rates-heading" className="panel-title">
        {t('accounts.rates.title')}
      </h2>
      <QueryView query={rates}>
        {({ workspaceCurrency, items }) => (
          <>
            <p className="muted panel-hint">{t('accounts.rates.hint', { base: workspaceCurrency })}</p>
            <RateForm base={workspaceCurrency} />
            <RateTable base={workspaceCurrency} items={items} />
          </>
        )}
      </QueryView>
    </section>
  );
}

function RateForm({ base }: { base: CurrencyCode }) {
  const { t } = useTranslation();
  const { lang } = usePreferences();
  const others = CURRENCY_CODES.filter((c) => c !== base);
  const form = useForm<Values>({
    resolver: zodResolver(exchangeRateInputSchema, { error: errorMapFor(lang) }),
    defaultValues: { currency: others[0], rateOn: localToday(), rate: '' },
  });
  const serverErrors = useServerErrors(form);
  const [saved, setSaved] = useState(false);
  const save = useCallMutation('exchangeRates.save', {
    onSuccess: () => {
      form.reset({ ...form.getValues(), rate: '' });
      setSaved(true);
    },
    onError: serverErrors.apply,
  });
  const { errors } = form.formState;
  return (
    <form
      className="inline-form rates-form"
      aria-label={t('accounts.rates.add')}
      noValidate
      onSubmit={form.handleSubmit((v) => {
        serverErrors.clear();
        setSaved(false);
        save.mutate(v);
      })}
    >
      <Field label={t('accounts.rates.currency')} error={errors.currency?.message}>
        <select {...form.register('currency')}>
          {others.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('accounts.rates.rateOn')} error={errors.rateOn?.message}>
        <input type="date" {...form.register('rateOn')} />
      </Field>
      <Field label={t('accounts.rates.rate', { base })} error={errors.rate?.message}>
        <input type="text" inputMode="decimal" className="input-num" {...form.register('rate')} />
      </Field>
      <div className="form-footer">
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {t('accounts.rates.add')}
        </button>
        <span role="status" className="muted">
          {saved ? t('accounts.rates.saved') : ''}
        </span>
        {serverErrors.formMessage && <p className="form-error">{serverErrors.formMessage}</p>}
      </div>
    </form>
  );
}

function RateTable({ base, items }: { base: CurrencyCode; items: ExchangeRate[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const remove = useCallMutation('exchangeRates.delete');
  if (items.length === 0) return <p className="muted">{t('accounts.rates.empty')}</p>;
  return (
    <DataTable
      caption={t('accounts.rates.title')}
      rows={items}
      rowKey={(r) => r.id}
      columns={[
        { id: 'on', header: t('accounts.rates.rateOn'), cell: (r) => fmt.date(r.rateOn), fit: true },
        { id: 'cur', header: t('accounts.rates.currency'), cell: (r) => r.currency, fit: true },
        {
          id: 'rate',
          header: t('accounts.rates.rate', { base }),
          cell: (r) => t('accounts.rates.perUnit', { currency: r.currency, rate: r.rate, base }),
        },
        { id: 'by', header: t('accounts.rates.by'), cell: (r) => r.createdBy ?? '', fit: true },
        {
          id: 'actions',
          header: t('accounts.log.actions'),
          fit: true,
          cell: (r) => (
            <button
              type="button"
              className="btn btn-small"
              aria-label={t('accounts.rates.deleteLabel', { currency: r.currency, date: fmt.date(r.rateOn) })}
              disabled={remove.isPending}
              onClick={() => remove.mutate({ id: r.id })}
            >
              {t('accounts.rates.delete')}
            </button>
          ),
        },
      ]}
    />
  );
}
