import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { contract, type AuditEntry, type CallArgs } from '@shared/contract';
import { AUDITED_CALLS } from '@shared/contract/audited';
import { useCallQuery } from '../../api';
import { useCan } from '../../app/session';
import { DataTable } from '../../components/DataTable';
import { Field } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { useFormat } from '../../i18n/format';
import { zhCN } from '../../i18n/zh-CN';
import { useAuditAction } from '../home/useAuditAction';

const PAGE = 50;
type Filter = Omit<CallArgs<'audit.list'>, 'limit' | 'offset'>;
type Kind = keyof typeof zhCN.audit.kinds;
const KINDS = Object.keys(zhCN.audit.kinds) as Kind[];
const isKind = (k: string | null): k is Kind => k !== null && (KINDS as string[]).includes(k);

/** Every call the log can name: what the "what" filter offers. */
const ACTIONS = AUDITED_CALLS;

/** Where an object of the log opens, for the kinds that have a screen of their own. */
function objectLink(e: AuditEntry): string | null {
  if (e.entityId === null) return null;
  if (e.entity === 'proposal') return `/proposals/${e.entityId}`;
  if (e.entity === 'quote') return `/quotes/${e.entityId}`;
  if (e.entity === 'client') return `/clients/${e.entityId}`;
  return null;
}

/** The audit trail (issue 15): who, what, which object, when — filtered and paged. Finance and admins. */
export function AuditScreen() {
  const { t } = useTranslation();
  const can = useCan();
  return (
    <>
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')} />
      {can('audit.list') ? (
        <AuditBody />
      ) : (
        <p className="panel muted">
          {t('auth.readOnly', {
            roles: contract['audit.list'].access.roles.map((r) => t(`roles.${r}`)).join(t('auth.or')),
          })}
        </p>
      )}
    </>
  );
}

function AuditBody() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const actionText = useAuditAction();
  const [filter, setFilter] = useState<Filter>({});
  const [page, setPage] = useState(0);
  const list = useCallQuery('audit.list', { ...filter, limit: PAGE, offset: page * PAGE });
  const kindName = (k: string | null) => (isKind(k) ? t(`audit.kinds.${k}`) : (k ?? ''));

  const apply = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const value = (name: string) => {
      const v = String(data.get(name) ?? '').trim();
      return v === '' ? undefined : v;
    };
    const user = value('userId');
    const entity = value('entity');
    setPage(0);
    setFilter({
      userId: user === undefined ? undefined : Number(user),
      action: value('action'),
      entity,
      entityId: entity === undefined ? undefined : value('entityId'),
      from: value('from'),
      to: value('to'),
    });
  };

  return (
    <>
      <form className="panel filter-form" aria-label={t('audit.filters')} onSubmit={apply} noValidate>
        <div className="form-grid">
          <Field label={t('audit.who')}>
            <select name="userId" defaultValue="">
              <option value="">{t('audit.any')}</option>
              {list.data?.actors.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('audit.what')}>
            <select name="action" defaultValue="">
              <option value="">{t('audit.any')}</option>
              {ACTIONS.map((a) => (
                <option key={a} value={a}>
                  {actionText(a)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('audit.kind')}>
            <select name="entity" defaultValue="">
              <option value="">{t('audit.any')}</option>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`audit.kinds.${k}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('audit.objectId')}>
            <input name="entityId" type="text" inputMode="numeric" pattern="\d*" />
          </Field>
          <Field label={t('audit.from')}>
            <input name="from" type="date" />
          </Field>
          <Field label={t('audit.to')}>
            <input name="to" type="date" />
          </Field>
        </div>
        <div className="form-footer">
          <button type="submit" className="btn btn-primary">
            {t('audit.apply')}
          </button>
          <button
            type="reset"
            className="btn"
            onClick={() => {
              setPage(0);
              setFilter({});
            }}
          >
            {t('audit.reset')}
          </button>
        </div>
      </form>
      <QueryView query={list}>
        {(l) =>
          l.items.length === 0 ? (
            <p className="panel muted">{t('audit.empty')}</p>
          ) : (
            <DataTable
              caption={t('audit.title')}
              rows={l.items}
              rowKey={(e) => e.id}
              columns={[
                { id: 'at', header: t('home.when'), cell: (e) => fmt.dateTime(e.at), fit: true },
                { id: 'who', header: t('home.who'), cell: (e) => e.userName ?? t('home.system'), fit: true },
                { id: 'what', header: t('home.what'), cell: (e) => actionText(e.action) },
                {
                  id: 'object',
                  header: t('home.object'),
                  cell: (e) => {
                    if (e.entity === null) return '';
                    if (e.entityId === null) return kindName(e.entity);
                    const text =
                      e.entityLabel !== null
                        ? t('audit.objectName', { kind: kindName(e.entity), name: e.entityLabel })
                        : t('audit.objectNumber', { kind: kindName(e.entity), id: e.entityId ?? '' });
                    const to = e.entityLabel !== null ? objectLink(e) : null;
                    return to ? <Link to={to}>{text}</Link> : text;
                  },
                  truncate: true,
                },
              ]}
            />
          )
        }
      </QueryView>
      <nav className="pager" aria-label={t('audit.page', { n: page + 1 })}>
        <button type="button" className="btn btn-small" disabled={page === 0} onClick={() => setPage(page - 1)}>
          {t('audit.previous')}
        </button>
        <span aria-live="polite">{t('audit.page', { n: page + 1 })}</span>
        <button
          type="button"
          className="btn btn-small"
          disabled={!list.data?.hasMore}
          onClick={() => setPage(page + 1)}
        >
          {t('audit.next')}
        </button>
      </nav>
    </>
  );
}
