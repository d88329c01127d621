import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as z from 'zod';
import { MARKET_KINDS, marketReferenceInputSchema, type MarketReferenceRecord } from '@shared/contract';
import { minorToDecimal, type CurrencyCode } from '@shared/money';
import { moneyInputSchema } from '@shared/quote';
import { useCallQuery } from '../../../api';
import { Badge } from '../../../components/Badge';
import { CurrencySelect, DecimalInput } from '../../../components/forms/controls';
import { Field } from '../../../components/Field';
import { QueryView } from '../../../components/QueryView';
import { useFormat } from '../../../i18n/format';
import { MarketCsvImport } from './MarketCsvImport';
import { LibraryForm, LibraryTable, useLibraryEditor } from './LibraryEditor';
import './library.css';

function referenceFormSchema(currency: CurrencyCode) {
  return marketReferenceInputSchema
    .omit({ id: true, unitPrice: true })
    .extend({ unitPrice: moneyInputSchema(currency) });
}
type ReferenceInput = z.input<ReturnType<typeof referenceFormSchema>>;

/** 市价参考 library: what the market charges, with source and date; a year-old price is flagged. */
export function MarketLibraryPanel({ defaultCurrency, today }: { defaultCurrency: CurrencyCode; today: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search.trim());
  const list = useCallQuery('market.list', deferred ? { search: deferred } : {}, { placeholderData: (p) => p });
  const editor = useLibraryEditor({
    calls: { save: 'market.save', remove: 'market.delete' },
    schemaFor: referenceFormSchema,
    defaultValues: {
      kind: 'role',
      name: '',
      currency: defaultCurrency,
      unitPrice: '',
      unit: '',
      source: '',
      date: today,
    },
    blank: { name: '', unitPrice: '', unit: '', source: '', date: today },
    toForm: (r: MarketReferenceRecord): ReferenceInput => ({
      kind: r.kind,
      name: r.name,
      currency: r.currency,
      unitPrice: minorToDecimal(r.unitPrice, r.currency),
      unit: r.unit,
      source: r.source,
      date: r.date,
    }),
  });
  const { form, errors } = editor;
  return (
    <section className="panel" aria-labelledby="market-title">
      <h2 id="market-title" className="panel-title">
        {t('library.market')}
      </h2>
      <p className="muted panel-hint">{t('library.marketHint')}</p>
      <MarketCsvImport />
      <LibraryForm
        className="library-form library-form-wide"
        label={t('library.addReference')}
        editingName={editor.editing?.name}
        {...editor.formProps}
      >
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
      </LibraryForm>
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
        {({ items }) => (
          <LibraryTable
            caption={t('library.market')}
            empty={deferred ? t('library.noMatch') : t('library.marketEmpty')}
            items={items}
            nameOf={(r) => r.name}
            onEdit={editor.edit}
            onDelete={editor.remove}
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
            ]}
          />
        )}
      </QueryView>
    </section>
  );
}
