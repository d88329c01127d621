import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { ClientDetail, ClientFigures } from '@shared/contract';
import { useCallMutation, useCallQuery } from '../../api';
import { ClientMoneyPanel } from '../collection/ClientMoneyPanel';
import { CostToServePanel } from '../collection/CostToServePanel';
import { Badge } from '../../components/Badge';
import { DataTable } from '../../components/DataTable';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { useFormat } from '../../i18n/format';
import { ChurnReasons } from './ChurnReasons';
import { ClientWorkPanel } from './ClientWorkPanel';
import { ComplaintsSection } from './ComplaintsSection';
import { STATUS_TONE, TYPE_TONE } from './labels';
import { RemindersList } from './RemindersList';
import { SurveysSection } from './SurveysSection';
import { ValueWithBasis } from './ValueWithBasis';
import { VisitsSection } from './VisitsSection';

/** One client's record: who they are, their type and stance, their value, and the care history. */
export function ClientRecord() {
  const id = Number(useParams().id);
  const client = useCallQuery('clients.get', { id });
  return <QueryView query={client}>{(c) => <RecordBody client={c} />}</QueryView>;
}

function RecordBody({ client: c }: { client: ClientDetail }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  // This client's figures only (computed with every client's, for the tiers and ranks; not all sent).
  const analytics = useCallQuery('accounts.analyticsPage', { list: 'lifetime', clientId: c.id, limit: 1 });
  const figures = analytics.data?.clients.find((f) => f.clientId === c.id);
  return (
    <>
      <PageHeader
        title={c.name}
        subtitle={[c.industry, c.ownerName].filter(Boolean).join(' · ')}
        aside={<RecordActions client={c} />}
      />
      <div className="record-badges">
        <Badge tone={STATUS_TONE[c.status]}>{t(`clients.statuses.${c.status}`)}</Badge>
        <span>{t(`clients.sensitivities.${c.priceSensitivity}`)}</span>
        {c.keyAccount && <Badge tone="progress">{t('accounts.record.keyAccount')}</Badge>}
        {c.tags.map((tag) => (
          <span key={tag} className="tag">
            {tag}
          </span>
        ))}
      </div>
      {analytics.data && <ClientWorkPanel client={c} figures={figures} currency={analytics.data.currency} />}
      <div className="record-grid">
        <section className="panel" aria-labelledby="type-heading">
          <h2 id="type-heading" className="panel-title">
            {t('accounts.record.typeMatrix')}
          </h2>
          <TypeMatrix client={c} />
        </section>
        <section className="panel" aria-labelledby="figures-heading">
          <h2 id="figures-heading" className="panel-title">
            {t('accounts.record.figures')}
          </h2>
          {figures && analytics.data ? (
            <Figures f={figures} currency={analytics.data.currency} />
          ) : (
            <p className="muted">…</p>
          )}
        </section>
      </div>
      {analytics.data && (
        <div className="record-grid">
          <ClientMoneyPanel clientId={c.id} figures={figures} currency={analytics.data.currency} />
          <CostToServePanel clientId={c.id} currency={analytics.data.currency} />
        </div>
      )}
      <section className="panel" aria-labelledby="contacts-heading">
        <h2 id="contacts-heading" className="panel-title">
          {t('accounts.record.contacts')}
        </h2>
        <DataTable
          caption={t('accounts.record.contacts')}
          rows={c.contacts}
          rowKey={(p) => p.id}
          columns={[
            {
              id: 'name',
              header: t('accounts.form.contactName'),
              cell: (p) => <span className="strong">{p.name}</span>,
            },
            { id: 'role', header: t('accounts.form.role'), cell: (p) => p.role },
            { id: 'phone', header: t('accounts.form.phone'), cell: (p) => p.phone },
            { id: 'email', header: t('accounts.form.email'), cell: (p) => p.email },
            { id: 'wechat', header: t('accounts.form.wechat'), cell: (p) => p.wechat },
            {
              id: 'birthday',
              header: t('accounts.form.birthday'),
              cell: (p) => (p.birthday ? fmt.date(p.birthday) : ''),
            },
            {
              id: 'flags',
              header: t('accounts.form.decisionMaker'),
              cell: (p) =>
                [
                  p.decisionMaker && t('accounts.form.decisionMaker'),
                  p.topManagement && t('accounts.form.topManagement'),
                ]
                  .filter(Boolean)
                  .join(' · '),
            },
          ]}
        />
        {c.decisionProcess && (
          <p className="record-note">
            <span className="muted">{t('accounts.record.decisionProcess')}：</span>
            {c.decisionProcess}
          </p>
        )}
      </section>
      <section className="panel" aria-labelledby="record-reminders">
        <h2 id="record-reminders" className="panel-title">
          {t('accounts.record.reminders')}
        </h2>
        <RemindersList days={30} clientId={c.id} empty={t('accounts.record.noReminders')} />
      </section>
      <VisitsSection client={c} />
      <ComplaintsSection client={c} />
      <SurveysSection clientId={c.id} />
    </>
  );
}

