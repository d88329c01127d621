import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { EditorQuote } from '@shared/contract';
import type { Lang } from '@shared/i18n/lang';
import { formatMoney, parseMoneyInput } from '@shared/money';
import type { BuiltQuote } from './document';
import type { GridLayout, ResizableColumn } from '@shared/quote/grid-layout';
import { ColumnResizer } from './ColumnResizer';
import {
  GRID_COLUMNS,
  HEADER_ROWS,
  colIndex,
  columnWidth,
  gridTemplate,
  isHideable,
  isResizable,
  type GridColumn,
} from './gridColumns';
import { moveBetweenCells } from './gridKeys';
import { LineRow, type DeviationTone, type RowActions } from './LineRow';
import { SectionRow, type SectionActions } from './SectionRow';

type FlatRow =
  | { type: 'section'; key: string; s: number }
  /** `tall`: the line shows its 说明 field under the name. */
  | { type: 'line'; key: string; s: number; l: number; number: number; tall: boolean }
  | { type: 'empty'; key: string; s: number }
  /** 代理服务费: its own row under the section's lines (DOMAIN.md §7). */
  | { type: 'fee'; key: string; s: number };

const ROW_HEIGHT = 34;
/** A line with its 说明 under the name. */
const TALL_ROW_HEIGHT = 58;
const SECTION_HEIGHT = 42;
/** Tall enough for a working day's view, short enough to keep the totals beside it. */
const MAX_HEIGHT = 560;

/** What a screen reader hears for a column whose header shows a glyph or nothing. */
const unseen = (text: string, glyph = '') => (
  <>
    {glyph && <span aria-hidden="true">{glyph}</span>}
    <span className="visually-hidden">{text}</span>
  </>
);

/** Each column's header: what it shows, whether it holds figures, its tooltip. */
function headers(t: TFunction): Record<GridColumn, { content: ReactNode; num?: boolean; title?: string }> {
  return {
    num: { content: unseen(t('quoteEditor.col.number'), '#') },
    kind: { content: t('quoteEditor.col.kind') },
    name: { content: t('quoteEditor.col.roleOrItem') },
    qty: { content: t('quoteEditor.col.qtyShort'), num: true },
    duration: { content: t('quoteEditor.col.durationShort'), num: true },
    unit: { content: t('quoteEditor.col.unit') },
    price: { content: t('quoteEditor.col.priceShort'), num: true },
    cost: { content: t('quoteEditor.col.costShort'), num: true },
    amount: { content: t('quoteEditor.col.amount'), num: true },
    deviation: { content: t('quoteEditor.col.deviation'), num: true },
    rateReason: { content: t('quoteEditor.col.rateReason') },
    marketPrice: { content: t('quoteEditor.col.marketPrice'), num: true },
    marketSource: { content: t('quoteEditor.col.marketSource') },
    marketDate: { content: t('quoteEditor.col.marketDate') },
    optional: { content: t('quoteEditor.col.optionalShort'), title: t('quoteEditor.col.optional') },
    actions: { content: unseen(t('common.actions')) },
  };
}

/** A resizable column's name in words, for its separator's label. */
function plainName(t: TFunction, column: ResizableColumn): string {
  const key = {
    name: 'roleOrItem',
    price: 'priceShort',
    cost: 'costShort',
    amount: 'amount',
    rateReason: 'rateReason',
    marketPrice: 'marketPrice',
    marketSource: 'marketSource',
    marketDate: 'marketDate',
  } as const satisfies Record<ResizableColumn, string>;
  return t(`quoteEditor.col.${key[column]}`);
}

function sameRow(a: FlatRow, b: FlatRow): boolean {
  if (a.type !== b.type || a.key !== b.key || a.s !== b.s) return false;
  return a.type !== 'line' || b.type !== 'line' || (a.l === b.l && a.number === b.number && a.tall === b.tall);
}

/** The previous rows while the new ones are equal to them, row by row (as useStableFlags). */
function useSameRows(rows: FlatRow[]): FlatRow[] {
  const [kept, setKept] = useState(rows);
  const same = kept === rows || (kept.length === rows.length && rows.every((r, i) => sameRow(r, kept[i]!)));
  if (!same) setKept(rows);
  return same ? kept : rows;
}

export interface FocusRequest {
  /** A `data-cell` value: "<line or section key>:<cell>". */
  target: string;
  seq: number;
}

/** Above the market by less than difficulty explains is fine; more is not; below needs no word. */
export function toneOf(deviation: string | null, multiplier: string, unexplained: boolean): DeviationTone {
  if (deviation === null) return 'none';
  if (unexplained) return 'unexplained';
  const value = Number(deviation);
  if (value <= 0) return 'below';
  return value <= (Number(multiplier) - 1) * 100 + 0.05 ? 'explained' : 'unexplained';
}

