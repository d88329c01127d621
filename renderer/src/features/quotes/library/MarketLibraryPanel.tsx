import { zodResolver } from '@hookform/resolvers/zod';
import { useDeferredValue, useState } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type * as z from 'zod';
import { MARKET_KINDS, marketReferenceInputSchema, type MarketReferenceRecord } from '@shared/contract';
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
import { MarketCsvImport } from './MarketCsvImport';
import { LibraryRowActions } from './LibraryRowActions';
import './library.css';

function referenceFormSchema(currency: CurrencyCode) {
  return marketReferenceInputSchema
    .omit({ id: true, unitPrice: true })
    .extend({ unitPrice: moneyInputSchema(currency) });
}
type ReferenceInput = z.input<ReturnType<typeof referenceFormSchema>>;
type ReferenceValues = z.output<ReturnType<typeof referenceFormSchema>>;

/** 市价参考 library: what the market charges, with source and date; a year-old price is flagged. */
export function MarketLibraryPanel({ defaultCurrency, today }: { defaultCurrency: CurrencyCode; today: string }) {
  const { t } = useTranslation();
  const { lang } = usePreferences();
  const fmt = useFormat();
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search.trim());
  const list = useCallQuery('market.list', deferred ? { search: deferred } : {}, { placeholderData: (p) => p });
  const form = useForm<ReferenceInput, unknown, ReferenceValues>({
    defaultValues: {
      kind: 'role',
      name: '',
      currency: defaultCurrency,
      unitPrice: '',
      unit: '',
      source: '',
      date: today,
    },
    resolver: (values, context, options) =>
      zodResolver(referenceFormSchema(values.currency), { error: errorMapFor(lang) })(values, context, options),
  });
  // The hook only places messages on fields; the transformed output type does not matter to it.
  const serverErrors = useServerErrors(form as unknown as UseFormReturn<ReferenceInput>);
  // The reference being changed in the form above the list; null while the form adds a new one.
  const [editing, setEditing] = useState<MarketReferenceRecord | null>(null);
  const blank = () => form.reset({ ...form.getValues(), name: '', unitPrice: '', unit: '', source: '', date: today });
  const save = useCallMutation('market.save', {
    onSuccess: () => {
      setEditing(null);
      blank();
    },
    onError: serverErrors.apply,
  });
  const remove = useCallMutation('market.delete');
  const { errors } = form.formState;
  return (
    <section className="panel" aria-labelledby="market-title">
      <h2 id="market-title" className="panel-title">
        {t('library.market')}
      </h2>
      <p className="muted panel-hint">{t('library.marketHint')}</p>
      <MarketCsvImport />
      <form
        className="library-form library-form-wide"
        aria-label={t('library.addReference')}
        noValidate
        onSubmit={form.handleSubmit((values) => {
          serverErrors.clear();
          save.mutate(editing ? { ...values, id: editing.id } : values);
        })}
      >
        {editing && (
          <p className="library-editing" role="status">
            {t('library.editing', { name: editing.name })}
          </p>
        )}
        <Field label={t('library.kind')}>
          <select {...form.register('kind')}>
            {MARKET_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`library.kinds.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('library.name')} error={errors.name?.message}>
          <input type="text" {...form.register('name')} />
        </Field>
        <Field label={t('library.currency')}>
          <CurrencySelect codes {...form.register('currency')} />
        </Field>
        <Field label={t('library.unitPrice')} error={errors.unitPrice?.message}>
          <DecimalInput {...form.register('unitPrice')} />
        </Field>
        <Field label={t('library.unit')} error={errors.unit?.message}>
          <input type="text" {...form.register('unit')} />
        </Field>
        <Field label={t('library.source')} error={errors.source?.message}>
          <input type="text" {...form.register('source')} />
        </Field>
        <Field label={t('library.date')} error={errors.date?.message}>
          <input type="text" placeholder="YYYY-MM-DD" {...form.register('date')} />
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
      <div className="library-search">
        <input
          type="search"
          value={search}
          aria-label={t('library.search')}
          placeholder={t('library.search')}
          onChange={(e) => setSearch(e.target.value)}
        />
      </div>
      <QueryView query={list}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="muted">{deferred ? t('library.noMatch') : t('library.marketEmpty')}</p>
          ) : (
            <DataTable
              caption={t('library.market')}
              rows={items}
              rowKey={(r) => r.id}
              columns={[
                { id: 'name', header: t('library.name'), cell: (r) => <span className="strong">{r.name}</span> },
                { id: 'kind', header: t('library.kind'), cell: (r) => t(`library.kinds.${r.kind}`), fit: true },
                {
                  id: 'price',
                  header: t('library.unitPrice'),
                  cell: (r) => `${fmt.money(r.unitPrice, r.currency)}${r.unit ? ` / ${r.unit}` : ''}`,
                  align: 'end',
                },
                { id: 'source', header: t('library.source'), cell: (r) => r.source, truncate: true },
                {
                  id: 'date',
                  header: t('library.date'),
                  cell: (r) => (
                    <span className="nowrap">
                      {r.date} {r.stale && <Badge tone="warning">{t('library.stale')}</Badge>}
                    </span>
                  ),
                },
                {
                  id: 'actions',
                  header: t('common.actions'),
                  headerHidden: true,
                  cell: (r) => (
                    <LibraryRowActions
                      name={r.name}
                      onEdit={() => {
                        setEditing(r);
                        form.reset({
                          kind: r.kind,
                          name: r.name,
                          currency: r.currency,
                          unitPrice: minorToDecimal(r.unitPrice, r.currency),
                          unit: r.unit,
                          source: r.source,
                          date: r.date,
                        });
                      }}
                      onDelete={() => remove.mutate({ id: r.id })}
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
