import type { FieldErrors, FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

/**
 * The label, hint and message of a form's field whose words follow the catalogue's rule: the label
 * at `<section>.<name>`, the hint (when the catalogue has one) at `<section>.<name>Hint`, the message
 * from the form's errors. Spread into `Field`: `<Field {...field('taxPercent')}>`. The first run and
 * the settings wrote these three props out for every field.
 */
export function useCatalogueField<V extends FieldValues>(section: 'firstRun' | 'settings', errors: FieldErrors<V>) {
  const { t, i18n } = useTranslation();
  return (name: keyof V & string) => {
    const label = `${section}.${name}`;
    const hint = `${label}Hint`;
    // Built keys: the typed `t` checks only literal ones; e2e tests find each field by its label.
    return {
      label: t(label as never) as string,
      hint: i18n.exists(hint) ? (t(hint as never) as string) : undefined,
      error: errors[name]?.message as string | undefined,
    };
  };
}
