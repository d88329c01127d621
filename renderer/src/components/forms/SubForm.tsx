import type { FormEventHandler, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What a form of one entry takes: its name, the screen's submit and cancel, the save's state. */
export interface SubFormProps {
  /** The form's accessible name ("Add visit", "Edit complaint"). */
  label: string;
  /** Classes besides the form's own (a feature's layout). */
  className?: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  onCancel(): void;
  saving: boolean;
  /** The refusal's form-level message, if any. */
  message: string | null;
  children: ReactNode;
}

/**
 * A form opened inside a panel to add or change one entry (a visit, a complaint, a survey, a cost):
 * its fields, then Save (greyed while saving), Cancel, and the refusal's form-level message. The
 * screen's own submit does the validating and the call.
 */
export function SubForm(form: SubFormProps) {
  const { t } = useTranslation();
  return (
    <form
      className={['sub-form', form.className].filter(Boolean).join(' ')}
      aria-label={form.label}
      noValidate
      onSubmit={form.onSubmit}
    >
      {form.children}
      <div className="form-footer">
        <button type="submit" className="btn btn-primary" disabled={form.saving}>
          {t('common.save')}
        </button>
        <button type="button" className="btn" onClick={form.onCancel}>
          {t('common.cancel')}
        </button>
        {form.message && <p className="form-error">{form.message}</p>}
      </div>
    </form>
  );
}
