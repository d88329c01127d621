import { useTranslation } from 'react-i18next';
import type { QuoteDraft } from '@shared/contract';
import { localTime } from '@shared/dates/local';
import type { Lang } from '@shared/i18n/lang';
import { ApiError, errorText } from '../../../api';

export type EditorProblem = { kind: 'conflict' | 'error' | 'invalid'; error?: unknown } | null;

/** The status line under the toolbar: saved or not, the draft's autosave, a notice, the error count. */
export function EditorStatus({
  dirty,
  draftSavedAt,
  draftFailed,
  notice,
  errorCount,
  onJumpToError,
}: {
  dirty: boolean;
  draftSavedAt: string | null;
  draftFailed: boolean;
  notice: string | null;
  errorCount: number;
  onJumpToError(): void;
}) {
  const { t } = useTranslation();
  return (
    <p className="qe-status" role="status" aria-live="polite" data-testid="editor-status">
      {dirty ? (
        <span className="qe-dirty">● {t('quoteEditor.unsaved')}</span>
      ) : (
        <span>{t('quoteEditor.allSaved')}</span>
      )}
      {dirty && draftSavedAt && (
        <span className="muted"> · {t('quoteEditor.draftSavedAt', { at: localTime(draftSavedAt) })}</span>
      )}
      {draftFailed && <span className="qe-error-text"> · {t('quoteEditor.draftFailed')}</span>}
      {notice && <span className="muted"> · {notice}</span>}
      {errorCount > 0 && (
        <button type="button" className="qe-link" onClick={onJumpToError}>
          {t('quoteEditor.errorCount', { count: errorCount })}
        </button>
      )}
    </p>
  );
}

/** What interrupts the work: a draft to take back, a conflict with another window, a refusal. */
export function EditorBanners({
  draftOffer,
  problem,
  errorCount,
  lang,
  onRestoreDraft,
  onDiscardDraft,
  onOverwrite,
  onLoadStored,
}: {
  draftOffer: QuoteDraft | null;
  problem: EditorProblem;
  errorCount: number;
  lang: Lang;
  onRestoreDraft(): void;
  onDiscardDraft(): void;
  onOverwrite(): void;
  onLoadStored(): void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {draftOffer && (
        <div className="banner banner-info" role="alert" data-testid="draft-offer">
          <span>{t('quoteEditor.draftOffer', { at: new Date(draftOffer.savedAt).toLocaleString(lang) })}</span>
          <button type="button" className="btn btn-small btn-primary" onClick={onRestoreDraft}>
            {t('quoteEditor.draftRestore')}
          </button>
          <button type="button" className="btn btn-small" onClick={onDiscardDraft}>
            {t('quoteEditor.draftDiscard')}
          </button>
        </div>
      )}
      {problem?.kind === 'conflict' && (
        <div className="banner banner-danger" role="alert" data-testid="conflict">
          <span>{errorText(problem.error, lang)}</span>
          <button type="button" className="btn btn-small" onClick={onOverwrite}>
            {t('quoteEditor.overwrite')}
          </button>
          <button type="button" className="btn btn-small" onClick={onLoadStored}>
            {t('quoteEditor.loadStored')}
          </button>
        </div>
      )}
      {problem?.kind === 'error' && (
        <div className="banner banner-danger" role="alert">
          <span>
            {errorText(problem.error, lang)}{' '}
            {problem.error instanceof ApiError &&
              problem.error.issues.map((i) => i.messages[lang] ?? i.message).join(' ')}
          </span>
        </div>
      )}
      {problem?.kind === 'invalid' && errorCount > 0 && (
        <div className="banner banner-danger" role="alert" data-testid="invalid">
          <span>{t('quoteEditor.notSavedInvalid', { count: errorCount })}</span>
        </div>
      )}
    </>
  );
}
