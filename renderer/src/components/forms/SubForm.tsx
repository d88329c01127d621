import type { FormEventHandler, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A form opened inside a panel to add or change one entry (a visit, a complaint, a survey, a cost):
 * its fields, then Save (greyed while saving), Cancel, and the refusal's form-level message. The
 * screen's own submit does the validating and the call.
 */
export function SubForm({
  label,
  className,
  onSubmit,
  onCancel,
  saving,
  message,
  children,
}: {
  /** The form's accessible name ("Add visit", "Edit complaint"). */
  label: string;
  /** Classes besides `sub-form` (a feature's own layout). */
  className?: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  onCancel(): void;
  saving: boolean;
  message: string | null;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <form
      className={['sub-form', className].filter(Boolean).join(' ')}
      aria-label={label}
      noValidate
      onSubmit={onSubmit}
    >
      {children}
      <div className="form-footer">
        <button type="submit" className="btn btn-primary" disabled={saving}>
          {t('common.save')}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        {message && <p className="form-error">{message}</p>}
      </div>
    </form>
  );
}
