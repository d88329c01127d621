import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { lineLabel } from '@shared/archive/text';
import { PROPOSAL_SECTION_KEYS } from '@shared/export';
import { useCallQuery } from '../../api';
import { QueryView } from '../../components/QueryView';
import { useFormat } from '../../i18n/format';
import { ExportMenu } from '../export/ExportMenu';
import { BlocksView } from '../proposals/BlocksView';
import './archive.css';

/** /archive/proposals/:id/versions/:n — the frozen snapshot, read-only: the words and figures the client got. */
export function ArchiveVersionScreen() {
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
        const money = (n: number) => fmt.money(n, c.currency);
        return (
          <div className="ar-screen ar-frozen">
            <header className="page-header">
              <div>
                <Link to={`/archive/proposals/${id}`} className="muted ar-back">
                  ← {t('archiveWork.versionView.back')}
                </Link>
                <h1 id="page-title" tabIndex={-1}>
                  {t('archiveWork.versionView.title', { title: doc.proposal?.title ?? doc.quote.title, n: v.number })}
                </h1>
                <p className="page-subtitle">
                  {doc.client.name} ·{' '}
                  {t('archiveWork.versionView.subtitle', { at: fmt.dateTime(v.sentAt), by: v.sentBy ?? '—' })}
                </p>
              </div>
              <div className="page-header-aside">
                <ExportMenu kind="version" id={id} number={v.number} />
              </div>
            </header>
            {PROPOSAL_SECTION_KEYS.map((key) => {
              const s = doc.proposal?.sections.find((x) => x.key === key);
              return (
                <section key={key} className="panel ar-section" aria-labelledby={`ar-frozen-${key}`}>
                  <h2 id={`ar-frozen-${key}`} className="panel-title">
                    {t(`archiveWork.sections.${key}`)}
                  </h2>
                  {s?.blocks?.length || s?.text ? (
                    <BlocksView blocks={s.blocks ?? []} />
                  ) : (
                    <p className="muted">{t('archiveWork.versionView.empty')}</p>
                  )}
                  {s?.notes && s.notes.length > 0 && (
                    <dl className="ar-notes">
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
            <section className="panel" aria-labelledby="ar-frozen-quote">
              <h2 id="ar-frozen-quote" className="panel-title">
                {t('archiveWork.versionView.quote')} · {doc.quote.title}
              </h2>
              <table className="data-table">
                <caption className="visually-hidden">{t('archiveWork.versionView.quote')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('archiveWork.versionView.line')}</th>
                    <th scope="col" className="num">
                      {t('archiveWork.versionView.quantity')}
                    </th>
                    <th scope="col" className="num">
                      {t('archiveWork.versionView.rate')}
                    </th>
                    <th scope="col" className="num">
                      {t('archiveWork.versionView.amount')}
                    </th>
                  </tr>
                </thead>
                {doc.quote.sections.map((section, si) => (
                  <tbody key={si}>
                    <tr className="ar-group-row">
                      <th scope="rowgroup" colSpan={4}>
                        {section.title}
                      </th>
                    </tr>
                    {section.lines.map((line, li) => {
                      const computed = c.sections[si]?.lines[li];
                      return (
                        <tr key={li}>
                          <td>{lineLabel(line)}</td>
                          <td className="num">{line.kind === 'labor' ? (computed?.workload ?? '') : line.quantity}</td>
                          <td className="num">{money(line.kind === 'labor' ? line.rate : line.unitPrice)}</td>
                          <td className="num">{computed ? money(computed.price) : ''}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                ))}
              </table>
              <dl className="ar-totals">
                {(['subtotal', 'discount', 'net', 'tax', 'total'] as const).map((k) => (
                  <div key={k}>
                    <dt>{t(`archiveWork.versionView.${k}`)}</dt>
                    <dd className="num">{money(c[k])}</dd>
                  </div>
                ))}
                <div>
                  <dt>{t('archiveWork.versionView.margin')}</dt>
                  <dd className="num">{fmt.percent(c.marginPercent)}</dd>
                </div>
              </dl>
            </section>
          </div>
        );
      }}
    </QueryView>
  );
}
