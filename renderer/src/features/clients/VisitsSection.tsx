import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LogPanel, LogRowActions, type LogFormTarget } from './LogPanel';
import type * as z from 'zod';
import { VISIT_SIGNALS, visitInputSchema, type ClientDetail, type Visit } from '@shared/contract';
import { errorMapFor } from '@shared/validation';
import { useCallMutation, useCallQuery } from '../../api';
import { usePreferences } from '../../app/preferences';
import { DataTable } from '../../components/DataTable';
import { Field } from '../../components/Field';
import { useServerErrors } from '../../components/forms/useServerErrors';
import { QueryView } from '../../components/QueryView';
import { useFormat } from '../../i18n/format';
import { idOrNull } from './labels';
import { localToday } from '@shared/dates/local';

type VisitValues = z.input<typeof visitInputSchema>;

/** The visit log (走访): purpose, plan, outcome, next step. */
export function VisitsSection({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const visits = useCallQuery('visits.list', { clientId: client.id });
  return (
    <LogPanel<Visit>
      id="visits"
      title={t('accounts.visits.title')}
      addLabel={t('accounts.visits.add')}
      form={(done, target) => (
        <VisitForm
          key={target.mode === 'edit' ? target.entry.id : 'new'}
          client={client}
          target={target}
          onDone={done}
        />
      )}
    >
      {(open) => (
        <QueryView query={visits}>
          {({ items }) =>
            items.length === 0 ? (
              <p className="muted">{t('accounts.visits.empty')}</p>
            ) : (
              <DataTable
                caption={t('accounts.visits.title')}
                rows={items}
                rowKey={(v) => v.id}
                columns={[
                  { id: 'on', header: t('accounts.visits.visitedOn'), cell: (v) => fmt.date(v.visitedOn), fit: true },
                  { id: 'who', header: t('accounts.visits.contact'), cell: (v) => v.contactName ?? '', fit: true },
                  { id: 'purpose', header: t('accounts.visits.purpose'), cell: (v) => v.purpose },
                  { id: 'outcome', header: t('accounts.visits.outcome'), cell: (v) => v.outcome },
                  { id: 'next', header: t('accounts.visits.nextStep'), cell: (v) => v.nextStep },
                  {
                    id: 'signals',
                    header: t('accounts.visits.signals'),
                    cell: (v) => (
                      <span className="churn-reasons">
                        {v.signals.map((s) => (
                          <span key={s} className="badge badge-warning">
                            {t(`accounts.signals.${s}`)}
                          </span>
                        ))}
                      </span>
                    ),
                  },
                  {
                    id: 'actions',
                    header: t('accounts.log.actions'),
                    fit: true,
                    cell: (v) => (
                      <LogRowActions
                        call="visits.delete"
                        id={v.id}
                        clientId={client.id}
                        name={`${fmt.date(v.visitedOn)} ${v.purpose}`}
                        onEdit={() => open(v)}
                      />
                    ),
                  },
                ]}
              />
            )
          }
        </QueryView>
      )}
    </LogPanel>
  );
}

function VisitForm({ client, target, onDone }: { client: ClientDetail; target: LogFormTarget<Visit>; onDone(): void }) {
  const { t } = useTranslation();
  const { lang } = usePreferences();
  const form = useForm<VisitValues>({
    resolver: zodResolver(visitInputSchema, { error: errorMapFor(lang) }),
    defaultValues:
      target.mode === 'edit'
        ? {
            id: target.entry.id,
            clientId: client.id,
            visitedOn: target.entry.visitedOn,
            contactId: target.entry.contactId,
            purpose: target.entry.purpose,
            plan: target.entry.plan,
            outcome: target.entry.outcome,
            nextStep: target.entry.nextStep,
            signals: target.entry.signals,
          }
        : {
            clientId: client.id,
            visitedOn: localToday(),
            contactId: null,
            purpose: '',
            plan: '',
            outcome: '',
            nextStep: '',
            signals: [],
          },
  });
  const serverErrors = useServerErrors(form);
  const save = useCallMutation('visits.save', { onSuccess: onDone, onError: serverErrors.apply });
  const { errors } = form.formState;
  return (
    <form
      className="sub-form"
      aria-label={target.mode === 'edit' ? t('accounts.visits.edit') : t('accounts.visits.add')}
      noValidate
      onSubmit={form.handleSubmit((v) => {
        serverErrors.clear();
        save.mutate(v);
      })}
    >
      <div className="form-grid">
        <Field label={t('accounts.visits.visitedOn')} error={errors.visitedOn?.message}>
          <input type="date" {...form.register('visitedOn')} />
        </Field>
        <Field label={t('accounts.visits.contact')} error={errors.contactId?.message}>
          <select {...form.register('contactId', { setValueAs: idOrNull })}>
            <option value="">{t('accounts.visits.none')}</option>
            {client.contacts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('accounts.visits.purpose')} error={errors.purpose?.message}>
          <input type="text" autoFocus {...form.register('purpose')} />
        </Field>
        <Field label={t('accounts.visits.plan')} error={errors.plan?.message}>
          <textarea rows={2} {...form.register('plan')} />
        </Field>
        <Field label={t('accounts.visits.outcome')} error={errors.outcome?.message}>
          <textarea rows={2} {...form.register('outcome')} />
        </Field>
        <Field label={t('accounts.visits.nextStep')} error={errors.nextStep?.message}>
          <textarea rows={2} {...form.register('nextStep')} />
        </Field>
        {/* 敷衍 / 意见不统一: noticed on this visit or call, counted in the churn warnings with its date. */}
        <fieldset className="check-group">
          <legend>{t('accounts.visits.signals')}</legend>
          <p className="muted field-hint">{t('accounts.visits.signalsHint')}</p>
          {VISIT_SIGNALS.map((signal) => (
            <label key={signal} className="check">
              <input type="checkbox" value={signal} {...form.register('signals')} />
              {t(`accounts.signals.${signal}`)}
            </label>
          ))}
        </fieldset>
      </div>
      <div className="form-footer">
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {t('common.save')}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          {t('common.cancel')}
        </button>
        {serverErrors.formMessage && <p className="form-error">{serverErrors.formMessage}</p>}
      </div>
    </form>
  );
}
