import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useCallQuery } from '../../api';
import { Icon } from '../../components/Icon';
import { AREAS } from '../areas';
import { useCan } from '../session';

export function Sidebar() {
  const { t } = useTranslation();
  const awaiting = useAwaitingMyApproval();
  return (
    // The sidebar is the navigation landmark, brand included (nothing outside a landmark); not an
    // <aside>, which screens keep for their own side panels.
    <nav className="sidebar" aria-label={t('nav.label')}>
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          工
        </span>
        <span className="brand-name">{t('app.name')}</span>
      </div>
      <ul className="nav-list">
        {AREAS.map((area, i) => (
          <li key={area.id}>
            <NavLink
              to={area.path}
              end={area.path === '/'}
              className="nav-link"
              title={t('nav.shortcut', { n: i + 1 })}
              // The count is read as the link's description, so its name stays the area's.
              aria-describedby={area.id === 'finance' && awaiting > 0 ? 'awaiting-mine' : undefined}
            >
              <Icon name={area.icon} />
              <span className="nav-label">{t(area.label)}</span>
              {area.id === 'finance' && awaiting > 0 && (
                <span className="nav-badge" data-testid="awaiting-badge" aria-hidden="true">
                  {awaiting}
                </span>
              )}
              <kbd className="nav-kbd" aria-hidden="true">
                Alt {i + 1}
              </kbd>
            </NavLink>
            {area.id === 'finance' && awaiting > 0 && (
              <span id="awaiting-mine" className="visually-hidden">
                {t('auth.awaitingMine', { count: awaiting })}
              </span>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * 待我审批: pending requests for the current content that this user may decide — finance and
 * admins only, and none the four-eyes rule keeps from them (their own request, their proposal,
 * a quote they own or wrote): the core says which, per item, as `ownConflict`.
 */
function useAwaitingMyApproval(): number {
  const can = useCan();
  const decides = can('approvals.decide');
  const queue = useCallQuery('approvals.queue', { state: 'pending' }, { enabled: decides });
  if (!decides || !queue.data) return 0;
  return queue.data.items.filter((i) => i.status === 'pending' && i.current && i.ownConflict === null).length;
}
