import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type * as z from 'zod';
import {
  CLIENT_STATUSES,
  clientInputSchema,
  PRICE_SENSITIVITIES,
  type ClientDetail,
  type ContactInput,
} from '@shared/contract';
import { LEVELS } from '@shared/analytics/client-type';
import { errorMapFor } from '@shared/validation';
import { useCallMutation, useCallQuery } from '../../api';
import { usePreferences } from '../../app/preferences';
import { Field } from '../../components/Field';
import { useServerErrors } from '../../components/forms/useServerErrors';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { emptyToNull, idOrNull, splitTags } from './labels';
import { MoneyInput } from './MoneyField';

type ClientFormValues = z.input<typeof clientInputSchema>;

const EMPTY_CONTACT: ContactInput = {
  name: '',
  role: '',
  phone: '',
  email: '',
  wechat: '',
  birthday: '',
  decisionMaker: false,
  topManagement: false,
};

const NEW_CLIENT: ClientFormValues = {
  name: '',
  industry: '',
  status: 'active',
  priceSensitivity: 'sensitive',
  ownerId: null,
  decisionProcess: '',
  character: null,
  professionalism: null,
  tags: [],
  relatedSales: 0,
  contacts: [],
  dates: [],
};

function valuesOf(c: ClientDetail): ClientFormValues {
  return {
    name: c.name,
    industry: c.industry,
    status: c.status,
    priceSensitivity: c.priceSensitivity,
    ownerId: c.ownerId,
    decisionProcess: c.decisionProcess,
    character: c.character,
    professionalism: c.professionalism,
    tags: c.tags,
    relatedSales: c.relatedSales,
    contacts: c.contacts,
    dates: c.dates,
  };
}

export function ClientNewScreen() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('accounts.form.newTitle')} />
      <ClientForm initial={NEW_CLIENT} />
    </>
  );
}

export function ClientEditScreen() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const client = useCallQuery('clients.get', { id });
  return (
    <>
      <PageHeader title={t('accounts.form.editTitle')} subtitle={client.data?.name} />
      <QueryView query={client}>{(c) => <ClientForm initial={valuesOf(c)} id={c.id} />}</QueryView>
    </>
  );
}

