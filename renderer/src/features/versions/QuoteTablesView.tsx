import type { ExportSnapshot } from '@shared/export';
import { DOC_LABELS } from '@shared/export/document/labels';
import { quoteTables, type TextTable } from '@shared/export/document/quote-tables';

const alignClass = (align: 'start' | 'end' | 'center' | undefined) =>
  align === 'end' ? 'num' : align === 'center' ? 'vs-center' : undefined;

function TableView({ table, caption, testId }: { table: TextTable; caption: string; testId: string }) {
  return (
    <div className="table-wrap">
      <table className="data-table vs-table" data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c, i) => (
              <th key={i} scope="col" className={alignClass(c.align)} style={{ width: `${c.share * 100}%` }}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) =>
            row.span ? (
              <tr key={r} className="vs-note-row">
                <td colSpan={table.columns.length}>{row.cells[0]}</td>
              </tr>
            ) : (
              <tr key={r} className={row.emphasis ? 'vs-emphasis' : undefined}>
                {row.cells.map((cell, i) => (
                  <td key={i} className={alignClass(table.columns[i]?.align)}>
                    {cell}
                  </td>
                ))}
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The quote of a sent version as the client's document has it: drawn from the same table mapping
 * the Word export uses (shared/export/document/quote-tables), in the document's language — the
 * breakdown per section without the optional lines, the multiplier column, the optional items
 * apart with the total with options, and the price rows.
 */
export function QuoteTablesView({ snapshot }: { snapshot: ExportSnapshot }) {
  const labels = DOC_LABELS[snapshot.language];
  const tables = quoteTables(snapshot);
  return (
    <div className="vs-quote" lang={snapshot.language} data-testid="as-sent-quote">
      <h3 className="vs-chapter">{labels.breakdown}</h3>
      {tables.breakdown.map((section, s) => (
        <div key={s} className="vs-section" data-testid="as-sent-section">
          <h4>{section.title}</h4>
          {section.levelNote && <p className="muted vs-note">{section.levelNote}</p>}
          <TableView table={section} caption={section.title} testId="as-sent-breakdown" />
        </div>
      ))}
      {tables.optional && (
        <>
          <h3 className="vs-chapter">{labels.optionalItems}</h3>
          <p className="muted vs-note">{labels.optionalHint}</p>
          <TableView table={tables.optional} caption={labels.optionalItems} testId="as-sent-optional" />
        </>
      )}
      <h3 className="vs-chapter">{labels.totals}</h3>
      <table className="data-table vs-totals" data-testid="as-sent-totals">
        <caption className="visually-hidden">{labels.totals}</caption>
        <tbody>
          {tables.totals.map((row, i) => (
            <tr key={i} className={row.emphasis ? 'vs-emphasis' : undefined}>
              <th scope="row">{row.cells[0]}</th>
              <td className="num">{row.cells[1]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {tables.discountReason && (
        <p className="vs-note">
          <strong>
            {labels.discountReason}
            {labels.colon}
          </strong>
          {tables.discountReason}
        </p>
      )}
      {tables.discountCondition && (
        <p className="vs-note">
          <strong>
            {labels.discountCondition}
            {labels.colon}
          </strong>
          {tables.discountCondition}
        </p>
      )}
    </div>
  );
}
