import { useTranslation } from 'react-i18next';
import type { UseFormRegisterReturn } from 'react-hook-form';
import type { WorkspaceSetup } from '@shared/contract';
import './first-run.css';

type Mode = WorkspaceSetup['mode'];
const MODES: {
  value: Mode;
  label: 'firstRun.modeEmpty' | 'firstRun.modeDemo';
  hint: 'firstRun.modeEmptyHint' | 'firstRun.modeDemoHint';
}[] = [
  { value: 'empty', label: 'firstRun.modeEmpty', hint: 'firstRun.modeEmptyHint' },
  { value: 'demo', label: 'firstRun.modeDemo', hint: 'firstRun.modeDemoHint' },
];

/** Start empty or from the demo agency: two radio cards, one arrow-key group. */
export function ModeChoice({ register, value }: { register: UseFormRegisterReturn; value: Mode }) {
  const { t } = useTranslation();
  return (
    <fieldset className="choice-group">
      <legend>{t('firstRun.startLabel')}</legend>
      <div className="choice-cards">
        {MODES.map((m) => (
          <label key={m.value} className={`choice-card${value === m.value ? ' is-selected' : ''}`}>
            <input type="radio" value={m.value} {...register} aria-describedby={`mode-${m.value}-hint`} />
            <span className="choice-title">{t(m.label)}</span>
            <span className="choice-hint" id={`mode-${m.value}-hint`}>
              {t(m.hint)}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
