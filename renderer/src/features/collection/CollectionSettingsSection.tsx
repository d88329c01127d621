import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OPEN_STATUSES, type Probabilities } from '@shared/collection';
import { PAYMENT_TRIGGERS, type MilestoneInput, type PaymentTemplate } from '@shared/contract';
import { useCallMutation, useCallQuery } from '../../api';
import { usePreferences } from '../../app/preferences';
import { Field } from '../../components/Field';
import { QueryView } from '../../components/QueryView';
import { refusalText } from './refusal';
import './collection.css';

/**
 * Settings after the win (DOMAIN.md §7): the win probability of each open status for the weighted
 * forecast, and the payment templates (50/50, 30/40/30…) a won proposal's plan starts from.
 * Finance and admins save them; the core refuses anyone else.
 */
export function CollectionSettingsSection() {
  const { t } = useTranslation();
  const probabilities = useCallQuery('forecast.settings', {});
  const templates = useCallQuery('payments.templates', {});
  return (
    <section className="panel" aria-labelledby="collection-settings-heading">
      <h2 id="collection-settings-heading" className="panel-title">
        {t('collection.settings.title')}
      </h2>
      <p className="muted small">{t('collection.settings.hint')}</p>
      <QueryView query={probabilities}>{(p) => <ProbabilitiesForm stored={p} />}</QueryView>
      <QueryView query={templates}>{({ items }) => <TemplatesForm stored={items} />}</QueryView>
    </section>
  );
}

function ProbabilitiesForm({ stored }: { stored: Probabilities }) {
  const { t } = useTranslation();
  const { lang } = usePreferences();
  const [values, setValues] = useState<Probabilities>(stored);
  const save = useCallMutation('forecast.saveSettings');
  return (
    <form
      className="sub-form cl-form"
      aria-label={t('collection.forecast.settings')}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(values);
      }}
    >
      <h3 className="subsection-title">{t('collection.forecast.settings')}</h3>
      <div className="form-grid">
        {OPEN_STATUSES.map((s) => (
          <Field key={s} label={`${t(`proposals.statuses.${s}`)} (%)`}>
            <input
              type="text"
              inputMode="decimal"
              className="input-num"
              value={values[s]}
              onChange={(e) => setValues({ ...values, [s]: e.target.value })}
            />
          </Field>
        ))}
      </div>
      <div className="form-footer">
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {t('common.save')}
        </button>
        {save.isSuccess && <span className="muted">{t('collection.settings.saved')}</span>}
        {save.error && <p className="form-error">{refusalText(save.error, lang)}</p>}
      </div>
    </form>
  );
}

const blankMilestone = (): MilestoneInput => ({ label: '', percent: '', trigger: 'signing', triggerDays: 0 });

function TemplatesForm({ stored }: { stored: PaymentTemplate[] }) {
  const { t } = useTranslation();
  const { lang } = usePreferences();
  const [items, setItems] = useState<PaymentTemplate[]>(stored);
  const save = useCallMutation('payments.saveTemplates');
  const setTemplate = (i: number, next: PaymentTemplate) => setItems(items.map((x, k) => (k === i ? next : x)));
  const setMilestone = (i: number, m: number, patch: Partial<MilestoneInput>) =>
    setTemplate(i, {
      ...items[i]!,
      milestones: items[i]!.milestones.map((x, k) => (k === m ? { ...x, ...patch } : x)),
    });
  return (
    <form
      className="sub-form cl-form"
      aria-label={t('collection.settings.templates')}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ items: items.map(({ id: _id, ...rest }) => rest) });
      }}
    >
      <h3 className="subsection-title">{t('collection.settings.templates')}</h3>
      {items.map((tpl, i) => (
        <fieldset key={i} className="cs-template">
          <legend>
            <input
              type="text"
              aria-label={t('collection.settings.templateName')}
              value={tpl.name}
              onChange={(e) => setTemplate(i, { ...tpl, name: e.target.value })}
            />
          </legend>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('collection.plan.label')}</th>
                <th scope="col" className="num">
                  {t('collection.plan.share')} (%)
                </th>
                <th scope="col">{t('collection.plan.due')}</th>
                <th scope="col" className="num">
                  {t('collection.settings.days')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('collection.settings.remove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tpl.milestones.map((m, k) => (
                <tr key={k}>
                  <td>
                    <input
                      type="text"
                      aria-label={`${t('collection.plan.label')} ${k + 1}`}
                      value={m.label}
                      onChange={(e) => setMilestone(i, k, { label: e.target.value })}
                    />
                  </td>
                  <td className="num">
                    <input
                      type="text"
                      inputMode="decimal"
                      className="input-num"
                      aria-label={`${t('collection.plan.share')} ${k + 1}`}
                      value={m.percent ?? ''}
                      onChange={(e) => setMilestone(i, k, { percent: e.target.value })}
                    />
                  </td>
                  <td>
                    <select
                      aria-label={`${t('collection.plan.due')} ${k + 1}`}
                      value={m.trigger ?? 'signing'}
                      onChange={(e) => setMilestone(i, k, { trigger: e.target.value as MilestoneInput['trigger'] })}
                    >
                      {PAYMENT_TRIGGERS.map((tr) => (
                        <option key={tr} value={tr}>
                          {t(`collection.plan.triggers.${tr}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="num">
                    <input
                      type="number"
                      min={0}
                      max={365}
                      className="input-num"
                      aria-label={`${t('collection.settings.days')} ${k + 1}`}
                      value={m.triggerDays ?? 0}
                      onChange={(e) => setMilestone(i, k, { triggerDays: Number(e.target.value) })}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="btn btn-small"
                      disabled={tpl.milestones.length === 1}
                      onClick={() => setTemplate(i, { ...tpl, milestones: tpl.milestones.filter((_, x) => x !== k) })}
                    >
                      {t('collection.settings.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="form-row cl-row">
            <button
              type="button"
              className="btn btn-small"
              onClick={() => setTemplate(i, { ...tpl, milestones: [...tpl.milestones, blankMilestone()] })}
            >
              {t('collection.settings.addMilestone')}
            </button>
            <button type="button" className="btn btn-small" onClick={() => setItems(items.filter((_, x) => x !== i))}>
              {t('collection.settings.removeTemplate')}
            </button>
          </div>
        </fieldset>
      ))}
      <div className="form-footer">
        <button
          type="button"
          className="btn"
          onClick={() => setItems([...items, { name: '', milestones: [blankMilestone()] }])}
        >
          {t('collection.settings.addTemplate')}
        </button>
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {t('common.save')}
        </button>
        {save.isSuccess && <span className="muted">{t('collection.settings.saved')}</span>}
        {save.error && <p className="form-error">{refusalText(save.error, lang)}</p>}
      </div>
    </form>
  );
}
