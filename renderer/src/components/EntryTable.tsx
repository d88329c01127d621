import { DataTable, type Column } from './DataTable';

/**
 * A list of entries (each with its id) as a table, or the list's "nothing yet" line: the client
 * logs and the quote libraries, whose last column holds each row's buttons.
 */
export function EntryTable<T extends { id: number }>({
  caption,
  empty,
  items,
  columns,
}: {
  caption: string;
  empty: string;
  items: T[];
  columns: Column<T>[];
}) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return <DataTable caption={caption} rows={items} rowKey={(r) => r.id} columns={columns} />;
}
