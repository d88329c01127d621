import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';

/** Who changed the settings last, and when: settings change quotes, so it matters who did it. */
export function LastChanged({ by, at }: { by: string | null; at: string | null }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const text = !at
    ? t('settings.neverChanged')
    : by
      ? t('settings.lastChanged', { name: by, at: fmt.dateTime(at) })
      : t('settings.lastChangedAt', { at: fmt.dateTime(at) });
  return (
    <p className="muted last-changed" data-testid="settings-last-changed">
      {text}
    </p>
  );
}
