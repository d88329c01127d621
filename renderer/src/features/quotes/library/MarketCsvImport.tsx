import { decodeCsvBytes } from '@shared/csv/decode';
import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorText, useCallMutation } from '../../../api';
import { usePreferences } from '../../../app/preferences';
import './library.css';

const SHOWN_ISSUES = 10;

/**
 * "Import CSV" for the market library: the file's text goes to market.importCsv, which checks
 * every row (shared/market/csv.ts) and writes all of them or none. Refusals list the rows and
 * columns at fault.
 */
export function MarketCsvImport() {
  const { t } = useTranslation();
  const { lang } = usePreferences();
  const input = useRef<HTMLInputElement>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<{ text: string; issues: string[]; more: number } | null>(null);
  const importCsv = useCallMutation('market.importCsv', {
    onSuccess: ({ imported }) => setNotice(t('dataSafety.csvImported', { count: imported })),
    onError: (e) => {
      // The first problem is in the message itself; list the others under it.
      const rest = e instanceof ApiError ? e.issues.slice(1).map((i) => i.messages[lang] || i.message) : [];
      setError({
        text: errorText(e, lang),
        issues: rest.slice(0, SHOWN_ISSUES),
        more: Math.max(0, rest.length - SHOWN_ISSUES),
      });
    },
  });

  async function pick(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setNotice(null);
    setError(null);
    // UTF-8 or GB18030 (GBK), as Excel and WPS save it; bytes that are neither go as they decode,
    // and the core refuses them with the message that says how to save the file.
    const bytes = new Uint8Array(await file.arrayBuffer());
    const decoded = decodeCsvBytes(bytes);
    importCsv.mutate({ csvText: decoded.ok ? decoded.text : new TextDecoder().decode(bytes) });
  }

  return (
    <div className="library-csv">
      <button
        type="button"
        className="btn"
        disabled={importCsv.isPending}
        title={t('dataSafety.csvImportHint')}
        onClick={() => input.current?.click()}
      >
        {importCsv.isPending ? t('dataSafety.csvImporting') : t('dataSafety.csvImport')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".csv,text/csv"
        // The button above is the control people use; the file input only opens the picker.
        hidden
        aria-label={t('dataSafety.csvImportLabel')}
        onChange={(e) => void pick(e)}
      />
      <span className="muted library-csv-hint">{t('dataSafety.csvImportHint')}</span>
      {notice && (
        <p className="saved-notice" role="status">
          {notice}
        </p>
      )}
      {error && (
        <div className="form-error" role="alert">
          <p>{error.text}</p>
          {error.issues.length > 0 && (
            <ul>
              {error.issues.map((issue) => (
                <li key={issue}>{issue}</li>
              ))}
              {error.more > 0 && <li>{t('dataSafety.moreIssues', { count: error.more })}</li>}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
