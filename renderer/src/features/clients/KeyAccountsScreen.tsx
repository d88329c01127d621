import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { KeyAccountList } from '@shared/contract';
import { useCallMutation, useCallQuery } from '../../api';
import { Badge } from '../../components/Badge';
import { DataTable } from '../../components/DataTable';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { usePreferences } from '../../app/preferences';
import { useFormat } from '../../i18n/format';

/** The key-account list: current accounts checked against the criteria, candidates, history. */
export function KeyAccountsScreen() {
  const { t } = useTranslation();
  const list = useCallQuery('keyAccounts.list', {});
  const settings = useCallQuery('clientSettings.get', {});
  const fmt = useFormat();
  const { lang } = usePreferences();
  const s = settings.data?.settings;
  const typeNames = s?.keyTypes.length
    ? new Intl.ListFormat(lang).format(s.keyTypes.map((k) => t(`accounts.types.${k}`)))
    : t('accounts.keyAccounts.any');
  return (
    <>
      <PageHeader title={t('accounts.keyAccounts.title')} subtitle={t('accounts.keyAccounts.hint')} />
      {s && list.data && (
        <p className="muted criteria-line">
          {t('accounts.keyAccounts.criteria', {
            profit: fmt.money(s.keyMinYearlyProfit, list.data.currency),
            tiers: s.keyTiers.join('/') || t('accounts.keyAccounts.any'),
            types: typeNames,
          })}
        </p>
      )}
      <QueryView query={list}>{(l) => <KeyAccountsBody list={l} />}</QueryView>
    </>
  );
}

