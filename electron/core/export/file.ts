import { DOCX_MIME, PDF_MIME, type ExportedFile } from '@shared/contract';
import type { ExportSnapshot } from '@shared/export';
import type { BrandingAssets } from '../repos/branding';
import type { DocumentKind } from './build';
import { exportFileName } from './file-name';
import { docxToPdf } from './pdf';
import { renderDocx } from './render';

/** A snapshot as a file to hand over: .docx, or its PDF through LibreOffice. */
export async function exportFile(
  snapshot: ExportSnapshot,
  branding: BrandingAssets,
  kind: DocumentKind,
  format: 'docx' | 'pdf' = 'docx',
  options: { draft?: boolean } = {},
): Promise<ExportedFile> {
  const draft = options.draft === true;
  const docx = await renderDocx({ snapshot, branding, kind, draft });
  const bytes = format === 'pdf' ? await docxToPdf(docx) : docx;
  const title = kind === 'proposal' && snapshot.proposal ? snapshot.proposal.title : snapshot.quote.title;
  return {
    fileName: exportFileName(
      kind,
      {
        title,
        client: snapshot.client.name,
        version: snapshot.version,
        date: snapshot.date,
        language: snapshot.language,
        draft,
      },
      format,
    ),
    mimeType: format === 'pdf' ? PDF_MIME : DOCX_MIME,
    bytesBase64: Buffer.from(bytes).toString('base64'),
    draft,
  };
}
