import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** The quotes area: the list, and the rate card and market library quotes are built from. */
export function QuotesTabs() {
  const { t } = useTranslation();
  return (
    <nav className="qe-tabs" aria-label={t('quoteEditor.tabsLabel')}>
      <NavLink to="/quotes" end>
        {t('quoteEditor.tabList')}
      </NavLink>
      <NavLink to="/quotes/library">{t('quoteEditor.tabLibrary')}</NavLink>
    </nav>
  );
}
