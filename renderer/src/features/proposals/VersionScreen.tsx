import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PROPOSAL_SECTION_KEYS } from '@shared/export';
import { useCallQuery } from '../../api';
import { QueryView } from '../../components/QueryView';
import { useFormat } from '../../i18n/format';
import { BlocksView } from './BlocksView';
import './proposal-editor.css';

/** /proposals/:id/versions/:n — a frozen version exactly as it was sent; nothing here can change it. */
export function VersionScreen() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const params = useParams();
  const id = Number(params.id);
  const number = Number(params.number);
  const version = useCallQuery('proposals.version', { id, number });
  return (
    <QueryView query={version}>
      {(v) => {
        const doc = v.snapshot.document;
        const c = doc.computed;
        const sections = doc.proposal?.sections ?? [];
        return (
          <div className="pe-screen pe-frozen">
            <header className="page-header">
              <div>
                <Link to={`/proposals/${id}`} className="muted pe-back">
                  ← {t('proposalEditor.backToProposal')}
                </Link>
                <h1 id="page-title" tabIndex={-1}>
                  {t('proposalEditor.frozenTitle', { title: doc.proposal?.title ?? doc.quote.title, n: v.number })}
                </h1>
                <p className="page-subtitle">
                  {t('proposalEditor.frozenNote', { at: fmt.dateTime(v.sentAt), by: v.sentBy ?? '—' })}
                </p>
              </div>
            </header>
            <div className="pe-layout">
              <div className="pe-main">
                {PROPOSAL_SECTION_KEYS.map((key) => {
                  const s = sections.find((x) => x.key === key);
                  return (
                    <section key={key} className="panel pe-section" aria-labelledby={`frozen-${key}`}>
                      <h2 id={`frozen-${key}`} className="panel-title">
                        {t(`proposalEditor.sections.${key}`)}
                      </h2>
                      {key === 'cost' && (
                        <p className="pe-quote-figures">
                          {doc.quote.title} ·{' '}
                          {t('proposalEditor.quoteFigures', {
                            subtotal: fmt.money(c.subtotal, c.currency),
                            discount: fmt.money(c.discount, c.currency),
                            net: fmt.money(c.net, c.currency),
                            total: fmt.money(c.total, c.currency),
                          })}
                        </p>
                      )}
                      <BlocksView blocks={s?.blocks ?? []} />
                      {s?.notes && s.notes.length > 0 && (
                        <dl className="pe-frozen-notes">
                          {s.notes.map((n, i) => (
                            <div key={i}>
                              <dt>{n.point}</dt>
                              <dd>{n.rationale}</dd>
                            </div>
                          ))}
                        </dl>
                      )}
                    </section>
                  );
                })}
              </div>
              <aside className="pe-aside">
                <section className="panel pe-side">
                  <h2 className="panel-title">{t('proposalEditor.quoteTotals')}</h2>
                  <p>
                    {fmt.money(c.total, c.currency)} · {t('proposalEditor.margin')} {fmt.percent(c.marginPercent)}
                  </p>
                  {v.approvedBy && <p>{t('proposalEditor.frozenApproved', { by: v.approvedBy })}</p>}
                  {v.noPreCommunicationReason && (
                    <p>{t('proposalEditor.frozenNoPreComm', { reason: v.noPreCommunicationReason })}</p>
                  )}
                  <p className="muted pe-hash">{t('proposalEditor.frozenHash', { hash: v.contentHash })}</p>
                </section>
              </aside>
            </div>
          </div>
        );
      }}
    </QueryView>
  );
}
