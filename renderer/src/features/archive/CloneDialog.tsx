import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorText, useCallMutation, useCallQuery } from '../../api';
import { usePreferences } from '../../app/preferences';
import { Dialog } from '../../components/Dialog';

/** Reuse a sent version: a new draft (same or another client) with its text and a copy of its quote. */
export function CloneDialog({
  proposalId,
  number,
  clientId,
  title,
  onClose,
}: {
  proposalId: number;
  number: number;
  clientId: number;
  title: string;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { lang } = usePreferences();
  const navigate = useNavigate();
  const options = useCallQuery('archive.filterOptions', {});
  const clone = useCallMutation('archive.clone');
  const [client, setClient] = useState(clientId);
  const [name, setName] = useState(title);
  return (
    <Dialog title={t('archiveWork.clone.title', { n: number })} onClose={onClose}>
      <p className="muted">{t('archiveWork.clone.hint')}</p>
      <form
        className="dialog-form"
        onSubmit={(e) => {
          e.preventDefault();
          clone.mutate(
            { id: proposalId, number, clientId: client, title: name.trim() || undefined },
            { onSuccess: (r) => void navigate(`/proposals/${r.proposalId}`) },
          );
        }}
      >
        <label className="field">
          <span>{t('archiveWork.clone.client')}</span>
          <select value={client} onChange={(e) => setClient(Number(e.target.value))}>
            {options.data?.clients.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('archiveWork.clone.name')}</span>
          <input value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
        </label>
        {clone.isError && <p className="form-error">{errorText(clone.error, lang)}</p>}
        <div className="dialog-actions">
          <button type="submit" className="btn btn-primary" disabled={clone.isPending}>
            {t('archiveWork.clone.create')}
          </button>
          <button type="button" className="btn" onClick={onClose}>
            {t('archiveWork.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
