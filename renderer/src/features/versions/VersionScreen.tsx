import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PROPOSAL_SECTION_KEYS } from '@shared/export';
import { DOC_LABELS } from '@shared/export/document/labels';
import { useCallQuery } from '../../api';
import { QueryView } from '../../components/QueryView';
import { useFormat } from '../../i18n/format';
import { ExportMenu } from '../export/ExportMenu';
import { BlocksView } from '../proposals/BlocksView';
import { QuoteTablesView } from './QuoteTablesView';
import './version.css';

/**
 * A sent version exactly as the client got it, read-only: one screen, reached from the proposal
 * (/proposals/:id/versions/:n) and from the archive (/archive/proposals/:id/versions/:n); only the
 * way back differs. The document part — section titles, text, notes, the quote's tables — is in
 * the document's language and drawn from the same mapping as the Word file; around it, the app's
 * language: who sent it and when, the approval, the fingerprint, the export buttons.
 */
export function VersionScreen({ from }: { from: 'proposal' | 'archive' }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const params = useParams();
  const id = Number(params.id);
  const number = Number(params.number);
  const version = useCallQuery('proposals.version', { id, number });
  const back =
    from === 'proposal'
      ? { to: `/proposals/${id}`, label: t('proposalEditor.backToProposal') }
      : { to: `/archive/proposals/${id}`, label: t('archiveWork.versionView.back') };
  return (
    <QueryView query={version}>
      {(v) => {
        const doc = v.snapshot.document;
        const labels = DOC_LABELS[doc.language];
        const sections = doc.proposal?.sections ?? [];
        return (
          <div className="vs-screen">
            <header className="page-header">
              <div>
                <Link to={back.to} className="muted vs-back">
                  ← {back.label}
                </Link>
                <h1 id="page-title" tabIndex={-1}>
                  {t('versionView.title', { title: doc.proposal?.title ?? doc.quote.title, n: v.number })}
                </h1>
                <p className="page-subtitle">
                  {doc.client.name} · {t('versionView.sent', { at: fmt.dateTime(v.sentAt), by: v.sentBy ?? '—' })}
                </p>
              </div>
              <div className="page-header-aside">
                <ExportMenu kind="version" id={id} number={v.number} />
              </div>
            </header>
            <div className="vs-layout">
              <article className="stack" lang={doc.language} aria-label={t('versionView.document')}>
                {PROPOSAL_SECTION_KEYS.map((key, i) => {
                  const s = sections.find((x) => x.key === key);
                  const hasText = Boolean(s?.blocks?.length || s?.text);
                  return (
                    <section key={key} className="panel vs-part" aria-labelledby={`vs-${key}`}>
                      <h2 id={`vs-${key}`} className="panel-title">
                        {labels.sectionNumber(i)}
                        {labels.sectionTitles[key]}
                      </h2>
                      {hasText ? (
                        <BlocksView blocks={s!.blocks ?? []} />
                      ) : (
                        key !== 'cost' && <p className="muted">{labels.noContent}</p>
                      )}
                      {s?.notes && s.notes.length > 0 && (
                        <dl className="vs-notes">
                          <dt className="vs-notes-title">{labels.notes}</dt>
                          {s.notes.map((n, j) => (
                            <div key={j}>
                              <dt>{n.point}</dt>
                              <dd>
                                {labels.rationale}
                                {labels.colon}
                                {n.rationale}
                              </dd>
                            </div>
                          ))}
                        </dl>
                      )}
                      {key === 'cost' && <QuoteTablesView snapshot={doc} />}
                    </section>
                  );
                })}
              </article>
              <aside className="vs-aside">
                <section className="panel">
                  <h2 className="panel-title">{t('versionView.record')}</h2>
                  <dl className="vs-facts">
                    <dt>{t('versionView.total')}</dt>
                    <dd className="num">{fmt.money(doc.computed.total, doc.computed.currency)}</dd>
                    <dt>{t('versionView.language')}</dt>
                    <dd>{t(`languages.${doc.language}`)}</dd>
                    {v.approvedBy && (
                      <>
                        <dt>{t('versionView.approvedBy')}</dt>
                        <dd>{v.approvedBy}</dd>
                      </>
                    )}
                    {v.noPreCommunicationReason && (
                      <>
                        <dt>{t('versionView.noPreCommunication')}</dt>
                        <dd>{v.noPreCommunicationReason}</dd>
                      </>
                    )}
                  </dl>
                  <p className="muted vs-hash">{t('versionView.hash', { hash: v.contentHash })}</p>
                </section>
              </aside>
            </div>
          </div>
        );
      }}
    </QueryView>
  );
}

/** The same screen reached from a proposal, for routes that take a component without props. */
export function ProposalVersionScreen() {
  return <VersionScreen from="proposal" />;
}

/** The same screen reached from the archive's history of a proposal. */
export function ArchiveVersionScreen() {
  return <VersionScreen from="archive" />;
}
