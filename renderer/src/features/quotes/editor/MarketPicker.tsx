import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MarketReferenceRecord } from '@shared/contract';
import type { Lang } from '@shared/i18n/lang';
import { formatMoney } from '@shared/money';
import { Badge } from '../../../components/Badge';

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
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.focus(), []);
  const terms = search.toLowerCase().split(/\s+/).filter(Boolean);
  const found = references.filter((r) =>
    terms.every((term) => `${r.name} ${r.unit} ${r.source}`.toLowerCase().includes(term)),
  );
  const choose = (ref: MarketReferenceRecord | undefined) => ref && onPick(ref);
  return (
    <div className="qe-dialog-backdrop" onClick={onClose}>
      <div
        className="qe-dialog panel"
        role="dialog"
        aria-modal="true"
        aria-labelledby="qe-picker-title"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onClose();
          else if (e.key === 'ArrowDown') setActive((a) => Math.min(found.length - 1, a + 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
          else if (e.key === 'Enter') {
            e.preventDefault();
            choose(found[active]);
          } else return;
          e.stopPropagation();
        }}
      >
        <h2 id="qe-picker-title" className="panel-title">
          {t('quoteEditor.pickMarket')}
        </h2>
        <input
          ref={inputRef}
          type="text"
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
          <ul className="qe-picker-list" role="listbox" aria-label={t('quoteEditor.pickMarket')}>
            {found.slice(0, 50).map((r, i) => (
              <li
                key={r.id}
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
    </div>
  );
}