function TypeMatrix({ client: c }: { client: ClientDetail }) {
  const { t } = useTranslation();
  const level = (v: ClientDetail['character']) => t(`accounts.levels.${v ?? 'unset'}`);
  return (
    <div className="type-matrix">
      <dl className="facts">
        <div>
          <dt>{t('accounts.form.character')}</dt>
          <dd>{level(c.character)}</dd>
        </div>
        <div>
          <dt>{t('accounts.form.professionalism')}</dt>
          <dd>{level(c.professionalism)}</dd>
        </div>
      </dl>
      {c.clientType ? (
        <p className="type-verdict" data-testid="client-type">
          <Badge tone={TYPE_TONE[c.clientType]}>{t(`accounts.types.${c.clientType}`)}</Badge>{' '}
          <span className="strong">
            {t('accounts.record.stance')}：{t(`accounts.stances.${c.clientType}`)}
          </span>
        </p>
      ) : (
        <p className="muted">{t('accounts.types.unknown')}</p>
      )}
    </div>
  );
}

function Figures({
  f,
  currency,
}: {
  f: ClientFigures;
  currency: Parameters<ReturnType<typeof useFormat>['money']>[1];
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <>
      <dl className="facts facts-wrap">
        <div>
          <dt>{t('accounts.record.yearlyValue')}</dt>
          <dd className="num">{fmt.money(f.yearlyValue, currency)}</dd>
        </div>
        <div>
          <dt>{t('accounts.record.lifetimeValue')}</dt>
          <dd className="num">
            <ValueWithBasis figures={f} value={fmt.money(f.lifetimeValue, currency)} />
          </dd>
        </div>
        <div>
          <dt>{t('accounts.record.yearlyProfit')}</dt>
          <dd className="num">{fmt.money(f.yearlyProfit, currency)}</dd>
        </div>
        <div>
          <dt>{t('accounts.record.lifetimeProfit')}</dt>
          <dd className="num">
            <ValueWithBasis figures={f} value={fmt.money(f.lifetimeProfit, currency)} />
          </dd>
        </div>
        <div>
          <dt>{t('accounts.record.tier')}</dt>
          <dd>{f.tier}</dd>
        </div>
        <div>
          <dt>{t('accounts.record.dormancy')}</dt>
          <dd>{f.dormancy ? t(`accounts.dormancy.${f.dormancy}`) : t('accounts.record.awake')}</dd>
        </div>
      </dl>
      <p className="churn-line">
        <span className="muted">{t('accounts.record.churn')}：</span>
        {f.churn.length === 0 ? t('accounts.record.noChurn') : <ChurnReasons reasons={f.churn} currency={currency} />}
      </p>
    </>
  );
}

function RecordActions({ client: c }: { client: ClientDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const archive = useCallMutation('clients.archive');
  const remove = useCallMutation('clients.delete', { onSuccess: () => void navigate('/clients') });
  const hasWork = c.quoteCount + c.proposalCount > 0;
  return (
    <div className="record-actions">
      <Link to="/clients" className="btn">
        {t('accounts.record.back')}
      </Link>
      <Link to={`/clients/${c.id}/edit`} className="btn btn-primary">
        {t('accounts.record.edit')}
      </Link>
      {c.status !== 'let_go' && (
        <button type="button" className="btn" onClick={() => archive.mutate({ id: c.id })}>
          {t('accounts.record.archive')}
        </button>
      )}
      {/* A client with quotes or proposals is history: archive it, never delete it. */}
      {!hasWork &&
        (confirming ? (
          <button type="button" className="btn btn-danger" onClick={() => remove.mutate({ id: c.id })}>
            {t('accounts.keyAccounts.confirm')} · {t('accounts.record.delete')}
          </button>
        ) : (
          <button
            type="button"
            className="btn"
            onClick={() => setConfirming(true)}
            title={t('accounts.record.deleteConfirm')}
          >
            {t('accounts.record.delete')}
          </button>
        ))}
    </div>
  );
}
