import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backup, BackupPreview } from '@shared/contract';
import { call, errorText, useCallMutation, useCallQuery } from '../../api';
import { usePreferences } from '../../app/preferences';
import { DataTable } from '../../components/DataTable';
import { QueryView } from '../../components/QueryView';
import { useFormat } from '../../i18n/format';
import { saveExportedFile } from '../export/download';
import { Dialog } from '../../components/Dialog';
import '../proposals/proposal-editor.css';
import './data-safety.css';

/** The tables a preview counts: what a person recognises as "their data". */
const MAIN_TABLES = ['users', 'clients', 'quotes', 'proposals', 'proposal_versions'] as const;
const REASONS = ['daily', 'manual', 'pre-migration', 'pre-restore'] as const;

type Notice = { tone: 'ok' | 'error'; text: string } | null;

function useBytes() {
  const fmt = useFormat();
  return (bytes: number) =>
    bytes >= 1024 * 1024
      ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
      : `${fmt.number(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

function PreviewPanel({ preview, time, onClose }: { preview: BackupPreview; time: string; onClose(): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const ok = preview.integrity === 'ok';
  return (
    <section className="panel data-preview" aria-labelledby="backup-preview-title" data-testid="backup-preview">
      <h3 id="backup-preview-title">{t('dataSafety.previewTitle', { time })}</h3>
      <dl className="data-preview-list">
        <dt>{t('dataSafety.integrity')}</dt>
        <dd className={ok ? 'text-ok' : 'field-error'}>{ok ? t('dataSafety.integrityOk') : preview.integrity}</dd>
        <dt>{t('dataSafety.schemaVersion')}</dt>
        <dd>{preview.schemaVersion}</dd>
        {MAIN_TABLES.map((table) => (
          <div key={table} className="data-preview-row">
            <dt>{t(`dataSafety.tables.${table}`)}</dt>
            <dd data-table={table}>{fmt.number(preview.counts[table] ?? 0)}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="btn btn-small" onClick={onClose}>
        {t('dataSafety.closePreview')}
      </button>
    </section>
  );
}

/**
 * Settings → Data & backups: where the backups are, back up now, preview or restore one, and
 * export the whole workspace as one archive file.
 */
export function DataSafetySection() {
  const { t } = useTranslation();
  const { lang } = usePreferences();
  const fmt = useFormat();
  const bytes = useBytes();
  const list = useCallQuery('backups.list', {});
  const [notice, setNotice] = useState<Notice>(null);
  const [preview, setPreview] = useState<{ backup: Backup; data: BackupPreview } | null>(null);
  const [previewing, setPreviewing] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<Backup | null>(null);
  const [exporting, setExporting] = useState(false);
  const onError = (e: unknown) => setNotice({ tone: 'error', text: errorText(e, lang) });

  const create = useCallMutation('backups.create', {
    onSuccess: (b) => setNotice({ tone: 'ok', text: t('dataSafety.backedUp', { time: fmt.dateTime(b.at) }) }),
    onError,
  });
  // A restore replaces the whole workspace: the mutation hook marks every cached read stale.
  const restore = useCallMutation('backups.restore', {
    onSuccess: () => {
      const at = confirm ? fmt.dateTime(confirm.at) : '';
      setConfirm(null);
      setPreview(null);
      setNotice({ tone: 'ok', text: t('dataSafety.restored', { time: at }) });
    },
    onError: (e) => {
      setConfirm(null);
      onError(e);
    },
  });

  async function showPreview(backup: Backup) {
    setNotice(null);
    setPreviewing(backup.name);
    try {
      setPreview({ backup, data: await call('backups.inspect', { name: backup.name }) });
    } catch (e) {
      setPreview(null);
      onError(e);
    } finally {
      setPreviewing(null);
    }
  }

  async function exportArchive() {
    setNotice(null);
    setExporting(true);
    try {
      const file = await call('workspace.exportArchive', {});
      if (await saveExportedFile(file))
        setNotice({ tone: 'ok', text: t('dataSafety.exported', { rows: fmt.number(file.rows), file: file.fileName }) });
    } catch (e) {
      onError(e);
    } finally {
      setExporting(false);
    }
  }

  const reasonLabel = (reason: string) =>
    (REASONS as readonly string[]).includes(reason)
      ? t(`dataSafety.reasons.${reason as (typeof REASONS)[number]}`)
      : t('dataSafety.reasons.other');
  const busy = create.isPending || restore.isPending || exporting;

  return (
    <section className="panel" aria-labelledby="data-safety-heading">
      <h2 id="data-safety-heading" className="panel-title">
        {t('dataSafety.title')}
      </h2>
      <p className="muted panel-hint">{t('dataSafety.subtitle')}</p>
      <QueryView query={list}>
        {({ folder, items }) => (
          <>
            <p className="data-folder">
              <span className="muted">{t('dataSafety.folder')}</span> <code data-testid="backup-folder">{folder}</code>
            </p>
            <div className="form-actions">
              <button type="button" className="btn btn-primary" disabled={busy} onClick={() => create.mutate({})}>
                {create.isPending ? t('dataSafety.backingUp') : t('dataSafety.backUpNow')}
              </button>
              <button type="button" className="btn" disabled={busy} onClick={() => void exportArchive()}>
                {exporting ? t('dataSafety.exporting') : t('dataSafety.exportArchive')}
              </button>
              {restore.isPending && (
                <span role="status" className="muted">
                  {t('dataSafety.restoring')}
                </span>
              )}
            </div>
            {notice && (
              <p
                className={notice.tone === 'error' ? 'form-error' : 'saved-notice'}
                role={notice.tone === 'error' ? 'alert' : 'status'}
              >
                {notice.text}
              </p>
            )}
            {items.length === 0 ? (
              <p className="muted" data-testid="backups-empty">
                {t('dataSafety.empty')}
              </p>
            ) : (
              <DataTable
                caption={t('dataSafety.listCaption')}
                rows={items}
                rowKey={(b) => b.name}
                columns={[
                  {
                    id: 'time',
                    header: t('dataSafety.time'),
                    cell: (b) => <span className="nowrap">{fmt.dateTime(b.at)}</span>,
                    fit: true,
                  },
                  { id: 'reason', header: t('dataSafety.reason'), cell: (b) => reasonLabel(b.reason) },
                  { id: 'size', header: t('dataSafety.size'), cell: (b) => bytes(b.bytes), align: 'end', fit: true },
                  {
                    id: 'actions',
                    header: t('common.actions'),
                    headerHidden: true,
                    fit: true,
                    cell: (b) => (
                      <span className="nowrap">
                        <button
                          type="button"
                          className="btn btn-small"
                          disabled={busy || previewing !== null}
                          aria-label={t('dataSafety.previewOf', { time: fmt.dateTime(b.at) })}
                          onClick={() => void showPreview(b)}
                        >
                          {t('dataSafety.preview')}
                        </button>{' '}
                        <button
                          type="button"
                          className="btn btn-small"
                          disabled={busy}
                          aria-label={t('dataSafety.restoreOf', { time: fmt.dateTime(b.at) })}
                          onClick={() => {
                            setNotice(null);
                            setConfirm(b);
                          }}
                        >
                          {t('dataSafety.restore')}
                        </button>
                      </span>
                    ),
                  },
                ]}
              />
            )}
            {preview && (
              <PreviewPanel
                preview={preview.data}
                time={fmt.dateTime(preview.backup.at)}
                onClose={() => setPreview(null)}
              />
            )}
          </>
        )}
      </QueryView>
      {confirm && (
        <Dialog title={t('dataSafety.confirmTitle')} onClose={() => setConfirm(null)}>
          <p>{t('dataSafety.confirmBody', { time: fmt.dateTime(confirm.at) })}</p>
          <div className="form-actions">
            <button type="button" className="btn" onClick={() => setConfirm(null)} disabled={restore.isPending}>
              {t('dataSafety.cancel')}
            </button>
            <button
              type="button"
              className="btn btn-primary"
              disabled={restore.isPending}
              onClick={() => restore.mutate({ name: confirm.name })}
            >
              {restore.isPending ? t('dataSafety.restoring') : t('dataSafety.confirmRestore')}
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}
