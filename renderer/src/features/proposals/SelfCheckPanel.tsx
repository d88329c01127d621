import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { SELF_CHECK_DIMENSIONS, type SelfCheck, type SelfCheckDimension } from '@shared/proposal';

type Scores = Partial<Record<SelfCheckDimension, number>>;

/** 提案的专业水准: six dimensions, 1–5 each; the record counts once all six are scored. */
export function SelfCheckPanel({
  value,
  threshold,
  onChange,
  readOnly,
}: {
  value: SelfCheck | null;
  threshold: number;
  onChange(v: SelfCheck | null): void;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const [scores, setScores] = useState<Scores>(value ?? {});
  const set = (d: SelfCheckDimension, n: number | undefined) => {
    const next = { ...scores, [d]: n };
    setScores(next);
    const complete = SELF_CHECK_DIMENSIONS.every((k) => next[k] !== undefined);
    onChange(complete ? (next as SelfCheck) : null);
  };
  return (
    <section className="panel pe-side" aria-labelledby="pe-selfcheck">
      <h2 id="pe-selfcheck" className="panel-title">
        {t('proposalEditor.selfCheck')}
      </h2>
      <p className="muted pe-hint">{t('proposalEditor.selfCheckHint', { threshold })}</p>
      <div className="pe-scores">
        {SELF_CHECK_DIMENSIONS.map((d) => {
          const low = scores[d] !== undefined && scores[d]! < threshold;
          return (
            <Field
              key={d}
              label={t(`proposalEditor.dimensions.${d}`)}
              className={`pe-score${low ? ' pe-score-low' : ''}`}
            >
              <select
                value={scores[d] ?? ''}
                disabled={readOnly}
                onChange={(e) => set(d, e.target.value === '' ? undefined : Number(e.target.value))}
              >
                <option value="">{t('proposalEditor.notScored')}</option>
                {[1, 2, 3, 4, 5].map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </Field>
          );
        })}
      </div>
    </section>
  );
}
