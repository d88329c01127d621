import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import type { ProposalDetail } from '@shared/contract';
import { errorText, useCallMutation } from '../../api';
import { usePreferences } from '../../app/preferences';
import { useFormat } from '../../i18n/format';
import { Dialog } from '../../components/Dialog';
import { findingText } from './findings';

/** Send: what will be frozen, what blocks it, what to look at first, and the reasons it asks for. */
export function SendDialog({
  proposal,
  onClose,
  onSent,
}: {
  proposal: ProposalDetail;
  onClose(): void;
  onSent(n: number): void;
}) {
  const { t } = useTranslation();
  const { lang } = usePreferences();
  const fmt = useFormat();
  const [reason, setReason] = useState('');
  const [ack, setAck] = useState(false);
  const send = useCallMutation('proposals.send', { onSuccess: (r) => onSent(r.version) });
  const next = proposal.versionCount + 1;
  const { blockers } = proposal.check;
  const warnings = proposal.check.warnings.filter((w) => w.code !== 'no_pre_communication');
  const needsReason = proposal.preCommunication === null;
  const q = proposal.quote;
  const ready = blockers.length === 0 && (!needsReason || reason.trim() !== '') && (warnings.length === 0 || ack);
  return (
    <Dialog title={t('proposalEditor.sendTitle')} onClose={onClose} size="wide">
      <p>{t('proposalEditor.sendIntro', { n: next })}</p>
      {q && (
        <p className="pe-send-figures">
          <strong>{proposal.title}</strong> · {q.title} · {fmt.money(q.total, q.currency)} ·{' '}
          {t('proposalEditor.margin')} {fmt.percent(q.marginPercent)}
        </p>
      )}
      {blockers.length > 0 && (
        <>
          <p className="pe-send-heading">{t('proposalEditor.sendBlocked')}</p>
          <ul className="pe-findings">
            {blockers.map((b, i) => (
              <li key={i} className="pe-blocker" data-code={b.code}>
                × {findingText(t, b)}
              </li>
            ))}
          </ul>
        </>
      )}
      {warnings.length > 0 && (
        <>
          <p className="pe-send-heading">{t('proposalEditor.sendWarnings')}</p>
          <ul className="pe-findings">
            {warnings.map((w, i) => (
              <li key={i} className="pe-warning" data-code={w.code}>
                ⚠ {findingText(t, w)}
              </li>
            ))}
          </ul>
        </>
      )}
      {needsReason && (
        <Field label={`⚠ ${t('proposalEditor.noPreCommReason')}`}>
          <textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
        </Field>
      )}
      {warnings.length > 0 && (
        <label className="pe-check">
          <input type="checkbox" checked={ack} onChange={(e) => setAck(e.target.checked)} />
          <span>{t('proposalEditor.acknowledge')}</span>
        </label>
      )}
      {send.error && (
        <p className="form-error" role="alert">
          {errorText(send.error, lang)}
          {send.error.issues.map((i) => ` ${i.messages[lang]}`).join('')}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          disabled={!ready || send.isPending}
          onClick={() =>
            send.mutate({
              id: proposal.id,
              revision: proposal.revision,
              acknowledgeWarnings: ack,
              ...(needsReason ? { noPreCommunicationReason: reason } : {}),
            })
          }
        >
          {t('proposalEditor.sendNow', { n: next })}
        </button>
      </div>
    </Dialog>
  );
}
