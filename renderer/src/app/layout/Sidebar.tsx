import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useCallQuery } from '../../api';
import { Icon } from '../../components/Icon';
import { AREAS } from '../areas';
import { useCan, useSession } from '../session';

export function Sidebar() {
  const { t } = useTranslation();
  const awaiting = useAwaitingMyApproval();
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
    </div>
  );
}

/**
 * 待我审批: pending requests for the current content that this user may decide — finance and
 * admins only, and never their own requests (nobody decides on those).
 */
function useAwaitingMyApproval(): number {
  const can = useCan();
  const { user } = useSession();
  const decides = can('approvals.decide');
  const queue = useCallQuery('approvals.queue', { state: 'pending' }, { enabled: decides });
  if (!decides || !queue.data) return 0;
  return queue.data.items.filter((i) => i.status === 'pending' && i.current && i.requestedBy !== user.name).length;
}
