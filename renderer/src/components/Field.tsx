import { cloneElement, createContext, isValidElement, useContext, useId, type ReactElement } from 'react';

interface ControlProps {
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

const FieldControl = createContext<ControlProps | null>(null);

/**
 * The label's wiring for a control that is not Field's direct child (one drawn by a react-hook-form
 * `Controller`, say): Field can only clone its direct child, so a custom input reads the id and
 * descriptions from here, or its label would point at nothing.
 */
export function useFieldControl(): ControlProps {
  return useContext(FieldControl) ?? {};
}

/**
 * A label, the control, a hint and the field's message, wired together: the control is named by
 * the label and described by the hint and the message, so a screen reader reads them too.
 */
export function Field({
  label,
  hint,
  error,
  children,
  className,
}: {
  label: string;
  hint?: string;
  error?: string;
  children: ReactElement<ControlProps>;
  className?: string;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const wiring: ControlProps = { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy };
  const control = isValidElement(children) ? cloneElement(children, wiring) : children;
  return (
    <div className={['field', error ? 'field-invalid' : '', className ?? ''].join(' ').trim()}>
      <label htmlFor={id}>{label}</label>
      <FieldControl.Provider value={wiring}>{control}</FieldControl.Provider>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
