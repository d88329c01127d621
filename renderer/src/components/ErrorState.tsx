import { useTranslation } from 'react-i18next';
import { errorText } from '../api';
import { usePreferences } from '../app/preferences';

/** A read that failed: what the core said, in the current language, and a way to try again. */
export function ErrorState({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  const { t } = useTranslation();
  const { lang } = usePreferences();
  return (
    <div className="error-state" role="alert">
      <h2>{title ?? t('common.errorTitle')}</h2>
      <p>{errorText(error, lang)}</p>
      {onRetry && (
        <button type="button" className="btn" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
