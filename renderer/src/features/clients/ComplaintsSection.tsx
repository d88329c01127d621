import { useTranslation } from 'react-i18next';
import { ClientLogPanel, LogRowActions, LogTable, type LogFormTarget } from './LogPanel';
import { COMPLAINT_SEVERITIES, complaintInputSchema, type ClientDetail, type Complaint } from '@shared/contract';
import { useCallQuery } from '../../api';
import { Badge } from '../../components/Badge';
import { Field } from '../../components/Field';
import { SubForm } from '../../components/forms/SubForm';
import { useFormat } from '../../i18n/format';
import { idOrNull } from './labels';
import { useLogForm } from './useLogForm';
import { localToday } from '@shared/dates/local';

const SEVERITY_TONE = { low: 'neutral', medium: 'warning', high: 'danger' } as const;

/** The complaint log: who received it, who owns the first response, how long it took to resolve. */
export function ComplaintsSection({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <ClientLogPanel
      section="complaints"
      clientId={client.id}
      form={(done, target) => <ComplaintForm clientId={client.id} target={target} onDone={done} />}
    >
      {(items, open) => (
        <LogTable
          caption={t('accounts.complaints.title')}
          empty={t('accounts.complaints.empty')}
          items={items}
          columns={[
            {
              id: 'on',
              header: t('accounts.complaints.receivedOn'),
              cell: (c) => fmt.date(c.receivedOn),
              fit: true,
            },
            {
              id: 'sev',
              header: t('accounts.complaints.severity'),
              cell: (c) => (
                <Badge tone={SEVERITY_TONE[c.severity]}>{t(`accounts.complaints.severities.${c.severity}`)}</Badge>
              ),
              fit: true,
            },
            { id: 'what', header: t('accounts.complaints.description'), cell: (c) => c.description },
            { id: 'by', header: t('accounts.complaints.receivedBy'), cell: (c) => c.receivedBy, fit: true },
            {
              id: 'owner',
              header: t('accounts.complaints.responder'),
              cell: (c) => c.responderName ?? '',
              fit: true,
            },
            { id: 'res', header: t('accounts.complaints.resolution'), cell: (c) => c.resolution },
            {
              id: 'days',
              header: t('accounts.complaints.daysToResolve'),
              align: 'end',
              cell: (c) =>
                c.daysToResolve === null ? (
                  <Badge tone="danger">{t('accounts.complaints.open')}</Badge>
                ) : (
                  fmt.number(c.daysToResolve)
                ),
            },
          ]}
          actions={(c) => {
            const name = `${fmt.date(c.receivedOn)} ${c.description.slice(0, 20)}`;
            return (
              <LogRowActions
                call="complaints.delete"
                id={c.id}
                clientId={client.id}
                name={name}
                onEdit={() => open(c)}
                extra={
                  c.daysToResolve === null && (
                    <button
                      type="button"
                      className="btn btn-small btn-primary"
                      aria-label={t('accounts.complaints.resolveLabel', { name })}
                      onClick={() => open(c, 'resolve')}
                    >
                      {t('accounts.complaints.resolve')}
                    </button>
                  )
                }
              />
            );
          }}
        />
      )}
    </ClientLogPanel>
  );
}

function ComplaintForm({
  clientId,
  target,
  onDone,
}: {
  clientId: number;
  target: LogFormTarget<Complaint>;
  onDone(): void;
}) {
  const resolving = target.mode === 'edit' && target.focus === 'resolve';
  const todayIso = localToday();
  const { t } = useTranslation();
  const users = useCallQuery('users.list', {});
  const { form, errors, subForm } = useLogForm({
    call: 'complaints.save',
    schema: complaintInputSchema,
    defaultValues:
      target.mode === 'edit'
        ? {
            id: target.entry.id,
            clientId,
            receivedOn: target.entry.receivedOn,
            receivedBy: target.entry.receivedBy,
            responderId: target.entry.responderId,
            severity: target.entry.severity,
            description: target.entry.description,
            resolution: target.entry.resolution,
            // Resolving today, unless a date is already there; never before it was received.
            resolvedOn:
              target.entry.resolvedOn ||
              (resolving ? (todayIso < target.entry.receivedOn ? target.entry.receivedOn : todayIso) : ''),
          }
        : {
            clientId,
            receivedOn: todayIso,
            receivedBy: '',
            responderId: null,
            severity: 'medium',
            description: '',
            resolution: '',
            resolvedOn: '',
          },
    onDone,
  });
  return (
    <SubForm label={target.mode === 'edit' ? t('accounts.complaints.edit') : t('accounts.complaints.add')} {...subForm}>
      <div className="form-grid">
        <Field label={t('accounts.complaints.receivedOn')} error={errors.receivedOn?.message}>
          <input type="date" {...form.register('receivedOn')} />
        </Field>
        <Field label={t('accounts.complaints.receivedBy')} error={errors.receivedBy?.message}>
          <input type="text" autoFocus={!resolving} {...form.register('receivedBy')} />
        </Field>
        <Field label={t('accounts.complaints.responder')} error={errors.responderId?.message}>
          <select {...form.register('responderId', { setValueAs: idOrNull })}>
            <option value="">{t('accounts.form.noOwner')}</option>
            {users.data?.items.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('accounts.complaints.severity')} error={errors.severity?.message}>
          <select {...form.register('severity')}>
            {COMPLAINT_SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {t(`accounts.complaints.severities.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('accounts.complaints.description')} error={errors.description?.message}>
          <textarea rows={2} {...form.register('description')} />
        </Field>
        <Field label={t('accounts.complaints.resolution')} error={errors.resolution?.message}>
          <textarea rows={2} autoFocus={resolving} {...form.register('resolution')} />
        </Field>
        <Field label={t('accounts.complaints.resolvedOn')} error={errors.resolvedOn?.message}>
          <input type="date" {...form.register('resolvedOn')} />
        </Field>
      </div>
    </SubForm>
  );
}
