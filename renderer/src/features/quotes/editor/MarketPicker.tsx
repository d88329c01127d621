import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MarketReferenceRecord } from '@shared/contract';
import type { Lang } from '@shared/i18n/lang';
import { formatMoney } from '@shared/money';
import { Badge } from '../../../components/Badge';
import { Dialog } from '../../../components/Dialog';

/** Pick a market reference for a line from the library: type to search, arrows and Enter to choose. */
export function MarketPicker({
  references,
  initialSearch,
  lang,
  onPick,
  onClose,
}: {
  references: MarketReferenceRecord[];
  initialSearch: string;
  lang: Lang;
  onPick(ref: MarketReferenceRecord): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(initialSearch);
  const [active, setActive] = useState(0);
  const listId = useId();
  const terms = search.toLowerCase().split(/\s+/).filter(Boolean);
  const found = references.filter((r) =>
    terms.every((term) => `${r.name} ${r.unit} ${r.source}`.toLowerCase().includes(term)),
  );
  const choose = (ref: MarketReferenceRecord | undefined) => ref && onPick(ref);
  return (
    <Dialog title={t('quoteEditor.pickMarket')} onClose={onClose}>
      <div
        className="dialog-form"
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(found.length - 1, a + 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
          else if (e.key === 'Enter') {
            e.preventDefault();
            choose(found[active]);
          } else return;
          e.stopPropagation();
        }}
      >
        <input
          type="text"
          role="combobox"
          aria-expanded={found.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={found[active] ? `${listId}-${found[active].id}` : undefined}
          value={search}
          aria-label={t('quoteEditor.searchMarket')}
          placeholder={t('quoteEditor.searchMarket')}
          onChange={(e) => {
            setSearch(e.target.value);
            setActive(0);
          }}
        />
        {found.length === 0 ? (
          <p className="muted qe-small">{t('quoteEditor.marketNoMatch')}</p>
        ) : (
          <ul id={listId} className="qe-picker-list" role="listbox" aria-label={t('quoteEditor.pickMarket')}>
            {found.slice(0, 50).map((r, i) => (
              <li
                key={r.id}
                id={`${listId}-${r.id}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'is-active' : undefined}
                onClick={() => choose(r)}
              >
                <span className="strong">{r.name}</span>
                <span className="num">
                  {formatMoney(r.unitPrice, r.currency, lang)}
                  {r.unit ? ` / ${r.unit}` : ''}
                </span>
                <span className="muted">
                  {r.source} · {r.date}
                </span>
                {r.stale && <Badge tone="warning">{t('library.stale')}</Badge>}
              </li>
            ))}
          </ul>
        )}
      </div>
    </Dialog>
  );
}
