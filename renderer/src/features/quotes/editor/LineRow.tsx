import { memo, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorLine } from '@shared/contract';
import type { Lang } from '@shared/i18n/lang';
import { formatMoney, type CurrencyCode } from '@shared/money';
import type { CellErrors } from './document';
import { colIndex } from './gridColumns';
import type { LineCell } from './cells';

/** What a row can ask of the editor; one stable object, so rows stay memoized. */
export interface RowActions {
  editLine(s: number, l: number, patch: Partial<EditorLine>, cell: LineCell): void;
  setName(s: number, l: number, name: string): void;
  setRateReason(s: number, l: number, reason: string): void;
  keyDown(e: KeyboardEvent, s: number, l: number, cell: LineCell): void;
  paste(e: ClipboardEvent<HTMLInputElement>, s: number, l: number, cell: LineCell): void;
  remove(s: number, l: number): void;
  pickMarket(s: number, l: number): void;
  seal(): void;
}

export type DeviationTone = 'none' | 'below' | 'explained' | 'unexplained';

export interface LineRowProps {
  line: EditorLine;
  s: number;
  l: number;
  /** 1-based, over the whole quote. */
  number: number;
  /** This row's place among all the grid's rows, rendered or not (ARIA counts from 1, the header). */
  rowIndex: number;
  price: number | null;
  deviation: string | null;
  tone: DeviationTone;
  flagged: boolean;
  rateChanged: boolean;
  errors: CellErrors | undefined;
  currency: CurrencyCode;
  lang: Lang;
  actions: RowActions;
  listId: string;
}

function Cell({
  line,
  cell,
  errors,
  lang,
  children,
}: {
  line: EditorLine;
  cell: LineCell;
  errors: CellErrors | undefined;
  lang: Lang;
  children: React.ReactNode;
}) {
  const error = errors?.[cell];
  return (
    <div
      className={error ? 'qe-cell qe-cell-invalid' : 'qe-cell'}
      data-col={cell}
      role="gridcell"
      aria-colindex={colIndex(cell)}
    >
      {children}
      {error && (
        <span className="qe-cell-error" id={`err-${line.key}-${cell}`} role="alert">
          {error[lang]}
        </span>
      )}
    </div>
  );
}

