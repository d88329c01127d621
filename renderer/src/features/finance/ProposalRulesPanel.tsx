import { useState } from 'react';
import type { ProposalSettings } from '@shared/contract';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { errorText, useCallMutation, useCallQuery } from '../../api';
import { usePreferences } from '../../app/preferences';

/** The discount limit and the self-check line; the margin floor stays with the workspace settings. */
export function ProposalRulesPanel() {
  const rules = useCallQuery('proposalSettings.get', {});
  return rules.data ? <RulesForm initial={rules.data} /> : null;
}

function RulesForm({ initial }: { initial: ProposalSettings }) {
  const { t } = useTranslation();
  const { lang } = usePreferences();
  const settings = useCallQuery('settings.get', {});
  const [limit, setLimit] = useState(initial.discountLimitPercent);
  const [threshold, setThreshold] = useState(initial.selfCheckThreshold);
  const [freeLine, setFreeLine] = useState(initial.freeLineCostPercent);
  const [saved, setSaved] = useState(false);
  const update = useCallMutation('proposalSettings.update', { onSuccess: () => setSaved(true) });
  return (
    <section className="panel" aria-labelledby="fq-rules">
      <h2 id="fq-rules" className="panel-title">
        {t('financeQueue.rules')}
      </h2>
      <p className="muted panel-hint">
        {t('financeQueue.rulesHint')} ({t('settings.marginFloorPercent')}: {settings.data?.marginFloorPercent ?? '—'}%)
      </p>
      <Field label={t('financeQueue.discountLimit')}>
        <input
          type="text"
          inputMode="decimal"
          className="input-num"
          value={limit}
          onChange={(e) => {
            setSaved(false);
            setLimit(e.target.value);
          }}
        />
      </Field>
      <Field label={t('financeQueue.freeLineLimit')} hint={t('financeQueue.freeLineLimitHint')}>
        <input
          type="text"
          inputMode="decimal"
          className="input-num"
          value={freeLine}
          onChange={(e) => {
            setSaved(false);
            setFreeLine(e.target.value);
          }}
        />
      </Field>
      <Field label={t('financeQueue.selfCheckThreshold')}>
        <select
          value={threshold}
          onChange={(e) => {
            setSaved(false);
            setThreshold(Number(e.target.value));
          }}
        >
          {[1, 2, 3, 4, 5].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </Field>
      <div className="pe-dialog-actions">
        {saved && <span className="saved-notice">✓ {t('financeQueue.rulesSaved')}</span>}
        <button
          type="button"
          className="btn"
          disabled={update.isPending}
          onClick={() =>
            update.mutate({ discountLimitPercent: limit, selfCheckThreshold: threshold, freeLineCostPercent: freeLine })
          }
        >
          {t('common.save')}
        </button>
      </div>
      {update.error && (
        <p className="form-error" role="alert">
          {update.error.code === 'forbidden' ? t('financeQueue.rulesReadOnly') : errorText(update.error, lang)}{' '}
          {update.error.issues.map((i) => i.messages[lang]).join(' ')}
        </p>
      )}
    </section>
  );
}
