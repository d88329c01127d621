import type { TFunction } from 'i18next';
import type { ArchiveHit } from '@shared/contract';
import { archiveHitsCsv } from '@shared/csv/archive-hits';
import { offerFile } from '../../api';
import { localToday } from '@shared/dates/local';

/** The results as a CSV file: the columns of the list, headers and codes in the UI language. */
export async function exportResultsCsv(hits: ArchiveHit[], t: TFunction): Promise<void> {
  const h = (k: string) => t(`archiveWork.csvHeaders.${k}` as 'archiveWork.csvHeaders.kind');
  const text = archiveHitsCsv(hits, {
    headers: ['kind', 'title', 'version', 'client', 'owner', 'status', 'amount', 'currency', 'date'].map(h),
    kind: (k) => t(`archiveWork.kinds.${k}`),
    status: (s) => t(`archiveWork.statuses.${s}`),
  });
  const fileName = `archive-${localToday()}.csv`;
  await offerFile({ fileName, mimeType: 'text/csv', bytes: new TextEncoder().encode(text) });
}
