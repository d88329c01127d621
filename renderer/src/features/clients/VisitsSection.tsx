import { useTranslation } from 'react-i18next';
import { ClientLogPanel, LogRowActions, LogTable, type LogFormTarget } from './LogPanel';
import { VISIT_SIGNALS, visitInputSchema, type ClientDetail, type Visit } from '@shared/contract';
import { Field } from '../../components/Field';
import { SubForm } from '../../components/forms/SubForm';
import { useFormat } from '../../i18n/format';
import { idOrNull } from './labels';
import { useLogForm } from './useLogForm';
import { localToday } from '@shared/dates/local';

/** The visit log (走访): purpose, plan, outcome, next step. */
export function VisitsSection({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <ClientLogPanel
      section="visits"
      clientId={client.id}
      form={(done, target) => <VisitForm client={client} target={target} onDone={done} />}
    >
      {(items, open) => (
        <LogTable
          caption={t('accounts.visits.title')}
          empty={t('accounts.visits.empty')}
          items={items}
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
          ]}
          actions={(v) => (
            <LogRowActions
              call="visits.delete"
              id={v.id}
              clientId={client.id}
              name={`${fmt.date(v.visitedOn)} ${v.purpose}`}
              onEdit={() => open(v)}
            />
          )}
        />
      )}
    </ClientLogPanel>
  );
}

function VisitForm({ client, target, onDone }: { client: ClientDetail; target: LogFormTarget<Visit>; onDone(): void }) {
  const { t } = useTranslation();
  const { form, errors, subForm } = useLogForm({
    call: 'visits.save',
    schema: visitInputSchema,
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
    onDone,
  });
  return (
    <SubForm label={target.mode === 'edit' ? t('accounts.visits.edit') : t('accounts.visits.add')} {...subForm}>
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
    </SubForm>
  );
}
