import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCallQuery } from '../../api';
import { useFormat } from '../../i18n/format';

/** The frozen versions (each opens as sent) and every status change: who, when, from, to. */
export function VersionsPanel({ id }: { id: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const versions = useCallQuery('proposals.versions', { id });
  const history = useCallQuery('proposals.history', { id });
  const status = (s: string) => t(`proposals.statuses.${s}` as 'proposals.statuses.draft');
  return (
    <section className="panel pe-side" aria-labelledby="pe-versions">
      <h2 id="pe-versions" className="panel-title">
        {t('proposalEditor.versions')}
      </h2>
      {versions.data && versions.data.items.length === 0 && <p className="muted">{t('proposalEditor.noVersions')}</p>}
      <ul className="pe-list" data-testid="proposal-versions">
        {versions.data?.items.map((v) => (
          <li key={v.number}>
            <Link to={`/proposals/${id}/versions/${v.number}`}>
              {t('proposalEditor.versionLine', { n: v.number, at: fmt.dateTime(v.sentAt), by: v.sentBy ?? '—' })}
            </Link>{' '}
            <span className="muted">{fmt.money(v.total, v.currency)}</span>
          </li>
        ))}
      </ul>
      <h3 className="subsection-title">{t('proposalEditor.history')}</h3>
      <ol className="pe-list pe-history" data-testid="proposal-history">
        {history.data?.items.map((h) => (
          <li key={h.id}>
            <span>
              {h.from === null
                ? t('proposalEditor.historyCreated', { to: status(h.to) })
                : t('proposalEditor.historyLine', { from: status(h.from), to: status(h.to) })}
              {h.version !== null && t('proposalEditor.historyVersion', { n: h.version })}
            </span>
            {h.reasonCode && <span> · {t(`lossReasons.${h.reasonCode}`)}</span>}
            {h.note && <span className="muted"> · {h.note}</span>}
            <br />
            <span className="muted">
              {h.userName ?? '—'} · {fmt.dateTime(h.at)}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
