import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';

/** Search and pipeline, carrying the same filters (the address's query) from one to the other. */
export function ArchiveTabs() {
  const { t } = useTranslation();
  const { search } = useLocation();
  return (
    <nav className="segmented ar-tabs" aria-label={t('archive.title')}>
      <NavLink end to={{ pathname: '/archive', search }} aria-current={undefined}>
        {({ isActive }) => <span aria-current={isActive ? 'page' : undefined}>{t('archiveWork.tabs.search')}</span>}
      </NavLink>
      <NavLink to={{ pathname: '/archive/pipeline', search }}>
        {({ isActive }) => <span aria-current={isActive ? 'page' : undefined}>{t('archiveWork.tabs.pipeline')}</span>}
      </NavLink>
    </nav>
  );
}
