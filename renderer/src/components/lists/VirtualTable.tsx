import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Column } from '../DataTable';
import type { ListSort } from '@shared/lists/filter';

export interface ListColumn<Row> extends Column<Row> {
  /** The header is a button that sorts by this column. */
  sortable?: boolean;
}

/** A row's height before it is measured (a line of text and its padding). */
const ROW_ESTIMATE = 41;
const FOCUSABLE = 'a[href], button:not([disabled]), input, select, [tabindex]:not([tabindex="-1"])';

/**
 * A long list as a real table, virtualized: only the rows in view (and a margin) are in the page,
 * spacer rows keep the scroll height, and `aria-rowcount`/`aria-rowindex` tell a screen reader
 * where it is. Sortable headers are buttons with `aria-sort`; ↑/↓ move from a row's control to the
 * same control of the row above or below (scrolling it in), Enter on the title opens it.
 */
export function VirtualTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  sort,
  onSort,
}: {
  caption: string;
  columns: ListColumn<Row>[];
  rows: Row[];
  rowKey(row: Row): string | number;
  sort: ListSort | null;
  onSort(sort: ListSort): void;
}) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    getItemKey: (i) => rowKey(rows[i]!),
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = Math.max(0, virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0));

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const target = e.target as HTMLElement;
    // A select keeps its arrows; so does a menu opened from a row.
    if (target instanceof HTMLSelectElement || target.closest('[role="menu"]')) return;
    const tr = target.closest('tbody tr[aria-rowindex]');
    const td = target.closest('td');
    if (!tr || !td) return;
    const index = Number(tr.getAttribute('aria-rowindex')) - 2 + (e.key === 'ArrowDown' ? 1 : -1);
    if (index < 0 || index >= rows.length) return;
    e.preventDefault();
    const column = [...tr.children].indexOf(td);
    virtualizer.scrollToIndex(index, { align: 'auto' });
    let tries = 0;
    const attempt = () => {
      const next = scrollRef.current?.querySelector(`tbody tr[aria-rowindex="${index + 2}"]`);
      const control =
        next?.children[column]?.querySelector<HTMLElement>(FOCUSABLE) ?? next?.querySelector<HTMLElement>(FOCUSABLE);
      if (control) control.focus();
      else if (tries++ < 10) requestAnimationFrame(attempt);
    };
    attempt();
  };

  const ariaSort = (c: ListColumn<Row>) =>
    sort?.column === c.id ? (sort.direction === 'asc' ? 'ascending' : 'descending') : c.sortable ? 'none' : undefined;

  return (
    <div className="table-wrap vt-wrap" ref={scrollRef} onKeyDown={onKeyDown}>
      <table className="data-table" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((c) => (
              <th key={c.id} scope="col" className={c.align === 'end' ? 'num' : undefined} aria-sort={ariaSort(c)}>
                {c.headerHidden || !c.header ? (
                  <span className="visually-hidden">{c.header || t('common.actions')}</span>
                ) : c.sortable ? (
                  <button
                    type="button"
                    className="vt-sort"
                    title={t('lists.sortBy', { column: c.header })}
                    onClick={() =>
                      onSort({
                        column: c.id,
                        // A new column starts with the larger or later first, as one usually wants.
                        direction: sort?.column === c.id && sort.direction === 'desc' ? 'asc' : 'desc',
                      })
                    }
                  >
                    {c.header}
                  </button>
                ) : (
                  c.header
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {top > 0 && (
            <tr className="vt-spacer" aria-hidden="true">
              <td colSpan={columns.length} style={{ height: top }} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <tr
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                aria-rowindex={item.index + 2}
              >
                {columns.map((c) => (
                  <td
                    key={c.id}
                    className={
                      [c.align === 'end' ? 'num' : '', c.truncate ? 'truncate' : '', c.fit ? 'fit' : '']
                        .filter(Boolean)
                        .join(' ') || undefined
                    }
                  >
                    {c.cell(row)}
                  </td>
                ))}
              </tr>
            );
          })}
          {bottom > 0 && (
            <tr className="vt-spacer" aria-hidden="true">
              <td colSpan={columns.length} style={{ height: bottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