/** One line of the quote: every cell an input, in tab order; memoized on its own values. */
export const LineRow = memo(function LineRow(props: LineRowProps) {
  const { line, s, l, errors, lang, actions, currency } = props;
  const { t } = useTranslation();
  const labor = line.kind === 'labor';
  const label = (column: string) => t('quoteEditor.cellLabel', { column, n: props.number });
  const input = (cell: LineCell, field: keyof EditorLine, column: string, numeric = false, list?: string) => (
    <Cell line={line} cell={cell} errors={errors} lang={lang}>
      <input
        type="text"
        className={numeric ? 'qe-input input-num' : 'qe-input'}
        inputMode={numeric ? 'decimal' : undefined}
        value={line[field] as string}
        // A long name is cut by the column: the whole of it on hover.
        title={cell === 'name' && line.name ? line.name : undefined}
        data-cell={`${line.key}:${cell}`}
        aria-label={label(column)}
        aria-invalid={errors?.[cell] ? true : undefined}
        aria-describedby={errors?.[cell] ? `err-${line.key}-${cell}` : undefined}
        list={list}
        onChange={(e) =>
          cell === 'name'
            ? actions.setName(s, l, e.target.value)
            : actions.editLine(s, l, { [field]: e.target.value }, cell)
        }
        onKeyDown={(e) => actions.keyDown(e, s, l, cell)}
        onPaste={(e) => actions.paste(e, s, l, cell)}
        onBlur={actions.seal}
      />
    </Cell>
  );
  return (
    <div
      className={['qe-row', 'qe-line', props.flagged ? 'qe-flagged' : '', line.optional ? 'qe-optional' : '']
        .join(' ')
        .trim()}
      role="row"
      aria-rowindex={props.rowIndex}
      data-line={line.key}
    >
      {/* The line number names the row: moving up or down, a screen reader says "row 3" first. */}
      <div className="qe-num" role="rowheader" aria-colindex={colIndex('num')}>
        {props.number}
      </div>
      <Cell line={line} cell="kind" errors={errors} lang={lang}>
        <select
          className="qe-input"
          value={line.kind}
          data-cell={`${line.key}:kind`}
          aria-label={label(t('quoteEditor.col.kind'))}
          onChange={(e) => actions.editLine(s, l, { kind: e.target.value as EditorLine['kind'] }, 'kind')}
          onKeyDown={(e) => actions.keyDown(e, s, l, 'kind')}
        >
          <option value="labor">{t('quoteEditor.kind.labor')}</option>
          <option value="item">{t('quoteEditor.kind.item')}</option>
        </select>
      </Cell>
      {input('name', 'name', labor ? t('quoteEditor.col.role') : t('quoteEditor.col.description'), false, props.listId)}
      {input(
        'qty',
        labor ? 'headcount' : 'quantity',
        labor ? t('quoteEditor.col.headcount') : t('quoteEditor.col.quantity'),
        true,
      )}
      {labor ? (
        input('duration', 'duration', t('quoteEditor.col.duration'), true)
      ) : (
        <div className="qe-cell" role="gridcell" aria-colindex={colIndex('duration')} />
      )}
      {labor ? (
        <Cell line={line} cell="unit" errors={errors} lang={lang}>
          <select
            className="qe-input"
            value={line.durationUnit}
            data-cell={`${line.key}:unit`}
            aria-label={label(t('quoteEditor.col.unit'))}
            onChange={(e) =>
              actions.editLine(s, l, { durationUnit: e.target.value as EditorLine['durationUnit'] }, 'unit')
            }
            onKeyDown={(e) => actions.keyDown(e, s, l, 'unit')}
          >
            <option value="days">{t('quoteEditor.unit.days')}</option>
            <option value="hours">{t('quoteEditor.unit.hours')}</option>
          </select>
        </Cell>
      ) : (
        input('unit', 'unit', t('quoteEditor.col.unit'))
      )}
      {input('price', 'price', labor ? t('quoteEditor.col.rate') : t('quoteEditor.col.unitPrice'), true)}
      {input('cost', 'cost', labor ? t('quoteEditor.col.costRate') : t('quoteEditor.col.unitCost'), true)}
      <div
        className="qe-amount num"
        role="gridcell"
        aria-colindex={colIndex('amount')}
        data-testid={`line-price-${line.key}`}
      >
        {props.price === null ? '—' : formatMoney(props.price, currency, lang)}
      </div>
      <div className={`qe-dev num qe-tone-${props.tone}`} role="gridcell" aria-colindex={colIndex('deviation')}>
        {props.deviation === null ? '' : `${Number(props.deviation) > 0 ? '+' : ''}${props.deviation}%`}
      </div>
      {props.rateChanged || line.meta.rateReason ? (
        <Cell line={line} cell="rateReason" errors={errors} lang={lang}>
          <input
            type="text"
            className="qe-input"
            value={line.meta.rateReason}
            data-cell={`${line.key}:rateReason`}
            aria-label={label(t('quoteEditor.col.rateReason'))}
            aria-invalid={errors?.rateReason ? true : undefined}
            aria-describedby={errors?.rateReason ? `err-${line.key}-rateReason` : undefined}
            placeholder={t('quoteEditor.rateReasonPlaceholder')}
            onChange={(e) => actions.setRateReason(s, l, e.target.value)}
            onKeyDown={(e) => actions.keyDown(e, s, l, 'rateReason')}
            onBlur={actions.seal}
          />
        </Cell>
      ) : (
        <div className="qe-cell qe-muted" role="gridcell" aria-colindex={colIndex('rateReason')}>
          {line.meta.cardRate !== null ? t('quoteEditor.fromCard') : ''}
        </div>
      )}
      {input('marketPrice', 'marketPrice', t('quoteEditor.col.marketPrice'), true)}
      {input('marketSource', 'marketSource', t('quoteEditor.col.marketSource'))}
      {input('marketDate', 'marketDate', t('quoteEditor.col.marketDate'))}
      <div className="qe-cell qe-center" role="gridcell" aria-colindex={colIndex('optional')}>
        <input
          type="checkbox"
          checked={line.optional}
          data-cell={`${line.key}:optional`}
          aria-label={label(t('quoteEditor.col.optional'))}
          onChange={(e) => actions.editLine(s, l, { optional: e.target.checked }, 'optional')}
          onKeyDown={(e) => actions.keyDown(e, s, l, 'optional')}
        />
      </div>
      <div className="qe-row-actions" role="gridcell" aria-colindex={colIndex('actions')}>
        <button
          type="button"
          className="qe-icon-btn"
          title={t('quoteEditor.pickMarket')}
          aria-label={`${t('quoteEditor.pickMarket')} ${props.number}`}
          onClick={() => actions.pickMarket(s, l)}
        >
          ⌕
        </button>
        <button
          type="button"
          className="qe-icon-btn"
          title={t('quoteEditor.removeLine')}
          aria-label={`${t('quoteEditor.removeLine')} ${props.number}`}
          onClick={() => actions.remove(s, l)}
        >
          ×
        </button>
      </div>
    </div>
  );
});
