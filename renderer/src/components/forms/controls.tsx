import type { ComponentProps } from 'react';
import { CURRENCY_CODES } from '@shared/money';
import { useFormat } from '../../i18n/format';

/**
 * The currency choice every form offers (settings, first run, a quote's header, the libraries), as
 * `Field`'s control: what `Field` or `register` give it (id, aria, name, ref) goes to the select.
 * `codes` shows the bare codes where a table's column is narrow.
 */
export function CurrencySelect({ codes = false, ...select }: ComponentProps<'select'> & { codes?: boolean }) {
  const fmt = useFormat();
  return (
    <select {...select}>
      {CURRENCY_CODES.map((c) => (
        <option key={c} value={c}>
          {codes ? c : fmt.currencyName(c)}
        </option>
      ))}
    </select>
  );
}

/** A decimal typed as text (a percent, hours, a multiplier): parsed by the schema, not the browser. */
export function DecimalInput(input: Omit<ComponentProps<'input'>, 'type' | 'inputMode'>) {
  return (
    <input
      type="text"
      inputMode="decimal"
      {...input}
      className={['input-num', input.className].filter(Boolean).join(' ')}
    />
  );
}
