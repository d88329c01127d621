import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCallQuery } from '../../api';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { useFormat } from '../../i18n/format';
import { ActivityList } from './ActivityList';
import { CareReminders } from './CareReminders';
import { CountCards } from './CountCards';
import { ForecastPanel } from '../collection/ForecastPanel';
import { useSession } from '../../app/session';
import { Checklist } from './Checklist';
import { FinanceQueue } from './FinanceQueue';
import { MyProposals } from './MyProposals';
import { RecentSends } from './RecentSends';
import { WeekVisits } from './WeekVisits';
import { ACTIVITY_ARGS, homePanels } from './panels';
// The record grid and the reminder list Home shares with the client screens: loaded with Home too,
// not only once a client screen has been opened (else the week's panels stack and lose their layout).
import '../clients/clients.css';

/** Where the day starts: what the workspace holds and what happened in it lately. */
export function HomeScreen() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const status = useCallQuery('workspace.status', {});
  const settings = useCallQuery('settings.get', {});
  const { user } = useSession();
  const overview = useCallQuery('home.overview', {});
  const panels = homePanels(user.role);

  return (
    <>
      <PageHeader title={t('home.title')} subtitle={t('home.subtitle')} />
      {overview.data?.checklist && <Checklist steps={overview.data.checklist} />}
      {/* The account lead's day: open proposals and their next step, this week's visits and care dates. */}
      <QueryView query={overview}>
        {(o) => (
          <>
            <MyProposals items={o.myOpenProposals} />
            <div className="record-grid">
              <WeekVisits overview={o} />
              <CareReminders overview={o} />
            </div>
          </>
        )}
      </QueryView>
      {/* Finance's day: the approval queue and the money due. */}
      {panels.financeQueue && <FinanceQueue />}
      {overview.data && <RecentSends items={overview.data.recentSends} />}
      <section className="panel company-panel" aria-labelledby="company-heading">
        <h2 id="company-heading" className="panel-label">
          {t('home.company')}
        </h2>
        <QueryView query={settings}>
          {(s) => (
            <div className="company-summary">
              <p className="company-name" elementtiming="home-usable">
                {s.companyName}
              </p>
              <dl className="facts">
                <div>
                  <dt>{t('settings.currency')}</dt>
                  <dd>{fmt.currencyName(s.currency)}</dd>
                </div>
                <div>
                  <dt>{t('settings.taxPercent')}</dt>
                  <dd className="num">{s.taxPercent}</dd>
                </div>
                <div>
                  <dt>{t('settings.marginFloorPercent')}</dt>
                  <dd className="num">{s.marginFloorPercent}</dd>
                </div>
              </dl>
            </div>
          )}
        </QueryView>
      </section>

      <section aria-labelledby="counts-heading">
        <h2 id="counts-heading" className="section-title">
          {t('home.counts')}
        </h2>
        <QueryView query={status}>{(s) => <CountCards counts={s.counts} />}</QueryView>
      </section>

      {/* Finance's forecast (DOMAIN.md §7): the weighted pipeline by month. Its read starts with Home;
          its chart (recharts) loads only when there is something to draw. */}
      {panels.forecast && <ForecastPanel compact />}

      {/* The audit trail is evidence for finance and admins (the contract's roles). */}
      {panels.activity && <RecentActivity />}
    </>
  );
}

function RecentActivity() {
  const { t } = useTranslation();
  const audit = useCallQuery('audit.list', ACTIVITY_ARGS);
  return (
    <section aria-labelledby="activity-heading">
      <h2 id="activity-heading" className="section-title">
        {t('home.activity')}
      </h2>
      <QueryView query={audit}>{(a) => <ActivityList entries={a.items} />}</QueryView>
      <p className="panel-foot">
        <Link to="/audit">{t('home.allActivity')}</Link>
      </p>
    </section>
  );
}
