import { useMemo } from 'react';
import * as z from 'zod';
import { matches, NO_FILTERS, sortRows, type ListFilters, type ListSort, type RowFacts } from '@shared/lists/filter';
import { useSessionState } from './useSessionState';

const filtersSchema: z.ZodType<ListFilters> = z.strictObject({
  search: z.string().max(200),
  client: z.string().max(200),
  owner: z.string().max(200),
  status: z.string().max(50),
  from: z.string().max(10),
  to: z.string().max(10),
  min: z.string().max(30),
  max: z.string().max(30),
});
const sortSchema: z.ZodType<ListSort | null> = z
  .strictObject({ column: z.string().max(50), direction: z.enum(['asc', 'desc']) })
  .nullable();

/** A list screen's rows after its filters and sort, both remembered for the window's session. */
export function useListView<Row>(
  name: string,
  rows: Row[],
  factsOf: (row: Row) => RowFacts,
  sortValueOf: (row: Row, column: string) => string | number | null,
) {
  const [filters, setFilters] = useSessionState(`workbench.list.${name}.filters`, filtersSchema, NO_FILTERS);
  const [sort, setSort] = useSessionState<ListSort | null>(`workbench.list.${name}.sort`, sortSchema, null);
  const visible = useMemo(
    () =>
      sortRows(
        rows.filter((row) => matches(factsOf(row), filters)),
        sort,
        sortValueOf,
      ),
    // factsOf and sortValueOf are pure functions of the row and the column.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [rows, filters, sort],
  );
  return { filters, setFilters, sort, setSort, visible };
}
