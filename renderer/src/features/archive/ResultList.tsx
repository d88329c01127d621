import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ArchiveHit } from '@shared/contract';
import { useFormat } from '../../i18n/format';
import { hitLink } from './hitLink';
import { Marked } from './Marked';

const ROW_HEIGHT = 76;

/**
 * The hits as a listbox, virtualized: only the rows in view are in the page, so 500 hits scroll as
 * lightly as 5. The active row (↑/↓ from the search box) is scrolled into view and opens on Enter.
 */
export function ResultList({
  hits,
  active,
  onActivate,
  forQuery,
}: {
  hits: ArchiveHit[];
  active: number;
  onActivate(i: number): void;
  /** The query these hits answer (absent while a newer one is on its way): for tests and assistive tech. */
  forQuery?: string;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualizer re-renders with its own state, so the compiler leaves this component unmemoized: as meant.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({
    count: hits.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  useEffect(() => {
    if (active >= 0) virtual.scrollToIndex(active, { align: 'auto' });
  }, [active, virtual]);
  return (
    <div
      ref={scroller}
      className="ar-results"
      role="listbox"
      id="archive-results"
      aria-label={t('archiveWork.resultsCaption')}
      aria-activedescendant={active >= 0 ? `archive-hit-${active}` : undefined}
      aria-busy={forQuery === undefined}
      data-query={forQuery}
    >
      <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
        {virtual.getVirtualItems().map((row) => {
          const hit = hits[row.index]!;
          return (
            <div
              key={hit.key}
              id={`archive-hit-${row.index}`}
              role="option"
              aria-selected={row.index === active}
              className={`ar-hit${row.index === active ? ' ar-hit-active' : ''}`}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                height: ROW_HEIGHT,
                transform: `translateY(${row.start}px)`,
              }}
              // Moving the mouse chooses a row; a list redrawn under a still pointer does not.
              onMouseMove={() => row.index !== active && onActivate(row.index)}
              // An option holds no link of its own (a control inside an option is one a screen
              // reader cannot reach): the whole row opens, as Enter does from the search box.
              onClick={() => void navigate(hitLink(hit))}
            >
              <div className="ar-hit-head">
                <span className={`badge ar-kind ar-kind-${hit.kind}`}>{t(`archiveWork.kinds.${hit.kind}`)}</span>
                <span className="ar-hit-title">
                  <Marked parts={hit.titleParts} />
                </span>
                {hit.versionNumber !== null && (
                  <span className="badge badge-neutral">{t('archiveWork.version', { n: hit.versionNumber })}</span>
                )}
                {hit.status && <span className="badge badge-muted">{t(`archiveWork.statuses.${hit.status}`)}</span>}
                <span className="ar-hit-amount num">
                  {hit.amount !== null && hit.currency ? fmt.money(hit.amount, hit.currency) : ''}
                </span>
              </div>
              <div className="ar-hit-snippet">
                <Marked parts={hit.snippet} />
              </div>
              <div className="ar-hit-meta muted">
                {[hit.clientName, hit.ownerName, hit.date ? fmt.date(hit.date) : null].filter(Boolean).join(' · ')}
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
