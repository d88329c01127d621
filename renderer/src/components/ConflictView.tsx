import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';

/** One thing that differs between the stored version (theirs) and the editor's (mine). */
export interface ConflictDifference {
  key: string;
  /** What it is: a field ("Title"), a section, a line ("Senior planner · Event execution"). */
  label: string;
  /** Their value as text; null: it is not in their version. */
  theirs: string | null;
  /** Mine; null: not in mine. */
  mine: string | null;
}

export interface ConflictViewProps {
  what: 'quote' | 'proposal';
  /** Who saved theirs, when, as which revision (from the stored record). */
  by: string | null;
  at: string;
  revision: number;
  differences: readonly ConflictDifference[];
  /** A save or a load is under way: both choices wait. */
  busy?: boolean;
  onKeepMine(): void;
  onTakeTheirs(): void;
}

/** More than this and the list stops, saying how many more: the banner must not push the editor away. */
const SHOWN = 12;

/**
 * A save met someone else's: who saved what and when, the fields and lines where their version and
 * mine differ, and the two ways on — keep mine (saved over theirs as a new revision; the audit log
 * says it overwrote) or take theirs (mine stays in the local draft until then). One component for
 * every editor that saves with a revision (quotes, proposals).
 */
export function ConflictView({
  what,
  by,
  at,
  revision,
  differences,
  busy = false,
  onKeepMine,
  onTakeTheirs,
}: ConflictViewProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = useId();
  const vars = { name: by ?? '', at: format.dateTime(at), revision, what: t(`live.conflict.${what}`) };
  const shown = differences.slice(0, SHOWN);
  const cell = (value: string | null) =>
    value === null ? (
      <span className="conflict-absent">{t('live.conflict.absent')}</span>
    ) : value === '' ? (
      <span className="conflict-absent">{t('live.conflict.empty')}</span>
    ) : (
      value
    );
  return (
    <section className="conflict-view" role="alert" aria-labelledby={titleId} data-testid="conflict">
      <p className="conflict-title" id={titleId}>
        {by ? t('live.conflict.title', vars) : t('live.conflict.titleNoName', vars)}
      </p>
      {differences.length === 0 ? (
        <p className="conflict-note">{t('live.conflict.same')}</p>
      ) : (
        <>
          <p className="conflict-note">{t('live.conflict.differs')}</p>
          <div className="conflict-table-wrap">
            <table className="conflict-table" data-testid="conflict-differences">
              <thead>
                <tr>
                  <th scope="col">
                    <span className="visually-hidden">{t('live.conflict.differs')}</span>
                  </th>
                  <th scope="col">{t('live.conflict.theirs')}</th>
                  <th scope="col">{t('live.conflict.mine')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((d) => (
                  <tr key={d.key} data-key={d.key}>
                    <th scope="row">{d.label}</th>
                    <td>{cell(d.theirs)}</td>
                    <td>{cell(d.mine)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {differences.length > SHOWN && (
            <p className="conflict-note">{t('live.conflict.more', { count: differences.length - SHOWN })}</p>
          )}
        </>
      )}
      <p className="conflict-note">{t('live.conflict.kept')}</p>
      <div className="conflict-actions">
        <button type="button" className="btn btn-small" disabled={busy} onClick={onKeepMine}>
          {t('live.conflict.keepMine')}
        </button>
        <button type="button" className="btn btn-small btn-primary" disabled={busy} onClick={onTakeTheirs}>
          {t('live.conflict.takeTheirs')}
        </button>
      </div>
    </section>
  );
}
