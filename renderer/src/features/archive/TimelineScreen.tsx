import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { TimelineEvent } from '@shared/archive/timeline';
import { isCurrencyCode } from '@shared/money';
import { useCallQuery } from '../../api';
import { QueryView } from '../../components/QueryView';
import { useFormat, type Formatters } from '../../i18n/format';
import { CloneDialog } from './CloneDialog';
import './archive.css';

function useEventText() {
  const { t } = useTranslation();
  return (e: TimelineEvent, fmt: Formatters): string => {
    const status = (s: string) => t(`archiveWork.statuses.${s}` as 'archiveWork.statuses.draft');
    switch (e.kind) {
      case 'sent':
        return t('archiveWork.timeline.sent', {
          n: e.version,
          total: isCurrencyCode(e.currency) ? fmt.money(e.total, e.currency) : String(e.total),
          margin: fmt.percent(e.marginPercent),
        });
      case 'status':
        if (e.from === null && e.to === 'draft') return t('archiveWork.timeline.created');
        return e.from === null
          ? t('archiveWork.timeline.statusStart', { to: status(e.to) })
          : t('archiveWork.timeline.statusChange', { from: status(e.from), to: status(e.to) });
      case 'approval_requested':
        return t('archiveWork.timeline.approvalRequested');
      case 'approval_decided':
        return t('archiveWork.timeline.approvalDecided', {
          decision: t(`archiveWork.timeline.decisions.${e.decision}`),
        });
    }
  };
}

/** /archive/proposals/:id — the proposal's life, its sent versions, and from there: open, compare, reuse. */
export function TimelineScreen() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const timeline = useCallQuery('archive.timeline', { id });
  const eventText = useEventText();
  const [picked, setPicked] = useState<number[]>([]);
  const [cloning, setCloning] = useState<number | null>(null);
  const toggle = (n: number) => setPicked((p) => (p.includes(n) ? p.filter((x) => x !== n) : [...p.slice(-1), n]));
  return (
    <QueryView query={timeline}>
      {(tl) => (
        <div className="stack">
          <header className="page-header">
            <div>
              <Link to="/archive" className="muted ar-back">
                ← {t('archiveWork.timeline.back')}
              </Link>
              <h1 id="page-title" tabIndex={-1}>
                {t('archiveWork.timeline.title', { title: tl.proposal.title })}
              </h1>
              <p className="page-subtitle">
                {t('archiveWork.timeline.subtitle', {
                  client: tl.proposal.clientName,
                  owner: tl.proposal.ownerName ?? '—',
                })}{' '}
                · {t(`archiveWork.statuses.${tl.proposal.status}`)}
              </p>
            </div>
          </header>
          <div className="ar-layout ar-layout-even">
            <section className="panel" aria-labelledby="ar-versions-title">
              <h2 id="ar-versions-title" className="panel-title">
                {t('archiveWork.timeline.versions')}
              </h2>
              {tl.versions.length === 0 ? (
                <p className="muted">{t('archiveWork.timeline.noVersions')}</p>
              ) : (
                <>
                  <table className="data-table ar-versions">
                    <caption className="visually-hidden">{t('archiveWork.timeline.versions')}</caption>
                    <tbody>
                      {[...tl.versions].reverse().map((v) => (
                        <tr key={v.number}>
                          <td className="fit">
                            <input
                              type="checkbox"
                              aria-label={t('archiveWork.timeline.pick', { n: v.number })}
                              checked={picked.includes(v.number)}
                              onChange={() => toggle(v.number)}
                            />
                          </td>
                          <th scope="row" className="fit">
                            {t('archiveWork.version', { n: v.number })}
                          </th>
                          <td>
                            {fmt.dateTime(v.sentAt)} · {v.sentBy ?? '—'}
                          </td>
                          <td className="num">{fmt.money(v.total, v.currency)}</td>
                          <td className="num">{fmt.percent(v.marginPercent)}</td>
                          <td className="fit ar-row">
                            <Link className="btn btn-small" to={`/archive/proposals/${id}/versions/${v.number}`}>
                              {t('archiveWork.timeline.open')} {t('archiveWork.version', { n: v.number })}
                            </Link>
                            <button type="button" className="btn btn-small" onClick={() => setCloning(v.number)}>
                              {t('archiveWork.timeline.clone')}
                            </button>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                  <div className="ar-row ar-compare-bar">
                    <button
                      type="button"
                      className="btn btn-primary btn-small"
                      disabled={picked.length !== 2}
                      onClick={() => {
                        const [a, b] = [...picked].sort((x, y) => x - y);
                        void navigate(`/archive/proposals/${id}/compare?from=${a}&to=${b}`);
                      }}
                    >
                      {t('archiveWork.timeline.compareSelected')}
                    </button>
                    <span className="muted">{picked.length !== 2 && t('archiveWork.timeline.pickTwo')}</span>
                  </div>
                </>
              )}
            </section>
            <section className="panel" aria-labelledby="ar-events-title">
              <h2 id="ar-events-title" className="panel-title">
                {t('archiveWork.timeline.events')}
              </h2>
              <ol className="ar-events">
                {tl.events.map((e, i) => (
                  <li key={i} className={`ar-event ar-event-${e.kind}`}>
                    <time dateTime={e.at}>{fmt.dateTime(e.at)}</time>
                    <span>{eventText(e, fmt)}</span>
                    {e.by && <span className="muted"> · {e.by}</span>}
                    {e.kind === 'status' && e.reasonCode && (
                      <span className="muted"> · {t(`lossReasons.${e.reasonCode}`)}</span>
                    )}
                    {'note' in e && e.note && <div className="muted ar-event-note">{e.note}</div>}
                    {e.kind === 'approval_decided' && e.comment && (
                      <div className="muted ar-event-note">{e.comment}</div>
                    )}
                  </li>
                ))}
              </ol>
            </section>
          </div>
          {cloning !== null && (
            <CloneDialog
              proposalId={id}
              number={cloning}
              clientId={tl.proposal.clientId}
              title={`${tl.proposal.title}${t('archiveWork.copySuffix')}`}
              onClose={() => setCloning(null)}
            />
          )}
        </div>
      )}
    </QueryView>
  );
}
