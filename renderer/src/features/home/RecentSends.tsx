import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HomeOverview } from '@shared/contract';
import { useFormat } from '../../i18n/format';

/** The team's latest sent versions: what went out to clients, by whom. */
export function RecentSends({ items }: { items: HomeOverview['recentSends'] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <section className="panel" aria-labelledby="recent-sends-heading">
      <h2 id="recent-sends-heading" className="panel-title">
        {t('home.recentSends')}
      </h2>
      {items.length === 0 ? (
        <p className="muted">{t('home.recentSendsEmpty')}</p>
      ) : (
        <ul className="plain-list">
          {items.map((s) => (
            <li key={`${s.proposalId}-${s.number}`}>
              <span className="num">{fmt.dateTime(s.sentAt)}</span>{' '}
              <Link to={`/proposals/${s.proposalId}/versions/${s.number}`}>{s.title}</Link>{' '}
              <span className="muted">
                {t('home.sentVersion', { number: s.number })} · {s.clientName}
                {s.sentBy ? ` · ${s.sentBy}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
