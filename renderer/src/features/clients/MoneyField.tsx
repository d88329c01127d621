import { useState } from 'react';
import { minorToDecimal, parseMoneyInput, type CurrencyCode } from '@shared/money';
import { useFieldControl } from '../../components/Field';

/**
 * An amount typed in major units ("12,345.67") held by the form as integer minor units. Text that
 * is no amount becomes NaN, which the contract's schema refuses with a field message.
 */
export function MoneyInput({
  value,
  onChange,
  currency,
  id,
  ...aria
}: {
  value: number;
  onChange(minor: number): void;
  currency: CurrencyCode;
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  /** A name of its own where no <label> names it (a cell of a table). */
  'aria-label'?: string;
}) {
  const wiring = useFieldControl();
  const [text, setText] = useState(() => (Number.isFinite(value) ? minorToDecimal(value, currency) : ''));
  return (
    <input
      id={id ?? wiring.id}
      type="text"
      inputMode="decimal"
      className="input-num"
      value={text}
      aria-invalid={aria['aria-invalid'] ?? wiring['aria-invalid']}
      aria-describedby={aria['aria-describedby'] ?? wiring['aria-describedby']}
      aria-label={aria['aria-label']}
      onChange={(e) => {
        setText(e.target.value);
        const parsed = parseMoneyInput(e.target.value === '' ? '0' : e.target.value, currency);
        onChange(parsed.ok ? parsed.minor : NaN);
      }}
    />
  );
}
