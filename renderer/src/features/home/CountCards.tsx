import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WorkspaceStatus } from '@shared/contract';
import { useFormat } from '../../i18n/format';

const CARDS = [
  { key: 'clients', label: 'home.clients', to: '/clients' },
  { key: 'quotes', label: 'home.quotes', to: '/quotes' },
  { key: 'proposals', label: 'home.proposals', to: '/proposals' },
  { key: 'users', label: 'home.users', to: '/settings' },
] as const;

export function CountCards({ counts }: { counts: WorkspaceStatus['counts'] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <ul className="count-cards">
      {CARDS.map((c) => (
        <li key={c.key}>
          <Link to={c.to} className="count-card">
            <span className="count-value">{fmt.number(counts[c.key])}</span>
            <span className="count-label">{t(c.label)}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
