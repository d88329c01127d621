import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HomeOverview } from '@shared/contract';
import { useFormat } from '../../i18n/format';

/** Visits dated this week, done or planned: the signed-in user's first. */
export function WeekVisits({ overview: o }: { overview: HomeOverview }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <section className="panel" aria-labelledby="week-visits-heading">
      <h2 id="week-visits-heading" className="panel-title">
        {t('home.weekVisits', { from: fmt.date(o.weekStart), to: fmt.date(o.weekEnd) })}
      </h2>
      {o.visitsThisWeek.length === 0 ? (
        <p className="muted">{t('home.weekVisitsEmpty')}</p>
      ) : (
        <ul className="plain-list">
          {o.visitsThisWeek.map((v) => (
            <li key={v.id}>
              <span className="num">{fmt.date(v.visitedOn)}</span>{' '}
              <Link to={`/clients/${v.clientId}`}>{v.clientName}</Link> · {v.purpose}
              {v.contactName && <span className="muted"> · {v.contactName}</span>}
              {v.ownerName && <span className="muted"> · {v.ownerName}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
