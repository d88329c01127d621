import { memo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorSection } from '@shared/contract';
import type { LocalizedText, Lang } from '@shared/i18n/lang';
import { formatMoney, type CurrencyCode } from '@shared/money';
import { colIndex } from './gridColumns';
import type { DeviationTone } from './LineRow';

export interface SectionActions {
  edit(s: number, patch: Partial<EditorSection>, tag?: string): void;
  addLine(s: number, kind: 'labor' | 'item'): void;
  titleKeyDown(e: KeyboardEvent, s: number): void;
  move(s: number, delta: -1 | 1): void;
  duplicate(s: number): void;
  remove(s: number): void;
  seal(): void;
}

export interface SectionRowProps {
  section: EditorSection;
  s: number;
  count: number;
  price: number | null;
  deviation: string | null;
  tone: DeviationTone;
  level: number;
  multiplier: string;
  error: LocalizedText | undefined;
  currency: CurrencyCode;
  lang: Lang;
  actions: SectionActions;
  /** This row's place among all the grid's rows (ARIA counts from 1, the header). */
  rowIndex: number;
}

/** A section's header: title, its own difficulty, its totals, and what can be done with it. */
export const SectionRow = memo(function SectionRow(props: SectionRowProps) {
  const { section, s, actions, lang } = props;
  const { t } = useTranslation();
  return (
    <div className="qe-row qe-section" role="row" aria-rowindex={props.rowIndex} data-section={section.key}>
      {/* Cells around controls use display: contents, so the section keeps its flex layout. */}
      <div role="gridcell" aria-colindex={colIndex('num')} className="qe-contents">
        <button
          type="button"
          className="qe-icon-btn"
          aria-expanded={!section.collapsed}
          aria-label={section.collapsed ? t('quoteEditor.expand') : t('quoteEditor.collapse')}
          onClick={() => actions.edit(s, { collapsed: !section.collapsed })}
        >
          {section.collapsed ? '▸' : '▾'}
        </button>
      </div>
      <div
        className={props.error ? 'qe-cell qe-cell-invalid qe-section-title' : 'qe-cell qe-section-title'}
        role="gridcell"
        aria-colindex={colIndex('kind')}
        aria-colspan={2}
      >
        <input
          type="text"
          className="qe-input"
          value={section.title}
          data-cell={`${section.key}:title`}
          aria-label={t('quoteEditor.sectionTitle', { n: s + 1 })}
          aria-invalid={props.error ? true : undefined}
          onChange={(e) => actions.edit(s, { title: e.target.value }, `${section.key}:title`)}
          onKeyDown={(e) => actions.titleKeyDown(e, s)}
          onBlur={actions.seal}
        />
        {props.error && (
          <span className="qe-cell-error" role="alert">
            {props.error[lang]}
          </span>
        )}
      </div>
      <div role="gridcell" aria-colindex={colIndex('qty')} aria-colspan={6} className="qe-contents">
        <select
          className="qe-input qe-section-level"
          value={section.difficultyLevel}
          aria-label={t('quoteEditor.sectionDifficulty', { n: s + 1 })}
          onChange={(e) => actions.edit(s, { difficultyLevel: e.target.value as EditorSection['difficultyLevel'] })}
        >
          <option value="">{t('quoteEditor.sectionDifficultyInherit')}</option>
          {['1', '2', '3', '4', '5'].map((level) => (
            <option key={level} value={level}>
              {t('quoteEditor.levelOption', { level })}
            </option>
          ))}
        </select>
        <input
          type="text"
          inputMode="decimal"
          className="qe-input qe-section-fee input-num"
          value={section.agencyFeePercent ?? ''}
          placeholder="%"
          aria-label={t('quoteEditor.sectionFee', { n: s + 1 })}
          title={t('quoteEditor.sectionFee', { n: s + 1 })}
          onChange={(e) => actions.edit(s, { agencyFeePercent: e.target.value }, `${section.key}:fee`)}
          onBlur={actions.seal}
        />
      </div>
      <span
        className="qe-section-price num"
        role="gridcell"
        aria-colindex={colIndex('amount')}
        data-testid={`section-price-${s}`}
      >
        {props.price === null ? '' : formatMoney(props.price, props.currency, lang)}
      </span>
      <span className={`qe-dev num qe-tone-${props.tone}`} role="gridcell" aria-colindex={colIndex('deviation')}>
        {props.deviation === null ? '' : `${Number(props.deviation) > 0 ? '+' : ''}${props.deviation}%`}
      </span>
      <span className="qe-section-buttons" role="gridcell" aria-colindex={colIndex('rateReason')} aria-colspan={4}>
        <button type="button" className="btn btn-small" onClick={() => actions.addLine(s, 'labor')}>
          + {t('quoteEditor.kind.labor')}
        </button>
        <button type="button" className="btn btn-small" onClick={() => actions.addLine(s, 'item')}>
          + {t('quoteEditor.kind.item')}
        </button>
        <button
          type="button"
          className="qe-icon-btn"
          aria-label={t('quoteEditor.sectionUp')}
          title={t('quoteEditor.sectionUp')}
          onClick={() => actions.move(s, -1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="qe-icon-btn"
          aria-label={t('quoteEditor.sectionDown')}
          title={t('quoteEditor.sectionDown')}
          onClick={() => actions.move(s, 1)}
        >
          ↓
        </button>
        <button
          type="button"
          className="qe-icon-btn"
          aria-label={t('quoteEditor.sectionDuplicate')}
          title={t('quoteEditor.sectionDuplicate')}
          onClick={() => actions.duplicate(s)}
        >
          ⧉
        </button>
        <button
          type="button"
          className="qe-icon-btn"
          aria-label={t('quoteEditor.sectionRemove')}
          title={t('quoteEditor.sectionRemove')}
          onClick={() => actions.remove(s)}
        >
          ×
        </button>
      </span>
      <span className="qe-section-meta muted" role="gridcell" aria-colindex={colIndex('optional')} aria-colspan={2}>
        {t('quoteEditor.sectionMeta', { count: props.count, level: props.level, multiplier: props.multiplier })}
      </span>
    </div>
  );
});
