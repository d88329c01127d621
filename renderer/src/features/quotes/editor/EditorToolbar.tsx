import { useRef, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The editor's title bar: back to the list, the quote's name and revision, and its commands. */
export function EditorToolbar({
  title,
  clientName,
  revision,
  canUndo,
  canRedo,
  saving,
  onUndo,
  onRedo,
  onImport,
  onExport,
  onDuplicate,
  onDelete,
  onSave,
}: {
  title: string;
  clientName: string;
  /** The stored quote's save counter: a revision, never a "version" (those are what was sent). */
  revision: number;
  canUndo: boolean;
  canRedo: boolean;
  saving: boolean;
  onUndo(): void;
  onRedo(): void;
  onImport(e: ChangeEvent<HTMLInputElement>): void;
  onExport(kind: 'json' | 'csv'): void;
  onDuplicate(): void;
  onDelete(): void;
  onSave(): void;
}) {
  const { t } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <header className="qe-toolbar">
      <div className="qe-toolbar-title">
        <Link to="/quotes" className="muted qe-back">
          ← {t('quotes.title')}
        </Link>
        <h1 id="page-title" tabIndex={-1}>
          {title.trim() || t('quoteEditor.untitled')}
        </h1>
        <span className="muted qe-small" data-testid="revision-line">
          {t('quoteEditor.revisionLine', { client: clientName, revision })}
        </span>
      </div>
      <div className="qe-toolbar-actions">
        <button type="button" className="btn btn-small" onClick={onUndo} disabled={!canUndo} title="Ctrl/⌘+Z">
          {t('quoteEditor.undo')}
        </button>
        <button type="button" className="btn btn-small" onClick={onRedo} disabled={!canRedo} title="Ctrl/⌘+Shift+Z">
          {t('quoteEditor.redo')}
        </button>
        <button type="button" className="btn btn-small" onClick={() => fileInput.current?.click()}>
          {t('quoteEditor.import')}
        </button>
        <input ref={fileInput} type="file" accept=".json,application/json" hidden onChange={onImport} />
        <button type="button" className="btn btn-small" onClick={() => onExport('json')}>
          {t('quoteEditor.exportJson')}
        </button>
        <button type="button" className="btn btn-small" onClick={() => onExport('csv')}>
          {t('quoteEditor.exportCsv')}
        </button>
        <button type="button" className="btn btn-small" onClick={onDuplicate}>
          {t('quoteEditor.duplicate')}
        </button>
        <button type="button" className="btn btn-small" onClick={onDelete}>
          {t('quoteEditor.delete')}
        </button>
        <button type="button" className="btn btn-primary" onClick={onSave} disabled={saving} title="Ctrl/⌘+S">
          {saving ? t('common.saving') : t('common.save')}
        </button>
      </div>
    </header>
  );
}