function ClientForm({ initial, id }: { initial: ClientFormValues; id?: number }) {
  const { t } = useTranslation();
  const { lang } = usePreferences();
  const navigate = useNavigate();
  const users = useCallQuery('users.list', {});
  const settings = useCallQuery('settings.get', {});
  const form = useForm<ClientFormValues>({
    // The contract's own schema, worded in the UI language: the rules the core applies on save.
    resolver: zodResolver(clientInputSchema, { error: errorMapFor(lang) }),
    defaultValues: initial,
  });
  const contacts = useFieldArray({ control: form.control, name: 'contacts' });
  const dates = useFieldArray({ control: form.control, name: 'dates' });
  const serverErrors = useServerErrors(form);
  const save = useCallMutation('clients.save', {
    onSuccess: (r) => void navigate(`/clients/${r.id}`),
    onError: serverErrors.apply,
  });
  const { errors } = form.formState;
  const submit = form.handleSubmit((values) => {
    serverErrors.clear();
    save.mutate(id === undefined ? values : { ...values, id });
  });
  const currency = settings.data?.currency ?? 'CNY';

  return (
    <form className="client-form" onSubmit={submit} noValidate aria-busy={save.isPending}>
      <section className="panel" aria-labelledby="client-basics">
        <h2 id="client-basics" className="panel-title">
          {t('accounts.form.basics')}
        </h2>
        <div className="form-grid">
          <Field label={t('accounts.form.name')} error={errors.name?.message}>
            {/* The form opens for typing: keyboard-only creation starts here. */}
            <input type="text" autoFocus {...form.register('name')} />
          </Field>
          <Field label={t('accounts.form.industry')} error={errors.industry?.message}>
            <input type="text" {...form.register('industry')} />
          </Field>
          <Field label={t('accounts.form.owner')} error={errors.ownerId?.message}>
            <select {...form.register('ownerId', { setValueAs: idOrNull })}>
              <option value="">{t('accounts.form.noOwner')}</option>
              {users.data?.items
                .filter((u) => u.active)
                .map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
            </select>
          </Field>
          <Field label={t('accounts.form.status')} error={errors.status?.message}>
            <select {...form.register('status')}>
              {CLIENT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`clients.statuses.${s}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field
            label={t('accounts.form.priceSensitivity')}
            hint={t('accounts.form.priceHint')}
            error={errors.priceSensitivity?.message}
          >
            <select {...form.register('priceSensitivity')}>
              {PRICE_SENSITIVITIES.map((s) => (
                <option key={s} value={s}>
                  {t(`clients.sensitivities.${s}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field
            label={t('accounts.form.tags')}
            hint={t('accounts.form.tagsHint')}
            error={errors.tags?.message ?? errors.tags?.[0]?.message}
          >
            <input type="text" {...form.register('tags', { setValueAs: splitTags })} />
          </Field>
          <Field
            label={t('accounts.form.character')}
            hint={t('accounts.form.matrixHint')}
            error={errors.character?.message}
          >
            <select {...form.register('character', { setValueAs: emptyToNull })}>
              <option value="">{t('accounts.levels.unset')}</option>
              {LEVELS.map((l) => (
                <option key={l} value={l}>
                  {t(`accounts.levels.${l}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('accounts.form.professionalism')} error={errors.professionalism?.message}>
            <select {...form.register('professionalism', { setValueAs: emptyToNull })}>
              <option value="">{t('accounts.levels.unset')}</option>
              {LEVELS.map((l) => (
                <option key={l} value={l}>
                  {t(`accounts.levels.${l}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field
            label={t('accounts.form.relatedSales')}
            hint={t('accounts.form.relatedSalesHint')}
            error={errors.relatedSales ? t('accounts.form.invalidMoney') : undefined}
          >
            <Controller
              control={form.control}
              name="relatedSales"
              render={({ field }) => <MoneyInput value={field.value} onChange={field.onChange} currency={currency} />}
            />
          </Field>
          <Field label={t('accounts.form.decisionProcess')} error={errors.decisionProcess?.message} className="span-3">
            <textarea rows={2} {...form.register('decisionProcess')} />
          </Field>
        </div>
      </section>

      <section className="panel" aria-labelledby="client-contacts">
        <h2 id="client-contacts" className="panel-title">
          {t('accounts.form.contacts')}
        </h2>
        {contacts.fields.map((c, i) => {
          const e = errors.contacts?.[i];
          return (
            <fieldset key={c.id} className="contact-row" aria-label={`${t('accounts.form.contacts')} ${i + 1}`}>
              <Field label={t('accounts.form.contactName')} error={e?.name?.message}>
                <input type="text" {...form.register(`contacts.${i}.name`)} />
              </Field>
              <Field label={t('accounts.form.role')} error={e?.role?.message}>
                <input type="text" {...form.register(`contacts.${i}.role`)} />
              </Field>
              <Field label={t('accounts.form.phone')} error={e?.phone?.message}>
                <input type="text" inputMode="tel" {...form.register(`contacts.${i}.phone`)} />
              </Field>
              <Field label={t('accounts.form.email')} error={e?.email?.message}>
                <input type="text" inputMode="email" {...form.register(`contacts.${i}.email`)} />
              </Field>
              <Field label={t('accounts.form.wechat')} error={e?.wechat?.message}>
                <input type="text" {...form.register(`contacts.${i}.wechat`)} />
              </Field>
              <Field label={t('accounts.form.birthday')} error={e?.birthday?.message}>
                <input type="date" {...form.register(`contacts.${i}.birthday`)} />
              </Field>
              <label className="check">
                <input type="checkbox" {...form.register(`contacts.${i}.decisionMaker`)} />
                {t('accounts.form.decisionMaker')}
              </label>
              <label className="check">
                <input type="checkbox" {...form.register(`contacts.${i}.topManagement`)} />
                {t('accounts.form.topManagement')}
              </label>
              <button type="button" className="btn btn-small" onClick={() => contacts.remove(i)}>
                {t('accounts.form.removeContact', { n: i + 1 })}
              </button>
            </fieldset>
          );
        })}
        <button type="button" className="btn" onClick={() => contacts.append({ ...EMPTY_CONTACT })}>
          {t('accounts.form.addContact')}
        </button>
      </section>

      <section className="panel" aria-labelledby="client-dates">
        <h2 id="client-dates" className="panel-title">
          {t('accounts.form.dates')}
        </h2>
        {dates.fields.map((d, i) => (
          <div key={d.id} className="inline-form">
            <Field label={t('accounts.form.dateLabel')} error={errors.dates?.[i]?.label?.message}>
              <input type="text" {...form.register(`dates.${i}.label`)} />
            </Field>
            <Field label={t('accounts.form.date')} error={errors.dates?.[i]?.date?.message}>
              <input type="date" {...form.register(`dates.${i}.date`)} />
            </Field>
            <button type="button" className="btn btn-small" onClick={() => dates.remove(i)}>
              {t('accounts.form.removeDate', { n: i + 1 })}
            </button>
          </div>
        ))}
        <button type="button" className="btn" onClick={() => dates.append({ label: '', date: '' })}>
          {t('accounts.form.addDate')}
        </button>
      </section>

      <div className="form-footer">
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('accounts.form.save')}
        </button>
        <button type="button" className="btn" onClick={() => void navigate(id ? `/clients/${id}` : '/clients')}>
          {t('accounts.form.cancel')}
        </button>
        {serverErrors.formMessage && (
          <p className="form-error" role="alert">
            {serverErrors.formMessage}
          </p>
        )}
      </div>
    </form>
  );
}
