import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface Column<Row> {
  id: string;
  header: string;
  /** A column of buttons: its header is for screen readers only (a cell without one is unnamed). */
  headerHidden?: boolean;
  cell(row: Row): ReactNode;
  /** Numbers line up on the right. */
  align?: 'start' | 'end';
  /** Columns that may shrink and cut their text (titles, names). */
  truncate?: boolean;
  /** As narrow as the content (dates, names), leaving the width to the others. */
  fit?: boolean;
  /** The cell names its row (`<th scope="row">`): a screen reader reads it before each figure. */
  rowHeader?: boolean;
}

function cellClass<Row>(c: Column<Row>): string | undefined {
  return (
    [c.align === 'end' ? 'num' : '', c.truncate ? 'truncate' : '', c.fit ? 'fit' : ''].filter(Boolean).join(' ') ||
    undefined
  );
}

/** A dense, read-only table: a caption for screen readers, column headers, one row per item. */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
}: {
  caption: string;
  // The rows decide the row type, so a shared column written for fewer fields still fits.
  columns: Column<NoInfer<Row>>[];
  rows: Row[];
  rowKey(row: Row): string | number;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.id} scope="col" className={c.align === 'end' ? 'num' : undefined}>
                {c.headerHidden || !c.header ? (
                  // A header a screen reader still hears: a column of buttons is "Actions" unseen.
                  <span className="visually-hidden">{c.header || t('common.actions')}</span>
                ) : (
                  c.header
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c) =>
                c.rowHeader ? (
                  <th key={c.id} scope="row" className={cellClass(c)}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.id} className={cellClass(c)}>
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
