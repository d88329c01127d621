import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HIDEABLE_COLUMNS, type HideableColumn } from '@shared/quote/grid-layout';
import { Dialog } from '../../../components/Dialog';
import type { GridLayoutControls } from './useGridLayout';

/** The i18n key of each optional column's full name (the header may show a short one). */
const LABEL = {
  cost: 'quoteEditor.col.costShort',
  deviation: 'quoteEditor.col.deviation',
  rateReason: 'quoteEditor.col.rateReason',
  marketPrice: 'quoteEditor.col.marketPrice',
  marketSource: 'quoteEditor.col.marketSource',
  marketDate: 'quoteEditor.col.marketDate',
  optional: 'quoteEditor.col.optional',
} as const satisfies Record<HideableColumn, string>;

/**
 * "Columns…": which optional columns the grid shows, and back to the shipped layout. Each tick
 * applies at once (the grid is visible behind the dialog's backdrop), so there is nothing to confirm.
 */
export function ColumnChooser({ controls }: { controls: GridLayoutControls }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { layout, setHidden, reset } = controls;
  return (
    <>
      <button type="button" className="btn btn-small" onClick={() => setOpen(true)} data-testid="grid-columns">
        {t('quoteEditor.columns.open')}
      </button>
      {open && (
        <Dialog title={t('quoteEditor.columns.title')} onClose={() => setOpen(false)} testId="grid-columns-dialog">
          <p className="muted qe-small">{t('quoteEditor.columns.alwaysShown')}</p>
          <fieldset className="qe-columns-list">
            <legend className="visually-hidden">{t('quoteEditor.columns.optional')}</legend>
            {HIDEABLE_COLUMNS.map((column) => (
              <label key={column} className="qe-columns-item">
                <input
                  type="checkbox"
                  name={column}
                  checked={!layout.hidden.includes(column)}
                  onChange={(e) => setHidden(column, !e.target.checked)}
                />
                {t(LABEL[column])}
              </label>
            ))}
          </fieldset>
          <div className="dialog-actions">
            <button type="button" className="btn" onClick={reset}>
              {t('quoteEditor.columns.reset')}
            </button>
            <button type="button" className="btn btn-primary" onClick={() => setOpen(false)}>
              {t('quoteEditor.columns.done')}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
