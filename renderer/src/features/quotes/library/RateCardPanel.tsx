import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type * as z from 'zod';
import { rateCardInputSchema, type RateCardEntry } from '@shared/contract';
import { minorToDecimal, type CurrencyCode } from '@shared/money';
import { moneyInputSchema } from '@shared/quote';
import { useCallQuery } from '../../../api';
import { Badge } from '../../../components/Badge';
import { CurrencySelect, DecimalInput } from '../../../components/forms/controls';
import { Field } from '../../../components/Field';
import { QueryView } from '../../../components/QueryView';
import { useFormat } from '../../../i18n/format';
import { LibraryForm, LibraryTable, useLibraryEditor } from './LibraryEditor';
import './library.css';

/** The contract's entry, with the two amounts as people type them ("2,800.00") for the given currency. */
function entryFormSchema(currency: CurrencyCode) {
  return rateCardInputSchema.omit({ id: true, rate: true, costRate: true }).extend({
    rate: moneyInputSchema(currency),
    costRate: moneyInputSchema(currency),
  });
}
type EntryInput = z.input<ReturnType<typeof entryFormSchema>>;

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
  const fmt = useFormat();
  const card = useCallQuery('rateCard.list', {});
  const editor = useLibraryEditor({
    calls: { save: 'rateCard.save', remove: 'rateCard.delete' },
    schemaFor: entryFormSchema,
    defaultValues: { role: '', currency: defaultCurrency, rate: '', costRate: '', effectiveFrom: today },
    blank: { role: '', rate: '', costRate: '', effectiveFrom: today },
    toForm: (e: RateCardEntry): EntryInput => ({
      role: e.role,
      currency: e.currency,
      rate: minorToDecimal(e.rate, e.currency),
      costRate: minorToDecimal(e.costRate, e.currency),
      effectiveFrom: e.effectiveFrom,
    }),
  });
  const { form, errors } = editor;
  const current = useMemo(() => inEffect(card.data?.items ?? [], today), [card.data, today]);
  return (
    <section className="panel" aria-labelledby="rate-card-title">
      <h2 id="rate-card-title" className="panel-title">
        {t('library.rateCard')}
      </h2>
      <p className="muted panel-hint">{t('library.rateCardHint')}</p>
      <LibraryForm
        className="library-form"
        label={t('library.addRole')}
        editingName={editor.editing?.role}
        {...editor.formProps}
      >
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
      </LibraryForm>
      <QueryView query={card}>
        {({ items }) => (
          <LibraryTable
            caption={t('library.rateCard')}
            empty={t('library.rateCardEmpty')}
            items={items}
            nameOf={(e) => e.role}
            onEdit={editor.edit}
            onDelete={editor.remove}
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
            ]}
          />
        )}
      </QueryView>
    </section>
  );
}
