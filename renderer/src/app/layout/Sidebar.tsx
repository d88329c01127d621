import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { Icon } from '../../components/Icon';
import { AREAS } from '../areas';

export function Sidebar() {
  const { t } = useTranslation();
  return (
    // Not an <aside>: the sidebar is the app's frame, not content beside the page; its <nav> is the
    // landmark, and screens keep "complementary" for their own side panels.
    <div className="sidebar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          工
        </span>
        <span className="brand-name">{t('app.name')}</span>
      </div>
      <nav aria-label={t('nav.label')}>
        <ul className="nav-list">
          {AREAS.map((area, i) => (
            <li key={area.id}>
              <NavLink
                to={area.path}
                end={area.path === '/'}
                className="nav-link"
                title={t('nav.shortcut', { n: i + 1 })}
              >
                <Icon name={area.icon} />
                <span className="nav-label">{t(area.label)}</span>
                <kbd className="nav-kbd" aria-hidden="true">
                  Alt {i + 1}
                </kbd>
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
