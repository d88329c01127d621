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
  /** Show the 说明 field under the name (Alt+Enter or the ¶ button) and put the caret in it. */
  openDeliverable(key: string): void;
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
  /** The line shows its 说明 field under the name: it has one, or the user asked for it. */
  tall: boolean;
}

function Cell({
  line,
  cell,
  errors,
  lang,
  children,
}: {
  line: EditorLine;
  cell: Exclude<LineCell, 'deliverable'>;
  errors: CellErrors | undefined;
  lang: Lang;
  children: React.ReactNode;
}) {
  // The name cell holds the 说明 field too, and so its message.
  const shown = cell === 'name' ? (['name', 'deliverable'] as const) : [cell];
  const invalid = shown.filter((c) => errors?.[c]);
  return (
    <div
      className={invalid.length > 0 ? 'qe-cell qe-cell-invalid' : 'qe-cell'}
      data-col={cell}
      role="gridcell"
      aria-colindex={colIndex(cell)}
    >
      {children}
      {invalid.map((c) => (
        <span key={c} className="qe-cell-error" id={`err-${line.key}-${c}`} role="alert">
          {errors![c]![lang]}
        </span>
      ))}
    </div>
  );
}

/** One line of the quote: every cell an input, in tab order; memoized on its own values. */
export const LineRow = memo(function LineRow(props: LineRowProps) {
  const { line, s, l, errors, lang, actions, currency } = props;
  const { t } = useTranslation();
  const labor = line.kind === 'labor';
  const label = (column: string) => t('quoteEditor.cellLabel', { column, n: props.number });
  const keyDown = (e: KeyboardEvent, cell: LineCell) => {
    // Alt+Enter: a second line in the cell, as in a spreadsheet: the 说明 under the name.
    if (e.key === 'Enter' && e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      actions.openDeliverable(line.key);
    } else actions.keyDown(e, s, l, cell);
  };
  const field = (cell: LineCell, field: keyof EditorLine, column: string, numeric = false, list?: string) => (
    <input
      type="text"
      inputMode={numeric ? 'decimal' : undefined}
      className={numeric ? 'qe-input input-num' : cell === 'deliverable' ? 'qe-input qe-deliverable' : 'qe-input'}
      value={(line[field] as string | undefined) ?? ''}
      // A long name or 说明 is cut by the column: the whole of it on hover.
      title={(cell === 'name' || cell === 'deliverable') && line[field] ? (line[field] as string) : undefined}
      placeholder={cell === 'deliverable' ? t('quoteEditor.deliverablePlaceholder') : undefined}
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
      onKeyDown={(e) => keyDown(e, cell)}
      onPaste={(e) => actions.paste(e, s, l, cell)}
      onBlur={actions.seal}
    />
  );
  const input = (
    cell: Exclude<LineCell, 'deliverable'>,
    key: keyof EditorLine,
    column: string,
    numeric = false,
    list?: string,
  ) => (
    <Cell line={line} cell={cell} errors={errors} lang={lang}>
      {field(cell, key, column, numeric, list)}
    </Cell>
  );
  return (
    <div
      className={[
        'qe-row',
        'qe-line',
        props.tall ? 'qe-line-tall' : '',
        props.flagged ? 'qe-flagged' : '',
        line.optional ? 'qe-optional' : '',
      ]
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
      {/* The name, and under it what the line delivers (说明, printed in the document's 说明 column). */}
      <Cell line={line} cell="name" errors={errors} lang={lang}>
        {field(
          'name',
          'name',
          labor ? t('quoteEditor.col.role') : t('quoteEditor.col.description'),
          false,
          props.listId,
        )}
        {props.tall && field('deliverable', 'deliverable', t('quoteEditor.col.deliverable'))}
      </Cell>
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
          title={`${t('quoteEditor.addDeliverable')} (Alt+Enter)`}
          aria-label={`${t('quoteEditor.addDeliverable')} ${props.number}`}
          onClick={() => actions.openDeliverable(line.key)}
        >
          ¶
        </button>
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
