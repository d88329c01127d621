import { useState, type ChangeEvent, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import './FilePicker.css';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'className' | 'children'>;

/**
 * A file input that speaks the UI language. Chromium draws a native file input with its own
 * English "Choose File / No file chosen" whatever the page's language (issue 15); here the native
 * input stays (focusable, labelled by the Field around it, what tests and screen readers use) but
 * is drawn as a button with the catalogue's text, beside the chosen file's name.
 */
export function FilePicker({ onChange, disabled, ...input }: Props) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string | null>(null);
  const change = (e: ChangeEvent<HTMLInputElement>) => {
    // Read before the handler runs: some clear the input's value after reading the file.
    setChosen(e.target.files?.[0]?.name ?? null);
    onChange?.(e);
  };
  return (
    <span className="file-picker">
      {/* The input lies over the button, so a click on it is a click on the input; its name stays
          the Field's label alone (no second label), the button's words are only drawn. */}
      <span className={`btn btn-small file-picker-button${disabled ? ' is-disabled' : ''}`}>
        <span aria-hidden="true">{t('common.chooseFile')}</span>
        <input {...input} type="file" className="file-picker-input" disabled={disabled} onChange={change} />
      </span>
      <span className="file-picker-name muted">{chosen ?? t('common.noFileChosen')}</span>
    </span>
  );
}
