import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorText, useCallQuery } from '../../api';
import { usePreferences } from '../../app/preferences';
import { saveExportedFile } from './download';

type Target =
  | { kind: 'quote'; id: number }
  | { kind: 'proposal'; id: number }
  /** A sent version: exported from its frozen snapshot, exactly as it went out. */
  | { kind: 'version'; id: number; number: number };
type Action = 'docx' | 'pdf' | 'finance';

/** Export Word / PDF (and, for a quote, the internal finance sheet) from a list row or a sent version. */
export function ExportMenu(target: Target) {
  const { t } = useTranslation();
  const { lang } = usePreferences();
  const capabilities = useCallQuery('export.capabilities', {}, { staleTime: Infinity });
  const [busy, setBusy] = useState<Action | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [draftNotice, setDraftNotice] = useState(false);
  const pdfMissing = capabilities.data?.pdf === false;

  async function run(action: Action) {
    setBusy(action);
    setMessage(null);
    setDraftNotice(false);
    try {
      const format = action === 'pdf' ? 'pdf' : 'docx';
      const file =
        target.kind === 'version'
          ? await call('export.versionDocx', { proposalId: target.id, number: target.number, format })
          : target.kind === 'proposal'
            ? await call('export.proposalDocx', { proposalId: target.id, format })
            : action === 'finance'
              ? await call('export.financeSheetDocx', { quoteId: target.id })
              : await call('export.quoteDocx', { quoteId: target.id, format });
      await saveExportedFile(file);
      // Only a sent version leaves clean; say why the file is marked, so nobody is surprised by it.
      setDraftNotice(file.draft);
    } catch (error) {
      setMessage(errorText(error, lang));
    } finally {
      setBusy(null);
    }
  }

  return (
    <span className="export-menu nowrap" aria-busy={busy !== null}>
      <button type="button" className="btn btn-small" disabled={busy !== null} onClick={() => void run('docx')}>
        {busy === 'docx' ? t('exportDoc.working') : t('exportDoc.word')}
      </button>{' '}
      <button
        type="button"
        className="btn btn-small"
        disabled={busy !== null || pdfMissing}
        title={pdfMissing ? t('exportDoc.pdfMissing') : undefined}
        onClick={() => void run('pdf')}
      >
        {busy === 'pdf' ? t('exportDoc.working') : t('exportDoc.pdf')}
      </button>
      {target.kind === 'quote' && (
        <>
          {' '}
          <button
            type="button"
            className="btn btn-small"
            disabled={busy !== null}
            title={t('exportDoc.financeHint')}
            onClick={() => void run('finance')}
          >
            {busy === 'finance' ? t('exportDoc.working') : t('exportDoc.finance')}
          </button>
        </>
      )}
      {pdfMissing && <span className="visually-hidden">{t('exportDoc.pdfMissing')}</span>}
      {draftNotice && (
        <span className="muted export-draft-notice" role="status">
          {t('exportDoc.draftNotice')}
        </span>
      )}
      {message && (
        <span className="field-error" role="alert">
          {' '}
          {message}
        </span>
      )}
    </span>
  );
}
