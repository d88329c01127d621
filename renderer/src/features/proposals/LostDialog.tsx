import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { LOSS_REASONS, type LossReason } from '@shared/proposal';
import { Dialog } from '../../components/Dialog';

/** Lost, with a reason from the list and words beside it. */
export function LostDialog({
  onConfirm,
  onClose,
  error,
  busy,
}: {
  onConfirm(reason: LossReason | undefined, note: string): void;
  onClose(): void;
  error: string | null;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<LossReason | ''>('');
  const [note, setNote] = useState('');
  return (
    <Dialog title={t('proposalEditor.lostTitle')} onClose={onClose}>
      <Field label={t('proposalEditor.lostReason')}>
        <select value={reason} onChange={(e) => setReason(e.target.value as LossReason | '')}>
          <option value="">{t('proposalEditor.chooseReason')}</option>
          {LOSS_REASONS.map((r) => (
            <option key={r} value={r}>
              {t(`lossReasons.${r}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('proposalEditor.lostNote')}>
        <textarea rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy}
          onClick={() => onConfirm(reason || undefined, note)}
        >
          {t('proposalEditor.confirm')}
        </button>
      </div>
    </Dialog>
  );
}