export function Grid({
  state,
  built,
  unexplainedLines,
  flaggedLines,
  rowActions,
  sectionActions,
  openedDeliverables,
  focusRequest,
  lang,
  roleListId,
  itemListId,
  layout,
  onResize,
}: {
  state: EditorQuote;
  built: BuiltQuote;
  unexplainedLines: Set<string>;
  flaggedLines: Set<string>;
  rowActions: RowActions;
  sectionActions: SectionActions;
  openedDeliverables: ReadonlySet<string>;
  focusRequest: FocusRequest | null;
  lang: Lang;
  roleListId: string;
  itemListId: string;
  /** The user's hidden columns and widths (useGridLayout). */
  layout: GridLayout;
  onResize(column: ResizableColumn, px: number): void;
}) {
  const { t } = useTranslation();
  const gridId = useId();
  // The header's one Tab stop among the column handles (see ColumnResizer).
  const [tabHandle, setTabHandle] = useState<ResizableColumn>('name');
  const scrollRef = useRef<HTMLDivElement>(null);
  // Translated once per language, not on every render (each t() call interpolates).
  const heads = useMemo(() => headers(t), [t]);
  const resizeLabels = useMemo(
    () =>
      Object.fromEntries(
        GRID_COLUMNS.filter(isResizable).map((c) => [c, t('quoteEditor.columns.resize', { column: plainName(t, c) })]),
      ) as Record<ResizableColumn, string>,
    [t],
  );
  // The workspace's fee, from the figures (they carry the settings they were computed with).
  const defaultFee = built.computed?.settings.agencyFeePercent ?? '0';
  const freshRows = useMemo(() => {
    const out: FlatRow[] = [];
    let number = 0;
    state.sections.forEach((section, s) => {
      out.push({ type: 'section', key: section.key, s });
      if (section.lines.length === 0) out.push({ type: 'empty', key: `${section.key}:empty`, s });
      section.lines.forEach((line, l) => {
        number++;
        const tall = Boolean(line.deliverable) || openedDeliverables.has(line.key);
        if (!section.collapsed) out.push({ type: 'line', key: line.key, s, l, number, tall });
      });
      const percent = section.agencyFeePercent?.trim() || state.agencyFeePercent?.trim() || defaultFee;
      if (!section.collapsed && Number(percent) > 0 && section.lines.some((l) => l.kind === 'item'))
        out.push({ type: 'fee', key: `${section.key}:fee`, s });
    });
    return out;
  }, [state.sections, state.agencyFeePercent, defaultFee, openedDeliverables]);
  // A keystroke changes a line, not the rows: keeping the same array keeps the virtualizer's
  // measurements (it re-measures every row when its item key function changes), issue 18.
  const rows = useSameRows(freshRows);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: useCallback(
      (i: number) => {
        const row = rows[i];
        if (row?.type === 'section') return SECTION_HEIGHT;
        return row?.type === 'line' && row.tall ? TALL_ROW_HEIGHT : ROW_HEIGHT;
      },
      [rows],
    ),
    getItemKey: useCallback((i: number) => rows[i]?.key ?? i, [rows]),
    overscan: 12,
  });

  // Focus a cell that may not be rendered yet: scroll its row into the window, then focus it.
  useEffect(() => {
    if (!focusRequest) return;
    const rowKey = focusRequest.target.slice(0, focusRequest.target.lastIndexOf(':'));
    const index = rows.findIndex((r) => r.key === rowKey);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
    let tries = 0;
    let frame = 0;
    const attempt = () => {
      const el = scrollRef.current?.querySelector<HTMLElement>(`[data-cell="${CSS.escape(focusRequest.target)}"]`);
      if (el) {
        el.focus();
        if (el instanceof HTMLInputElement) el.select();
      } else if (tries++ < 10) frame = requestAnimationFrame(attempt);
    };
    attempt();
    return () => cancelAnimationFrame(frame);
    // Only a new request moves focus; rows changing under it must not steal it back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);

  const computed = built.computed;
  const height = Math.min(MAX_HEIGHT, virtualizer.getTotalSize() + 36);
  const cardRates = (price: string, card: number | null) => {
    if (card === null) return false;
    const parsed = parseMoneyInput(price, state.currency);
    return parsed.ok && parsed.minor !== card;
  };

  const template = gridTemplate(layout);
  const layoutStyle = {
    height,
    '--qe-cols': template.columns,
    '--qe-row-width': `${template.width}px`,
  } as CSSProperties;
  // A hidden column's cells stay in the rows (one aria-colindex numbering for the keyboard and
  // screen readers) and are taken out of the layout here, for the header and the line rows.
  const hiddenRule = GRID_COLUMNS.filter((c) => isHideable(c) && layout.hidden.includes(c))
    .map((c) => `[data-grid-id="${gridId}"] :is(.qe-head, .qe-line) > [aria-colindex="${colIndex(c)}"]`)
    .join(',\n');

  return (
    <div
      className="qe-grid"
      ref={scrollRef}
      data-grid-id={gridId}
      style={layoutStyle}
      role="grid"
      aria-label={t('quoteEditor.gridLabel')}
      // Virtualized: only the rows in view are in the page, so the grid says how many there are.
      aria-rowcount={rows.length + HEADER_ROWS}
      aria-colcount={GRID_COLUMNS.length}
      onKeyDown={moveBetweenCells}
    >
      {hiddenRule && <style>{`${hiddenRule} { display: none; }`}</style>}
      <div className="qe-row qe-head" role="row" aria-rowindex={1}>
        {GRID_COLUMNS.map((column) => {
          const head = heads[column];
          return (
            <span
              key={column}
              role="columnheader"
              aria-colindex={colIndex(column)}
              className={head.num ? 'num' : undefined}
              title={head.title}
            >
              {head.content}
              {isResizable(column) && (
                <ColumnResizer
                  column={column}
                  width={columnWidth(column, layout)}
                  label={resizeLabels[column]}
                  tabbable={column === ((layout.hidden as readonly string[]).includes(tabHandle) ? 'name' : tabHandle)}
                  onResize={onResize}
                  onFocus={setTabHandle}
                />
              )}
            </span>
          );
        })}
      </div>
      <div className="qe-body" role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          const style = { transform: `translateY(${item.start}px)`, height: item.size };
          const rowIndex = item.index + 1 + HEADER_ROWS;
          const cs = computed?.sections[row.s];
          if (row.type === 'section') {
            const section = state.sections[row.s]!;
            return (
              <div key={row.key} className="qe-vrow" role="none" style={style}>
                <SectionRow
                  rowIndex={rowIndex}
                  section={section}
                  s={row.s}
                  count={section.lines.length}
                  price={cs?.price ?? null}
                  deviation={cs?.deviationPercent ?? null}
                  tone={toneOf(cs?.deviationPercent ?? null, cs?.multiplier ?? '1', false)}
                  level={cs?.difficultyLevel ?? Number(state.difficultyLevel)}
                  multiplier={cs?.multiplier ?? ''}
                  error={built.sectionErrors.get(section.key)}
                  currency={state.currency}
                  lang={lang}
                  actions={sectionActions}
                />
              </div>
            );
          }
          if (row.type === 'fee') {
            return (
              <div
                key={row.key}
                className="qe-vrow qe-fee-row"
                role="row"
                aria-rowindex={rowIndex}
                style={style}
                data-testid={`agency-fee-${row.s}`}
              >
                <span role="gridcell" aria-colindex={1} aria-colspan={GRID_COLUMNS.length - 1}>
                  {t('quoteEditor.agencyFeeRow', { percent: cs?.agencyFeePercent ?? '' })}
                </span>
                <span role="gridcell" aria-colindex={GRID_COLUMNS.length} className="num">
                  {cs ? formatMoney(cs.agencyFee, state.currency, lang) : ''}
                </span>
              </div>
            );
          }
          if (row.type === 'empty') {
            return (
              <div key={row.key} className="qe-vrow qe-empty-row" role="row" aria-rowindex={rowIndex} style={style}>
                <span role="gridcell" aria-colindex={1} aria-colspan={GRID_COLUMNS.length}>
                  {t('quoteEditor.emptySection')}
                </span>
              </div>
            );
          }
          const line = state.sections[row.s]!.lines[row.l]!;
          const cl = cs?.lines[row.l];
          return (
            <div key={row.key} className="qe-vrow" role="none" style={style}>
              <LineRow
                rowIndex={rowIndex}
                line={line}
                s={row.s}
                l={row.l}
                number={row.number}
                price={cl?.price ?? null}
                deviation={cl?.deviationPercent ?? null}
                tone={
                  line.kind === 'item' && cl?.deviationPercent
                    ? toneOf(cl.deviationPercent, '1', unexplainedLines.has(line.key))
                    : toneOf(cl?.deviationPercent ?? null, cs?.multiplier ?? '1', unexplainedLines.has(line.key))
                }
                flagged={flaggedLines.has(line.key)}
                rateChanged={line.kind === 'labor' && cardRates(line.price, line.meta.cardRate)}
                errors={built.lineErrors.get(line.key)}
                currency={state.currency}
                lang={lang}
                actions={rowActions}
                listId={line.kind === 'labor' ? roleListId : itemListId}
                tall={row.tall}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
