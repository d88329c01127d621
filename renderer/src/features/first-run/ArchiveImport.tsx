import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, useCallMutation } from '../../api';
import { usePreferences } from '../../app/preferences';
import { readFileBase64 } from '../export/download';
import { FilePicker } from '../../components/FilePicker';
import './first-run.css';

/**
 * First run, the third way to start: a whole workspace from an archive file made with
 * Settings → Data & backups → Export. The core checks the file (gzip, size, what it inflates to,
 * structure, schema version) and refuses with its own message; nothing changes then.
 */
export function ArchiveImport({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const { lang } = usePreferences();
  const [error, setError] = useState<string | null>(null);
  const importArchive = useCallMutation('workspace.importArchive', {
    // The imported workspace's users sign in with their own passwords (or act solo): ask again who acts.
    sessionChange: true,
    onError: (e) => setError(errorText(e, lang)),
  });

  async function pick(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setError(null);
    try {
      importArchive.mutate({ bytesBase64: await readFileBase64(file) });
    } catch (e) {
      setError(errorText(e, lang));
    }
  }

  return (
    <section className="choice-group archive-import" aria-labelledby="archive-import-title">
      <h2 id="archive-import-title" className="choice-title">
        {t('dataSafety.welcomeImport')}
      </h2>
      <p className="choice-hint" id="archive-import-hint">
        {t('dataSafety.welcomeImportHint')}
      </p>
      <div className="field">
        <span id="archive-import-file">{t('dataSafety.welcomeImportFile')}</span>
        <FilePicker
          accept=".gz,.json.gz,application/gzip"
          aria-labelledby="archive-import-file"
          aria-describedby="archive-import-hint"
          disabled={disabled || importArchive.isPending}
          onChange={(e) => void pick(e)}
        />
      </div>
      {importArchive.isPending && (
        <div className="progress" role="status" aria-live="polite">
          <span className="progress-bar" aria-hidden="true" />
          <span>{t('dataSafety.welcomeImporting')}</span>
        </div>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
