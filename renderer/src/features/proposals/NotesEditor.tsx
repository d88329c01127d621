import { useTranslation } from 'react-i18next';
import type { SectionNote } from '@shared/export';

/** 备注: each point that may cause disagreement, with its rationale (shown to the client). */
export function NotesEditor({
  notes,
  onChange,
  readOnly,
}: {
  notes: SectionNote[];
  onChange(n: SectionNote[]): void;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<SectionNote>) =>
    onChange(notes.map((n, j) => (j === i ? { ...n, ...patch } : n)));
  return (
    <div className="pe-notes">
      <div className="pe-subhead">
        <span>{t('proposalEditor.notes')}</span>
        {!readOnly && (
          <button
            type="button"
            className="btn btn-small"
            onClick={() => onChange([...notes, { point: '', rationale: '' }])}
          >
            + {t('proposalEditor.addNote')}
          </button>
        )}
      </div>
      {notes.length === 0 && <p className="muted pe-hint">{t('proposalEditor.notesHint')}</p>}
      {notes.map((n, i) => (
        <div className="pe-note" key={i}>
          <input
            type="text"
            aria-label={t('proposalEditor.notePoint')}
            placeholder={t('proposalEditor.notePoint')}
            value={n.point}
            readOnly={readOnly}
            onChange={(e) => set(i, { point: e.target.value })}
          />
          <textarea
            aria-label={t('proposalEditor.noteRationale')}
            placeholder={t('proposalEditor.noteRationale')}
            rows={2}
            value={n.rationale}
            readOnly={readOnly}
            onChange={(e) => set(i, { rationale: e.target.value })}
          />
          {!readOnly && (
            <button type="button" className="btn btn-small" onClick={() => onChange(notes.filter((_, j) => j !== i))}>
              {t('proposalEditor.remove')}
            </button>
          )}
        </div>
      ))}
    </div>
  );
}
