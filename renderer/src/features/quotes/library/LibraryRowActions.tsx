import { useTranslation } from 'react-i18next';

/** A library row's edit and delete buttons (rate card, market prices); delete asks first. */
export function LibraryRowActions({ name, onEdit, onDelete }: { name: string; onEdit(): void; onDelete(): void }) {
  const { t } = useTranslation();
  return (
    <span className="log-row-actions">
      <button type="button" className="btn btn-small" aria-label={t('library.editLabel', { name })} onClick={onEdit}>
        {t('library.edit')}
      </button>
      <button
        type="button"
        className="btn btn-small btn-danger-quiet"
        aria-label={t('library.deleteLabel', { name })}
        onClick={() => {
          if (window.confirm(t('library.confirmDelete', { name }))) onDelete();
        }}
      >
        {t('library.delete')}
      </button>
    </span>
  );
}
