import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type * as z from 'zod';
import { rateCardInputSchema, type RateCardEntry } from '@shared/contract';
import { minorToDecimal, type CurrencyCode } from '@shared/money';
import { moneyInputSchema } from '@shared/quote';
import { errorMapFor } from '@shared/validation';
import { useCallMutation, useCallQuery } from '../../../api';
import { usePreferences } from '../../../app/preferences';
import { Badge } from '../../../components/Badge';
import { DataTable } from '../../../components/DataTable';
import { CurrencySelect, DecimalInput } from '../../../components/forms/controls';
import { Field } from '../../../components/Field';
import { QueryView } from '../../../components/QueryView';
import { useServerErrors } from '../../../components/forms/useServerErrors';
import { useFormat } from '../../../i18n/format';
import { LibraryRowActions } from './LibraryRowActions';
import './library.css';

/** The contract's entry, with the two amounts as people type them ("2,800.00") for the given currency. */
function entryFormSchema(currency: CurrencyCode) {
  return rateCardInputSchema.omit({ id: true, rate: true, costRate: true }).extend({
    rate: moneyInputSchema(currency),
    costRate: moneyInputSchema(currency),
  });
}
type EntryInput = z.input<ReturnType<typeof entryFormSchema>>;
type EntryValues = z.output<ReturnType<typeof entryFormSchema>>;

/** Which entries are in effect today: the latest effective date not in the future, per role. */
function inEffect(items: RateCardEntry[], today: string): Set<number> {
  const seen = new Set<string>();
  const current = new Set<number>();
  for (const e of items) {
    const key = `${e.currency}|${e.role}`;
    if (e.effectiveFrom > today || seen.has(key)) continue;
    seen.add(key);
    current.add(e.id);
  }
  return current;
}

export function RateCardPanel({ defaultCurrency, today }: { defaultCurrency: CurrencyCode; today: string }) {
  const { t } = useTranslation();
  const { lang } = usePreferences();
  const fmt = useFormat();
  const card = useCallQuery('rateCard.list', {});
  const form = useForm<EntryInput, unknown, EntryValues>({
    defaultValues: { role: '', currency: defaultCurrency, rate: '', costRate: '', effectiveFrom: today },
    resolver: (values, context, options) =>
      zodResolver(entryFormSchema(values.currency), { error: errorMapFor(lang) })(values, context, options),
  });
  // The hook only places messages on fields; the transformed output type does not matter to it.
  const serverErrors = useServerErrors(form as unknown as UseFormReturn<EntryInput>);
  // The entry being changed in the form above the list; null while the form adds a new one.
  const [editing, setEditing] = useState<RateCardEntry | null>(null);
  const blank = () => form.reset({ ...form.getValues(), role: '', rate: '', costRate: '', effectiveFrom: today });
  const save = useCallMutation('rateCard.save', {
    onSuccess: () => {
      setEditing(null);
      blank();
    },
    onError: serverErrors.apply,
  });
  const remove = useCallMutation('rateCard.delete');
  const { errors } = form.formState;
  const current = useMemo(() => inEffect(card.data?.items ?? [], today), [card.data, today]);
  return (
    <section className="panel" aria-labelledby="rate-card-title">
      <h2 id="rate-card-title" className="panel-title">
        {t('library.rateCard')}
      </h2>
      <p className="muted panel-hint">{t('library.rateCardHint')}</p>
      <form
        className="library-form"
        aria-label={t('library.addRole')}
        noValidate
        onSubmit={form.handleSubmit((values) => {
          serverErrors.clear();
          save.mutate(editing ? { ...values, id: editing.id } : values);
        })}
      >
        {editing && (
          <p className="library-editing" role="status">
            {t('library.editing', { name: editing.role })}
          </p>
        )}
        <Field label={t('library.role')} error={errors.role?.message}>
          <input type="text" {...form.register('role')} />
        </Field>
        <Field label={t('library.currency')} error={errors.currency?.message}>
          <CurrencySelect codes {...form.register('currency')} />
        </Field>
        <Field label={t('library.rate')} error={errors.rate?.message}>
          <DecimalInput {...form.register('rate')} />
        </Field>
        <Field label={t('library.costRate')} error={errors.costRate?.message}>
          <DecimalInput {...form.register('costRate')} />
        </Field>
        <Field label={t('library.effectiveFrom')} error={errors.effectiveFrom?.message}>
          <input type="text" placeholder="YYYY-MM-DD" {...form.register('effectiveFrom')} />
        </Field>
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {editing ? t('library.saveChanges') : t('common.add')}
        </button>
        {editing && (
          <button
            type="button"
            className="btn"
            onClick={() => {
              setEditing(null);
              blank();
            }}
          >
            {t('library.cancelEdit')}
          </button>
        )}
      </form>
      {serverErrors.formMessage && (
        <p className="form-error" role="alert">
          {serverErrors.formMessage}
        </p>
      )}
      <QueryView query={card}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="muted">{t('library.rateCardEmpty')}</p>
          ) : (
            <DataTable
              caption={t('library.rateCard')}
              rows={items}
              rowKey={(e) => e.id}
              columns={[
                { id: 'role', header: t('library.role'), cell: (e) => <span className="strong">{e.role}</span> },
                { id: 'rate', header: t('library.rate'), cell: (e) => fmt.money(e.rate, e.currency), align: 'end' },
                {
                  id: 'cost',
                  header: t('library.costRate'),
                  cell: (e) => fmt.money(e.costRate, e.currency),
                  align: 'end',
                },
                { id: 'from', header: t('library.effectiveFrom'), cell: (e) => e.effectiveFrom, fit: true },
                {
                  id: 'status',
                  header: t('library.status'),
                  cell: (e) =>
                    current.has(e.id) ? (
                      <Badge tone="success">{t('library.current')}</Badge>
                    ) : e.effectiveFrom > today ? (
                      <Badge tone="info">{t('library.future')}</Badge>
                    ) : (
                      <Badge tone="muted">{t('library.superseded')}</Badge>
                    ),
                },
                {
                  id: 'actions',
                  header: t('common.actions'),
                  headerHidden: true,
                  cell: (e) => (
                    <LibraryRowActions
                      name={e.role}
                      onEdit={() => {
                        setEditing(e);
                        form.reset({
                          role: e.role,
                          currency: e.currency,
                          rate: minorToDecimal(e.rate, e.currency),
                          costRate: minorToDecimal(e.costRate, e.currency),
                          effectiveFrom: e.effectiveFrom,
                        });
                      }}
                      onDelete={() => remove.mutate({ id: e.id })}
                    />
                  ),
                  fit: true,
                },
              ]}
            />
          )
        }
      </QueryView>
    </section>
  );
}
