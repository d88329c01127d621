import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, useCallMutation } from '../../api';
import { usePreferences } from '../../app/preferences';

/** What the form of a log panel is opened for: a new entry, or one of the list to change. */
export type LogFormTarget<T> = { mode: 'add' } | { mode: 'edit'; entry: T; focus?: string };

/**
 * A panel of a client's record that lists entries and opens a form to add or change one (visits,
 * complaints, surveys): the title, the add button that hides while the form is open, the form,
 * the list. The list gets `open(entry)` for its rows' edit buttons.
 */
export function LogPanel<T>({
  id,
  title,
  addLabel,
  form,
  children,
}: {
  id: string;
  title: string;
  addLabel: string;
  form: (onDone: () => void, target: LogFormTarget<T>) => ReactNode;
  children: (open: (entry: T, focus?: string) => void) => ReactNode;
}) {
  const [target, setTarget] = useState<LogFormTarget<T> | null>(null);
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <div className="panel-head">
        <h2 id={`${id}-heading`} className="panel-title">
          {title}
        </h2>
        {!target && (
          <button type="button" className="btn btn-small" onClick={() => setTarget({ mode: 'add' })}>
            {addLabel}
          </button>
        )}
      </div>
      {target && form(() => setTarget(null), target)}
      {children((entry, focus) => setTarget({ mode: 'edit', entry, focus }))}
    </section>
  );
}

type DeleteCall = 'visits.delete' | 'complaints.delete' | 'surveys.delete';

/** A row's edit and delete buttons; the delete asks first and names the entry. */
export function LogRowActions({
  call,
  id,
  clientId,
  name,
  onEdit,
  extra,
}: {
  call: DeleteCall;
  id: number;
  clientId: number;
  /** How the entry reads in the buttons' labels and the question: its date and subject. */
  name: string;
  onEdit(): void;
  extra?: ReactNode;
}) {
  const { t } = useTranslation();
  const { lang } = usePreferences();
  const remove = useCallMutation(call);
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="log-row-actions">
      {extra}
      <button
        type="button"
        className="btn btn-small"
        aria-label={t('accounts.log.editLabel', { name })}
        onClick={onEdit}
      >
        {t('accounts.log.edit')}
      </button>
      <button
        type="button"
        className="btn btn-small btn-danger-quiet"
        aria-label={t('accounts.log.deleteLabel', { name })}
        disabled={remove.isPending}
        onClick={() => {
          if (!window.confirm(t('accounts.log.confirmDelete', { name }))) return;
          remove.mutate({ id, clientId }, { onError: (e) => setError(errorText(e, lang)) });
        }}
      >
        {t('accounts.log.delete')}
      </button>
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
