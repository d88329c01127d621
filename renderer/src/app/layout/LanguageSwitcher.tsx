import { useTranslation } from 'react-i18next';
import { LANGS } from '@shared/i18n/lang';
import { usePreferences } from '../preferences';

/**
 * Two buttons, each naming its language in that language ("简体中文", "English"), so someone who
 * cannot read the current one can still find theirs.
 */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const { lang, setLang } = usePreferences();
  return (
    <div className="segmented" role="group" aria-label={t('header.language')}>
      {LANGS.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={l === lang} onClick={() => setLang(l)}>
          {t(`languages.${l}`)}
        </button>
      ))}
    </div>
  );
}
