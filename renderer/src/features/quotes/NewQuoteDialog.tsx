import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import * as z from 'zod';
import { idSchema, text } from '@shared/contract/common';
import type { ClientSummary } from '@shared/contract';
import { errorMapFor } from '@shared/validation';
import { useCallMutation } from '../../api';
import { usePreferences } from '../../app/preferences';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useServerErrors } from '../../components/forms/useServerErrors';

const newQuoteSchema = z.object({ clientId: z.coerce.number().pipe(idSchema), title: text(200) });
type NewQuoteInput = z.input<typeof newQuoteSchema>;
type NewQuoteValues = z.output<typeof newQuoteSchema>;

/** Start a quote: whom it is for and what it is called; the editor takes it from there. */
export function NewQuoteDialog({
  clients,
  clientId,
  onClose,
}: {
  clients: ClientSummary[];
  /** Preselected (opened from a client's record). */
  clientId?: number;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { lang } = usePreferences();
  const navigate = useNavigate();
  const form = useForm<NewQuoteInput, unknown, NewQuoteValues>({
    resolver: zodResolver(newQuoteSchema, { error: errorMapFor(lang) }),
    defaultValues: { clientId: clientId ?? clients[0]?.id ?? 0, title: '' },
  });
  const serverErrors = useServerErrors(form);
  const create = useCallMutation('quotes.create', {
    onSuccess: (record) => void navigate(`/quotes/${record.id}`),
    onError: serverErrors.apply,
  });
  const { errors } = form.formState;
  return (
    <Dialog title={t('quoteEditor.newQuote')} onClose={onClose}>
      <form
        className="dialog-form"
        noValidate
        onSubmit={form.handleSubmit((values) => {
          serverErrors.clear();
          create.mutate(values);
        })}
      >
        <Field label={t('quoteEditor.client')} error={errors.clientId?.message}>
          <select {...form.register('clientId')}>
            {clients.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('quoteEditor.title')} error={errors.title?.message}>
          <input type="text" {...form.register('title')} />
        </Field>
        {serverErrors.formMessage && (
          <p className="form-error" role="alert">
            {serverErrors.formMessage}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={create.isPending}>
            {t('quoteEditor.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
