import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRE_COMMUNICATION_CHANNELS, type PreCommunication } from '@shared/proposal';
import { Field } from '../../components/Field';
import { localToday } from '@shared/dates/local';

type Draft = Omit<PreCommunication, 'channel'> & { channel: PreCommunication['channel'] };
const EMPTY = (): Draft => ({
  date: localToday(),
  channel: 'meeting',
  withWhom: '',
  costAgreed: '',
  disputedPoints: '',
});

/** 沟通性提案要点: when, how, with whom, what was agreed on cost and on the disputed points. */
export function PreCommunicationPanel({
  value,
  onChange,
  readOnly,
}: {
  value: PreCommunication | null;
  onChange(v: PreCommunication | null): void;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(value ?? EMPTY());
  // The record counts once it says when, with whom and what was agreed on cost.
  const update = (patch: Partial<Draft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    const complete =
      /^\d{4}-\d{2}-\d{2}$/.test(next.date) && next.withWhom.trim() !== '' && next.costAgreed.trim() !== '';
    onChange(
      complete
        ? {
            ...next,
            withWhom: next.withWhom.trim(),
            costAgreed: next.costAgreed.trim(),
            disputedPoints: next.disputedPoints.trim(),
          }
        : null,
    );
  };
  return (
    <section className="panel pe-side" aria-labelledby="pe-precomm">
      <h2 id="pe-precomm" className="panel-title">
        {t('proposalEditor.preComm')}
      </h2>
      <p className="muted pe-hint">{t('proposalEditor.preCommHint')}</p>
      <div className="pe-side-grid">
        <Field label={t('proposalEditor.preCommDate')}>
          <input
            type="text"
            placeholder="YYYY-MM-DD"
            value={draft.date}
            readOnly={readOnly}
            onChange={(e) => update({ date: e.target.value })}
          />
        </Field>
        <Field label={t('proposalEditor.preCommChannel')}>
          <select
            value={draft.channel}
            disabled={readOnly}
            onChange={(e) => update({ channel: e.target.value as Draft['channel'] })}
          >
            {PRE_COMMUNICATION_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`proposalEditor.channels.${c}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field label={t('proposalEditor.preCommWith')}>
        <input
          type="text"
          value={draft.withWhom}
          readOnly={readOnly}
          onChange={(e) => update({ withWhom: e.target.value })}
        />
      </Field>
      <Field label={t('proposalEditor.preCommCost')}>
        <textarea
          rows={2}
          value={draft.costAgreed}
          readOnly={readOnly}
          onChange={(e) => update({ costAgreed: e.target.value })}
        />
      </Field>
      <Field label={t('proposalEditor.preCommDisputed')}>
        <textarea
          rows={2}
          value={draft.disputedPoints}
          readOnly={readOnly}
          onChange={(e) => update({ disputedPoints: e.target.value })}
        />
      </Field>
      <p className={value ? 'pe-ok' : 'muted'} role="status">
        {value ? `✓ ${t('proposalEditor.preComm')} · ${value.date}` : t('proposalEditor.preCommMissing')}
      </p>
    </section>
  );
}
