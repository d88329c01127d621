import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import type { ClientSummary, EditorQuote, User } from '@shared/contract';
import type { Lang } from '@shared/i18n/lang';
import { formatMoney } from '@shared/money';
import type { ComputedQuote, DifficultyMultipliers } from '@shared/quote';
import { CurrencySelect, DecimalInput } from '../../../components/forms/controls';
import { Field } from '../../../components/Field';
import type { HeaderCell, HeaderErrors } from './document';

export type HeaderPatch = Partial<Omit<EditorQuote, 'sections'>>;

interface HeaderProps {
  state: EditorQuote;
  errors: HeaderErrors;
  clients: ClientSummary[];
  users: User[];
  multipliers: DifficultyMultipliers;
  lang: Lang;
  onChange(patch: HeaderPatch, tag?: string): void;
  onBlur(): void;
}

/** The header's fields equal, whatever the lines: a keystroke in the grid leaves the form as it is. */
function sameHeader(a: EditorQuote, b: EditorQuote): boolean {
  if (a === b) return true;
  for (const key of Object.keys(b) as (keyof EditorQuote)[]) if (key !== 'sections' && a[key] !== b[key]) return false;
  return Object.keys(a).length === Object.keys(b).length;
}

function sameErrors(a: HeaderErrors, b: HeaderErrors): boolean {
  const keys = Object.keys(b) as HeaderCell[];
  if (keys.length !== Object.keys(a).length) return false;
  return keys.every((k) => a[k]?.['zh-CN'] === b[k]?.['zh-CN'] && a[k]?.en === b[k]?.en);
}

/**
 * HeaderForm's props compared as it reads them: the quote is rebuilt on every keystroke (a new
 * state and a new error object), and at 10,000 lines re-rendering the form twice per keystroke
 * (urgent and deferred) was a share of the long task (issue 18).
 */
function sameHeaderProps(a: HeaderProps, b: HeaderProps): boolean {
  return (
    sameHeader(a.state, b.state) &&
    sameErrors(a.errors, b.errors) &&
    a.clients === b.clients &&
    a.users === b.users &&
    a.multipliers === b.multipliers &&
    a.lang === b.lang &&
    a.onChange === b.onChange &&
    a.onBlur === b.onBlur
  );
}

function useErrorText(errors: HeaderErrors, lang: Lang) {
  return (cell: HeaderCell) => errors[cell]?.[lang];
}

