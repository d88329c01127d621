import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCallMutation, useCallQuery } from '../../api';
import type { ArchiveParams } from './params';

/** The user's saved searches: one click applies one; the current search can be saved under a name. */
export function SavedSearches({ current, onApply }: { current: ArchiveParams; onApply(p: ArchiveParams): void }) {
  const { t } = useTranslation();
  const saved = useCallQuery('archive.savedSearches', {});
  const save = useCallMutation('archive.saveSearch');
  const remove = useCallMutation('archive.deleteSavedSearch');
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const items = saved.data?.items ?? [];
  return (
    <section className="panel ar-saved" aria-labelledby="ar-saved-title">
      <h2 id="ar-saved-title" className="panel-title">
        {t('archiveWork.saved')}
      </h2>
      {items.length === 0 && <p className="muted">{t('archiveWork.savedNone')}</p>}
      <ul className="ar-saved-list">
        {items.map((s) => (
          <li key={s.id}>
            <button
              type="button"
              className="ar-link"
              onClick={() => onApply({ query: s.query, sort: s.sort, filters: s.filters })}
            >
              {s.name}
            </button>
            <button
              type="button"
              className="ar-icon-button"
              aria-label={t('archiveWork.deleteSaved', { name: s.name })}
              onClick={() => remove.mutate({ id: s.id })}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {naming ? (
        <form
          className="ar-save-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!name.trim()) return;
            save.mutate(
              { name: name.trim(), ...current },
              {
                onSuccess: () => {
                  setNaming(false);
                  setName('');
                },
              },
            );
          }}
        >
          <label className="field">
            <span>{t('archiveWork.saveName')}</span>
            <input value={name} onChange={(e) => setName(e.target.value)} maxLength={100} autoFocus />
          </label>
          <div className="ar-row">
            <button type="submit" className="btn btn-primary btn-small">
              {t('archiveWork.save')}
            </button>
            <button type="button" className="btn btn-small" onClick={() => setNaming(false)}>
              {t('archiveWork.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="btn btn-small" onClick={() => setNaming(true)}>
          {t('archiveWork.saveSearch')}
        </button>
      )}
    </section>
  );
}
