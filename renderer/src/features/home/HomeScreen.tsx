import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../../api';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { useFormat } from '../../i18n/format';
import { ActivityList } from './ActivityList';
import { CareReminders } from './CareReminders';
import { CountCards } from './CountCards';
import { lazyScreen } from '../../components/lazyScreen';
import type * as ForecastPanelModule from '../collection/ForecastPanel';
import { useSession } from '../../app/session';

type ForecastModule = typeof ForecastPanelModule;

// Finance's forecast chart brings recharts: loaded when it is shown, not with Home's first paint.
const ForecastPanel = lazyScreen<ForecastModule, { compact?: boolean }>(
  () => import('../collection/ForecastPanel'),
  'ForecastPanel',
);

/** Where the day starts: what the workspace holds and what happened in it lately. */
export function HomeScreen() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const status = useCallQuery('workspace.status', {});
  const settings = useCallQuery('settings.get', {});
  const audit = useCallQuery('audit.list', { limit: 12 });
  const { user } = useSession();

  return (
    <>
      <PageHeader title={t('home.title')} subtitle={t('home.subtitle')} />
      <section className="panel company-panel" aria-labelledby="company-heading">
        <h2 id="company-heading" className="panel-label">
          {t('home.company')}
        </h2>
        <QueryView query={settings}>
          {(s) => (
            <div className="company-summary">
              <p className="company-name">{s.companyName}</p>
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

      <CareReminders />

      {/* Finance's forecast (DOMAIN.md §7): the weighted pipeline by month. */}
      {(user?.role === 'finance' || user?.role === 'admin') && <ForecastPanel compact />}

      <section aria-labelledby="activity-heading">
        <h2 id="activity-heading" className="section-title">
          {t('home.activity')}
        </h2>
        <QueryView query={audit}>{(a) => <ActivityList entries={a.items} />}</QueryView>
      </section>
    </>
  );
}
