import { Controller, useFieldArray, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { STARTER_RATE_CARD_CURRENCY } from '@shared/rate-card/starter';
import { MoneyInput } from '../clients/MoneyField';
import type { SetupFormValues } from '@shared/first-run/setup-form';
import './first-run.css';

/**
 * The starter rate card on the first run: common agency roles, each a checkbox with its name, day
 * rate and cost rate editable before the workspace is created. Unticked roles are not written.
 */
export function StarterRateCard({
  control,
  register,
  errors,
}: {
  control: Control<SetupFormValues>;
  register: UseFormRegister<SetupFormValues>;
  errors: FieldErrors<SetupFormValues>['starter'];
}) {
  const { t } = useTranslation();
  const { fields } = useFieldArray({ control, name: 'starter' });
  return (
    <fieldset className="starter-card">
      <legend>{t('firstRun.starterTitle')}</legend>
      <p className="field-hint">{t('firstRun.starterHint')}</p>
      <table className="starter-table">
        <thead>
          <tr>
            <th scope="col">{t('firstRun.starterInclude')}</th>
            <th scope="col">{t('firstRun.starterRole')}</th>
            <th scope="col" className="num">
              {t('firstRun.starterRate', { currency: STARTER_RATE_CARD_CURRENCY })}
            </th>
            <th scope="col" className="num">
              {t('firstRun.starterCost', { currency: STARTER_RATE_CARD_CURRENCY })}
            </th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field, i) => {
            const rowErrors = errors?.[i];
            const message = rowErrors?.role?.message ?? rowErrors?.rate?.message ?? rowErrors?.costRate?.message;
            return (
              <tr key={field.id}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('firstRun.starterIncludeRole', { role: field.role })}
                    {...register(`starter.${i}.include`)}
                  />
                </td>
                <td>
                  <input
                    type="text"
                    aria-label={t('firstRun.starterRoleName', { n: i + 1 })}
                    aria-invalid={rowErrors?.role ? true : undefined}
                    {...register(`starter.${i}.role`)}
                  />
                  {message && (
                    <p className="field-error" role="alert">
                      {message}
                    </p>
                  )}
                </td>
                <td>
                  <Controller
                    control={control}
                    name={`starter.${i}.rate`}
                    render={({ field: f }) => (
                      <MoneyInput
                        value={f.value}
                        onChange={f.onChange}
                        currency={STARTER_RATE_CARD_CURRENCY}
                        id={`starter-rate-${i}`}
                        aria-label={t('firstRun.starterRateOf', {
                          role: field.role,
                          currency: STARTER_RATE_CARD_CURRENCY,
                        })}
                        aria-invalid={rowErrors?.rate ? true : undefined}
                      />
                    )}
                  />
                </td>
                <td>
                  <Controller
                    control={control}
                    name={`starter.${i}.costRate`}
                    render={({ field: f }) => (
                      <MoneyInput
                        value={f.value}
                        onChange={f.onChange}
                        currency={STARTER_RATE_CARD_CURRENCY}
                        id={`starter-cost-${i}`}
                        aria-label={t('firstRun.starterCostOf', {
                          role: field.role,
                          currency: STARTER_RATE_CARD_CURRENCY,
                        })}
                        aria-invalid={rowErrors?.costRate ? true : undefined}
                      />
                    )}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}