/** The quote's own facts: who it is for, by whom, until when, how hard, and what it delivers. */
export const HeaderForm = memo(function HeaderForm({
  state,
  errors,
  clients,
  users,
  multipliers,
  lang,
  onChange,
  onBlur,
}: HeaderProps) {
  const { t } = useTranslation();
  const error = useErrorText(errors, lang);
  const text = (field: HeaderCell & keyof EditorQuote) => ({
    value: state[field] as string,
    'data-cell': `header:${field}`,
    onChange: (e: { target: { value: string } }) => onChange({ [field]: e.target.value }, `header:${field}`),
    onBlur,
  });
  return (
    <section className="panel qe-header" aria-label={t('quoteEditor.headerLabel')}>
      <div className="qe-header-grid">
        <Field label={t('quoteEditor.title')} error={error('title')} className="qe-span-2">
          <input type="text" {...text('title')} />
        </Field>
        <Field label={t('quoteEditor.client')}>
          <select value={state.clientId} onChange={(e) => onChange({ clientId: Number(e.target.value) })}>
            {clients.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('quoteEditor.owner')}>
          <select
            value={state.ownerId ?? ''}
            onChange={(e) => onChange({ ownerId: e.target.value ? Number(e.target.value) : null })}
          >
            <option value="">{t('common.empty')}</option>
            {users
              .filter((u) => u.active || u.id === state.ownerId)
              .map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
          </select>
        </Field>
        <Field label={t('quoteEditor.currency')}>
          <CurrencySelect
            value={state.currency}
            onChange={(e) => onChange({ currency: e.target.value as EditorQuote['currency'] })}
          />
        </Field>
        <Field label={t('quoteEditor.taxPercent')} error={error('taxPercent')}>
          <DecimalInput {...text('taxPercent')} />
        </Field>
        <Field
          label={t('quoteEditor.agencyFeePercent')}
          hint={t('quoteEditor.agencyFeeHint')}
          error={error('agencyFeePercent')}
        >
          <DecimalInput {...text('agencyFeePercent')} />
        </Field>
        <Field label={t('quoteEditor.validUntil')} error={error('validUntil')}>
          <input type="text" placeholder="YYYY-MM-DD" {...text('validUntil')} />
        </Field>
        <Field label={t('quoteEditor.difficulty')}>
          <select
            value={state.difficultyLevel}
            data-cell="header:difficultyLevel"
            onChange={(e) =>
              onChange({ difficultyLevel: e.target.value as EditorQuote['difficultyLevel'] }, 'header:difficulty')
            }
          >
            {(['1', '2', '3', '4', '5'] as const).map((level) => (
              <option key={level} value={level}>
                {t('quoteEditor.levelMultiplier', { level, multiplier: multipliers[level] })}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('quoteEditor.rationale')} error={error('rationale')} className="qe-span-4">
          <input type="text" placeholder={t('quoteEditor.rationaleHint')} {...text('rationale')} />
        </Field>
        <Field label={t('quoteEditor.qualityAndEffect')} error={error('qualityAndEffect')} className="qe-span-6">
          <textarea rows={1} placeholder={t('quoteEditor.qualityHint')} {...text('qualityAndEffect')} />
        </Field>
      </div>
    </section>
  );
}, sameHeaderProps);

/** 降价的原则: a discount is traded, never given — the reason, the condition and what it costs. */
export const DiscountPanel = memo(function DiscountPanel({
  state,
  errors,
  computed,
  lang,
  onChange,
  onBlur,
}: {
  state: EditorQuote;
  errors: HeaderErrors;
  computed: ComputedQuote | null;
  lang: Lang;
  onChange(patch: HeaderPatch, tag?: string): void;
  onBlur(): void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const mode = state.discountMode;
  const error = useErrorText(errors, lang);
  // Typing into one box picks the mode; emptying it removes the discount.
  const value = (kind: 'percent' | 'amount') => ({
    value: mode === kind ? state.discountValue : '',
    'data-cell': `header:discount-${kind}`,
    onChange: (e: { target: { value: string } }) =>
      onChange(
        e.target.value.trim() === ''
          ? { discountMode: 'none', discountValue: '' }
          : { discountMode: kind, discountValue: e.target.value },
        'header:discountValue',
      ),
    onBlur,
  });
  return (
    <section className="panel qe-panel" aria-labelledby="qe-discount">
      <h2 id="qe-discount" className="panel-title">
        {t('quoteEditor.discountTitle')}
      </h2>
      <p className="muted qe-small">{t('quoteEditor.discountPrinciple')}</p>
      <div className="qe-discount-grid">
        <Field label={t('quoteEditor.discountPercent')} error={mode === 'percent' ? error('discountValue') : undefined}>
          <DecimalInput {...value('percent')} />
        </Field>
        <Field label={t('quoteEditor.discountAmount')} error={mode === 'amount' ? error('discountValue') : undefined}>
          <DecimalInput {...value('amount')} />
        </Field>
      </div>
      <Field label={t('quoteEditor.discountReason')} error={error('discountReason')}>
        <input
          type="text"
          value={state.discountReason}
          data-cell="header:discountReason"
          onChange={(e) => onChange({ discountReason: e.target.value }, 'header:discountReason')}
          onBlur={onBlur}
        />
      </Field>
      <Field label={t('quoteEditor.discountCondition')} error={error('discountCondition')}>
        <input
          type="text"
          value={state.discountCondition}
          data-cell="header:discountCondition"
          onChange={(e) => onChange({ discountCondition: e.target.value }, 'header:discountCondition')}
          onBlur={onBlur}
        />
      </Field>
      {computed && computed.discount > 0 && (
        <p className="qe-small" data-testid="discount-effect">
          {t('quoteEditor.discountEffect', {
            amount: formatMoney(computed.discount, state.currency, lang),
            margin: fmt.percent(computed.marginPercent),
          })}
        </p>
      )}
    </section>
  );
});