function KeyAccountsBody({ list }: { list: KeyAccountList }) {
  const { t } = useTranslation();
  const { lang } = usePreferences();
  const fmt = useFormat();
  const money = (v: number) => fmt.money(v, list.currency);
  const typeOf = (c: KeyAccountList['candidates'][number]) =>
    c.clientType ? t(`accounts.types.${c.clientType}`) : t('accounts.types.unknown');
  return (
    <>
      {list.overLimit && (
        <p className="form-error" role="alert">
          {t('accounts.keyAccounts.overLimit', { count: list.current.length, max: list.maxAccounts })}
        </p>
      )}
      <section className="panel" aria-labelledby="key-current">
        <h2 id="key-current" className="panel-title">
          {t('accounts.keyAccounts.current')} ({list.current.length})
        </h2>
        {list.current.length === 0 ? (
          <p className="muted">{t('accounts.keyAccounts.empty')}</p>
        ) : (
          <DataTable
            caption={t('accounts.keyAccounts.current')}
            rows={list.current}
            rowKey={(k) => k.clientId}
            columns={[
              {
                id: 'c',
                header: t('accounts.analytics.client'),
                cell: (k) => <Link to={`/clients/${k.clientId}`}>{k.name}</Link>,
                fit: true,
              },
              {
                id: 'p',
                header: t('accounts.keyAccounts.yearlyProfit'),
                cell: (k) => money(k.yearlyProfit),
                align: 'end',
              },
              { id: 't', header: t('accounts.record.tier'), cell: (k) => k.tier },
              { id: 'ty', header: t('accounts.list.type'), cell: typeOf },
              {
                id: 'm',
                header: t('accounts.keyAccounts.meets'),
                cell: (k) =>
                  k.failing.length === 0 ? (
                    <Badge tone="success">{t('accounts.keyAccounts.meets')}</Badge>
                  ) : (
                    <Badge tone="danger">
                      {t('accounts.keyAccounts.failing', {
                        list: new Intl.ListFormat(lang).format(
                          k.failing.map((f) => t(`accounts.keyAccounts.criteriaNames.${f}`)),
                        ),
                      })}
                    </Badge>
                  ),
              },
              { id: 'r', header: t('accounts.keyAccounts.reason'), cell: (k) => k.reason, truncate: true },
              {
                id: 'a',
                header: t('common.actions'),
                headerHidden: true,
                cell: (k) => <ReasonAction kind="retire" clientId={k.clientId} name={k.name} />,
              },
            ]}
          />
        )}
      </section>
      <section className="panel" aria-labelledby="key-candidates">
        <h2 id="key-candidates" className="panel-title">
          {t('accounts.keyAccounts.candidates')}
        </h2>
        {list.candidates.length === 0 ? (
          <p className="muted">{t('accounts.keyAccounts.noCandidates')}</p>
        ) : (
          <DataTable
            caption={t('accounts.keyAccounts.candidates')}
            rows={list.candidates}
            rowKey={(k) => k.clientId}
            columns={[
              {
                id: 'c',
                header: t('accounts.analytics.client'),
                cell: (k) => <Link to={`/clients/${k.clientId}`}>{k.name}</Link>,
                fit: true,
              },
              {
                id: 'p',
                header: t('accounts.keyAccounts.yearlyProfit'),
                cell: (k) => money(k.yearlyProfit),
                align: 'end',
              },
              { id: 't', header: t('accounts.record.tier'), cell: (k) => k.tier },
              { id: 'ty', header: t('accounts.list.type'), cell: typeOf },
              {
                id: 'a',
                header: t('common.actions'),
                headerHidden: true,
                cell: (k) => <ReasonAction kind="add" clientId={k.clientId} name={k.name} />,
              },
            ]}
          />
        )}
      </section>
      <section className="panel" aria-labelledby="key-history">
        <h2 id="key-history" className="panel-title">
          {t('accounts.keyAccounts.history')}
        </h2>
        <DataTable
          caption={t('accounts.keyAccounts.history')}
          rows={list.history}
          rowKey={(h) => `${h.clientId}-${h.addedAt}`}
          columns={[
            { id: 'c', header: t('accounts.analytics.client'), cell: (h) => h.name, fit: true },
            {
              id: 'a',
              header: t('accounts.keyAccounts.addedAt'),
              cell: (h) => `${fmt.date(h.addedAt)} · ${h.addedBy ?? ''}`,
              fit: true,
            },
            { id: 'ar', header: t('accounts.keyAccounts.reason'), cell: (h) => h.addReason },
            {
              id: 'r',
              header: t('accounts.keyAccounts.retiredAt'),
              cell: (h) => (h.retiredAt ? `${fmt.date(h.retiredAt)} · ${h.retiredBy ?? ''}` : ''),
              fit: true,
            },
            { id: 'rr', header: t('accounts.keyAccounts.reason'), cell: (h) => h.retireReason ?? '' },
          ]}
        />
      </section>
    </>
  );
}

/** Adding and retiring both ask why: the list follows the criteria, and the record says who decided. */
function ReasonAction({ kind, clientId, name }: { kind: 'add' | 'retire'; clientId: number; name: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState(false);
  const mutation = useCallMutation(kind === 'add' ? 'keyAccounts.add' : 'keyAccounts.retire', {
    onSuccess: () => setOpen(false),
  });
  const label = t(kind === 'add' ? 'accounts.keyAccounts.addLabel' : 'accounts.keyAccounts.retireLabel', { name });
  if (!open)
    return (
      <button type="button" className="btn btn-small" aria-label={label} onClick={() => setOpen(true)}>
        {t(`accounts.keyAccounts.${kind}`)}
      </button>
    );
  return (
    <form
      className="reason-form"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        if (!reason.trim()) return setError(true);
        mutation.mutate({ clientId, reason: reason.trim() });
      }}
    >
      <input
        type="text"
        autoFocus
        aria-label={t('accounts.keyAccounts.reason')}
        aria-invalid={error || undefined}
        placeholder={error ? t('accounts.keyAccounts.reasonRequired') : t('accounts.keyAccounts.reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <button type="submit" className="btn btn-small btn-primary">
        {t('accounts.keyAccounts.confirm')}
      </button>
    </form>
  );
}
