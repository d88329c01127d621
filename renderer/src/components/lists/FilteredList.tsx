import { useTranslation } from 'react-i18next';
import { NO_FILTERS } from '@shared/lists/filter';
import { FilterBar, type FilterOptions } from './FilterBar';
import { NoMatch } from './NoMatch';
import type { useListView } from './useListView';
import { VirtualTable, type ListColumn } from './VirtualTable';

/** A list screen's body once it has rows: its filters, the table (or "no match") and the keys hint. */
export function FilteredList<Row>({
  view,
  total,
  options,
  caption,
  rowKey,
  columns,
}: {
  view: ReturnType<typeof useListView<Row>>;
  /** How many rows there are before filtering ("12 of 40"). */
  total: number;
  options: FilterOptions;
  caption: string;
  rowKey(row: Row): string | number;
  columns: ListColumn<Row>[];
}) {
  const { t } = useTranslation();
  return (
    <>
      <FilterBar
        filters={view.filters}
        onChange={view.setFilters}
        options={options}
        shown={view.visible.length}
        total={total}
      />
      {view.visible.length === 0 ? (
        <NoMatch onReset={() => view.setFilters(NO_FILTERS)} />
      ) : (
        <VirtualTable
          caption={caption}
          rows={view.visible}
          rowKey={rowKey}
          sort={view.sort}
          onSort={view.setSort}
          columns={columns}
        />
      )}
      <p className="muted list-keys">{t('lists.keysHint')}</p>
    </>
  );
}

/** The distinct non-empty values, in Chinese collation order (a filter's choices). */
export function distinctSorted(values: (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => Boolean(v)))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}
