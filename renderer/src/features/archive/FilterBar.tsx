import { useTranslation } from 'react-i18next';
import { ARCHIVE_KINDS, PROPOSAL_STATUSES, type ArchiveFilters } from '@shared/contract';
import { CURRENCY_CODES } from '@shared/money';
import { LOSS_REASONS } from '@shared/proposal';
import { useCallQuery } from '../../api';

/** The facets as controls. One choice per facet keeps the bar short; the address can hold more. */
export function FilterBar({
  filters,
  onChange,
  counts,
  showKind = true,
}: {
  filters: ArchiveFilters;
  onChange(next: ArchiveFilters): void;
  /** Hits per value, shown beside the options (the search's facets). */
  counts?: Partial<Record<'kinds' | 'statuses' | 'clients' | 'owners' | 'currencies', Map<string, number>>>;
  showKind?: boolean;
}) {
  const { t } = useTranslation();
  const options = useCallQuery('archive.filterOptions', {});
  const set = <K extends keyof ArchiveFilters>(key: K, value: ArchiveFilters[K] | undefined) => {
    const next = { ...filters };
    if (value === undefined) delete next[key];
    else next[key] = value;
    onChange(next);
  };
  const withCount = (facet: keyof NonNullable<typeof counts>, value: string, label: string) => {
    const n = counts?.[facet]?.get(value);
    return n === undefined ? label : `${label} (${n})`;
  };
  const number = (v: string) =>
    v.trim() === '' || !/^\d+(\.\d{1,2})?$/.test(v.trim()) ? undefined : Math.round(Number(v) * 100);
  return (
    <fieldset className="ar-filters">
      <legend className="visually-hidden">{t('archiveWork.filters')}</legend>
      {showKind && (
        <label className="field">
          <span>{t('archiveWork.kind')}</span>
          <select
            value={filters.kinds?.[0] ?? ''}
            onChange={(e) =>
              set('kinds', e.target.value ? [e.target.value as (typeof ARCHIVE_KINDS)[number]] : undefined)
            }
          >
            <option value="">{t('archiveWork.any')}</option>
            {ARCHIVE_KINDS.map((k) => (
              <option key={k} value={k}>
                {withCount('kinds', k, t(`archiveWork.kinds.${k}`))}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="field">
        <span>{t('archiveWork.client')}</span>
        <select
          value={filters.clientId ?? ''}
          onChange={(e) => set('clientId', e.target.value ? Number(e.target.value) : undefined)}
        >
          <option value="">{t('archiveWork.any')}</option>
          {options.data?.clients.map((c) => (
            <option key={c.id} value={c.id}>
              {withCount('clients', String(c.id), c.name)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('archiveWork.owner')}</span>
        <select
          value={filters.ownerId ?? ''}
          onChange={(e) => set('ownerId', e.target.value ? Number(e.target.value) : undefined)}
        >
          <option value="">{t('archiveWork.any')}</option>
          {options.data?.owners.map((u) => (
            <option key={u.id} value={u.id}>
              {withCount('owners', String(u.id), u.name)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('archiveWork.status')}</span>
        <select
          value={filters.statuses?.[0] ?? ''}
          onChange={(e) =>
            set('statuses', e.target.value ? [e.target.value as (typeof PROPOSAL_STATUSES)[number]] : undefined)
          }
        >
          <option value="">{t('archiveWork.any')}</option>
          {PROPOSAL_STATUSES.map((s) => (
            <option key={s} value={s}>
              {withCount('statuses', s, t(`archiveWork.statuses.${s}`))}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('archiveWork.lostReason')}</span>
        <select
          value={filters.lostReason ?? ''}
          onChange={(e) => set('lostReason', (e.target.value || undefined) as ArchiveFilters['lostReason'])}
        >
          <option value="">{t('archiveWork.any')}</option>
          {LOSS_REASONS.map((r) => (
            <option key={r} value={r}>
              {t(`lossReasons.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('archiveWork.currency')}</span>
        <select
          value={filters.currency ?? ''}
          onChange={(e) => set('currency', (e.target.value || undefined) as ArchiveFilters['currency'])}
        >
          <option value="">{t('archiveWork.any')}</option>
          {CURRENCY_CODES.map((c) => (
            <option key={c} value={c}>
              {withCount('currencies', c, c)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('archiveWork.dateFrom')}</span>
        <input
          type="date"
          value={filters.dateFrom ?? ''}
          onChange={(e) => set('dateFrom', e.target.value || undefined)}
        />
      </label>
      <label className="field">
        <span>{t('archiveWork.dateTo')}</span>
        <input type="date" value={filters.dateTo ?? ''} onChange={(e) => set('dateTo', e.target.value || undefined)} />
      </label>
      <label className="field ar-amount">
        <span>{t('archiveWork.minAmount')}</span>
        <input
          inputMode="decimal"
          defaultValue={filters.minAmount === undefined ? '' : String(filters.minAmount / 100)}
          onBlur={(e) => set('minAmount', number(e.target.value))}
        />
      </label>
      <label className="field ar-amount">
        <span>{t('archiveWork.maxAmount')}</span>
        <input
          inputMode="decimal"
          defaultValue={filters.maxAmount === undefined ? '' : String(filters.maxAmount / 100)}
          onBlur={(e) => set('maxAmount', number(e.target.value))}
        />
      </label>
      {Object.keys(filters).length > 0 && (
        <button type="button" className="btn btn-small ar-clear" onClick={() => onChange({})}>
          {t('archiveWork.clearFilters')}
        </button>
      )}
    </fieldset>
  );
}
