import { useState } from 'react';
import './collection.css';
import { useTranslation } from 'react-i18next';
import type { ProposalDetail } from '@shared/contract';
import { useCallMutation, useCallQuery } from '../../api';
import { call } from '../../api';
import { usePreferences } from '../../app/preferences';
import { Field } from '../../components/Field';
import { saveExportedFile } from '../export/download';
import { refusalText } from './refusal';
import { localToday } from '@shared/dates/local';
import { FilePicker } from '../../components/FilePicker';

async function fileBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * The confirmation letter (报价确认函) of a sent version, and recording the client's acceptance:
 * date, signed by, contract or PO number, the signed scan. Recording makes the proposal won.
 */
export function AcceptancePanel({ proposal }: { proposal: ProposalDetail }) {
  const { t } = useTranslation();
  const { lang } = usePreferences();
  const acceptance = useCallQuery('acceptance.get', { proposalId: proposal.id });
  const capabilities = useCallQuery('export.capabilities', {});
  const [number, setNumber] = useState(proposal.versionCount);
  const [acceptedOn, setAcceptedOn] = useState(localToday());
  const [signedBy, setSignedBy] = useState('');
  const [contractNumber, setContractNumber] = useState('');
  const [scan, setScan] = useState<File | null>(null);
  const [exportError, setExportError] = useState<unknown>(null);
  const record = useCallMutation('acceptance.record');
  const a = acceptance.data?.acceptance;
  const exportLetter = async (format: 'docx' | 'pdf') => {
    setExportError(null);
    try {
      await saveExportedFile(await call('export.confirmationLetter', { proposalId: proposal.id, number, format }));
    } catch (error) {
      setExportError(error);
    }
  };
  const open = proposal.status === 'sent' || proposal.status === 'negotiating';
  if (!a && !open) return null;
  return (
    <section className="panel pe-side" aria-labelledby="pe-acceptance" data-testid="acceptance">
      <h2 id="pe-acceptance" className="panel-title">
        {t('collection.acceptance.title')}
      </h2>
      {a ? (
        <p>
          {t('collection.acceptance.recorded', { date: a.acceptedOn, who: a.signedBy, number: a.contractNumber })}
          {a.scanFileName && (
            <span className="muted"> · {t('collection.acceptance.scanFile', { name: a.scanFileName })}</span>
          )}
        </p>
      ) : (
        <p className="muted small">{t('collection.acceptance.hint')}</p>
      )}
      <div className="form-row cl-row">
        <Field label={t('collection.acceptance.version')}>
          <select value={number} onChange={(e) => setNumber(Number(e.target.value))}>
            {Array.from({ length: proposal.versionCount }, (_, i) => proposal.versionCount - i).map((n) => (
              <option key={n} value={n}>
                V{n}
              </option>
            ))}
          </select>
        </Field>
        <button type="button" className="btn" onClick={() => void exportLetter('docx')}>
          {t('collection.acceptance.letter')}
        </button>
        {capabilities.data?.pdf && (
          <button type="button" className="btn" onClick={() => void exportLetter('pdf')}>
            {t('collection.acceptance.letterPdf')}
          </button>
        )}
      </div>
      {exportError !== null && <p className="form-error">{refusalText(exportError, lang)}</p>}
      {!a && open && (
        <form
          className="sub-form cl-form"
          aria-label={t('collection.acceptance.record')}
          onSubmit={(e) => {
            e.preventDefault();
            void (async () => {
              record.mutate({
                proposalId: proposal.id,
                versionNumber: number,
                acceptedOn,
                signedBy,
                contractNumber,
                ...(scan
                  ? {
                      scan: {
                        fileName: scan.name,
                        mimeType: (scan.type || 'application/pdf') as 'application/pdf',
                        bytesBase64: await fileBase64(scan),
                      },
                    }
                  : {}),
              });
            })();
          }}
        >
          <div className="form-grid">
            <Field label={t('collection.acceptance.acceptedOn')}>
              <input type="date" value={acceptedOn} onChange={(e) => setAcceptedOn(e.target.value)} />
            </Field>
            <Field label={t('collection.acceptance.signedBy')}>
              <input type="text" value={signedBy} onChange={(e) => setSignedBy(e.target.value)} />
            </Field>
            <Field label={t('collection.acceptance.contractNumber')}>
              <input type="text" value={contractNumber} onChange={(e) => setContractNumber(e.target.value)} />
            </Field>
            <Field label={t('collection.acceptance.scan')}>
              <FilePicker
                accept="application/pdf,image/png,image/jpeg"
                onChange={(e) => setScan(e.target.files?.[0] ?? null)}
              />
            </Field>
          </div>
          <div className="form-footer">
            <button type="submit" className="btn btn-primary" disabled={record.isPending}>
              {t('collection.acceptance.record')}
            </button>
            {record.error && <p className="form-error">{refusalText(record.error, lang)}</p>}
          </div>
        </form>
      )}
    </section>
  );
}
