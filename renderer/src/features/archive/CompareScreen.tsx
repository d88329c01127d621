import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { DiffPart } from '@shared/archive/text-diff';
import type { LineDiff } from '@shared/archive/quote-diff';
import { useCallQuery } from '../../api';
import { QueryView } from '../../components/QueryView';
import { useFormat } from '../../i18n/format';
import './archive.css';

/** Removed text struck through, added text highlighted: <del> and <ins>, so a screen reader says which. */
function DiffText({ parts }: { parts: DiffPart[] }) {
  return (
    <p className="ar-diff-text">
      {parts.map((p, i) =>
        p.change === 'added' ? (
          <ins key={i}>{p.text}</ins>
        ) : p.change === 'removed' ? (
          <del key={i}>{p.text}</del>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </p>
  );
}

/** /archive/proposals/:id/compare?from=1&to=2 — two sent versions: the text of each section, the quote line by line. */
export function CompareScreen() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = Number(useParams().id);
  const [search, setSearch] = useSearchParams();
  const from = Number(search.get('from') ?? 1);
  const to = Number(search.get('to') ?? 2);
  const timeline = useCallQuery('archive.timeline', { id });
  const compare = useCallQuery('archive.compare', { id, from, to });
  const versions = timeline.data?.versions ?? [];
  const picker = (key: 'from' | 'to', value: number) => (
    <label className="field">
      <span>{t(`archiveWork.compare.${key}`)}</span>
      <select
        value={value}
        onChange={(e) =>
          setSearch((s) => {
            s.set(key, e.target.value);
            return s;
          })
        }
      >
        {versions.map((v) => (
          <option key={v.number} value={v.number}>
            {t('archiveWork.version', { n: v.number })} · {fmt.date(v.sentAt)}
          </option>
        ))}
      </select>
    </label>
  );
  const figure = (line: LineDiff, side: 'before' | 'after', currency: Parameters<typeof fmt.money>[1]) => {
    const f = line[side];
    if (!f) return '—';
    return `${f.quantity} × ${fmt.money(f.rate, currency)} = ${fmt.money(f.amount, currency)}`;
  };
  return (
    <div className="stack">
      <header className="page-header">
        <div>
          <Link to={`/archive/proposals/${id}`} className="muted ar-back">
            ← {t('archiveWork.versionView.back')}
          </Link>
          <h1 id="page-title" tabIndex={-1}>
            {t('archiveWork.compare.title', { title: timeline.data?.proposal.title ?? '', from, to })}
          </h1>
          <p className="page-subtitle">{t('archiveWork.compare.legend')}</p>
        </div>
        <div className="page-header-aside ar-row">
          {picker('from', from)}
          {picker('to', to)}
        </div>
      </header>
      <QueryView query={compare}>
        {(c) => {
          const cur = c.quote.currencyAfter;
          const signed = (n: number) => (n > 0 ? '+' : '') + fmt.money(n, cur);
          return (
            <>
              <section className="panel" aria-labelledby="ar-cmp-sections">
                <h2 id="ar-cmp-sections" className="panel-title">
                  {t('archiveWork.compare.sections')}
                </h2>
                {c.title.some((p) => p.change !== 'same') && <DiffText parts={c.title} />}
                {c.sections.map((s) => (
                  <div key={s.key} className={`ar-cmp-section${s.changed ? ' ar-cmp-changed' : ''}`}>
                    <h3>
                      {t(`archiveWork.sections.${s.key}`)}{' '}
                      <span className={`badge ${s.changed ? 'badge-warning' : 'badge-muted'}`}>
                        {t(s.changed ? 'archiveWork.compare.changed' : 'archiveWork.compare.unchanged')}
                      </span>
                    </h3>
                    {s.changed && <DiffText parts={s.parts} />}
                  </div>
                ))}
              </section>
              <section className="panel" aria-labelledby="ar-cmp-quote">
                <h2 id="ar-cmp-quote" className="panel-title">
                  {t('archiveWork.compare.quote')}
                </h2>
                <table className="data-table ar-cmp-lines">
                  <caption className="visually-hidden">{t('archiveWork.compare.quote')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('archiveWork.compare.line')}</th>
                      <th scope="col">{t('archiveWork.compare.section')}</th>
                      <th scope="col">{t('archiveWork.compare.change')}</th>
                      <th scope="col" className="num">
                        {t('archiveWork.compare.before')}
                      </th>
                      <th scope="col" className="num">
                        {t('archiveWork.compare.after')}
                      </th>
                      <th scope="col" className="num">
                        {t('archiveWork.compare.delta')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {c.quote.lines.map((l, i) => (
                      <tr key={i} className={`ar-line-${l.change}`}>
                        <td>{l.label}</td>
                        <td>{l.section}</td>
                        <td>
                          {t(`archiveWork.compare.changes.${l.change}`)}
                          {l.changed.length > 0 && (
                            <span className="muted">
                              {' '}
                              ({l.changed.map((f) => t(`archiveWork.compare.fields.${f}`)).join(', ')})
                            </span>
                          )}
                        </td>
                        <td className="num">{figure(l, 'before', c.quote.currencyBefore)}</td>
                        <td className="num">{figure(l, 'after', cur)}</td>
                        <td className="num">{signed((l.after?.amount ?? 0) - (l.before?.amount ?? 0))}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <h3 className="subsection-title ar-totals-title">{t('archiveWork.compare.totals')}</h3>
                <table className="data-table ar-cmp-totals">
                  <caption className="visually-hidden">{t('archiveWork.compare.totals')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('archiveWork.compare.totals')}</th>
                      <th scope="col" className="num">
                        {t('archiveWork.compare.before')}
                      </th>
                      <th scope="col" className="num">
                        {t('archiveWork.compare.after')}
                      </th>
                      <th scope="col" className="num">
                        {t('archiveWork.compare.delta')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {c.quote.totals.map((row) => (
                      <tr key={row.field} className={row.delta !== 0 ? 'ar-line-changed' : undefined}>
                        <th scope="row">{t(`archiveWork.compare.totalFields.${row.field}`)}</th>
                        <td className="num">{fmt.money(row.before, c.quote.currencyBefore)}</td>
                        <td className="num">{fmt.money(row.after, cur)}</td>
                        <td className="num">{signed(row.delta)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <p className="ar-margin-change">
                  {t('archiveWork.compare.marginChange', {
                    before: fmt.percent(c.quote.margin.before),
                    after: fmt.percent(c.quote.margin.after),
                    delta: c.quote.margin.deltaPoints ?? '—',
                  })}
                </p>
                {c.quote.discountReasonBefore !== c.quote.discountReasonAfter && (
                  <p className="muted">
                    {t('archiveWork.compare.discountReason', {
                      before: c.quote.discountReasonBefore ?? '—',
                      after: c.quote.discountReasonAfter ?? '—',
                    })}
                  </p>
                )}
              </section>
            </>
          );
        }}
      </QueryView>
    </div>
  );
}
