import type { TFunction } from 'i18next';
import type { ArchiveHit } from '@shared/contract';
import { archiveHitsCsv } from '@shared/csv/archive-hits';
import type { Lang } from '@shared/i18n/lang';
import { ApiError } from '../../api';
import { localToday } from '@shared/dates/local';

/** The results as a CSV file: the columns of the list, headers and codes in the UI language. */
export async function exportResultsCsv(hits: ArchiveHit[], t: TFunction, lang: Lang): Promise<void> {
  const h = (k: string) => t(`archiveWork.csvHeaders.${k}` as 'archiveWork.csvHeaders.kind');
  const text = archiveHitsCsv(hits, {
    headers: ['kind', 'title', 'version', 'client', 'owner', 'status', 'amount', 'currency', 'date'].map(h),
    kind: (k) => t(`archiveWork.kinds.${k}`),
    status: (s) => t(`archiveWork.statuses.${s}`),
  });
  const fileName = `archive-${localToday()}.csv`;
  const bridge = window.workbench;
  if (bridge) {
    // The desktop app saves through its dialog, as the Word export does (features/export/download.ts).
    const bytes = new TextEncoder().encode(text);
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    const response = await bridge.call(
      'shell.saveFile' as Parameters<typeof bridge.call>[0],
      { fileName, mimeType: 'text/csv', bytes: btoa(binary) },
      { lang },
    );
    if (!response.ok) throw new ApiError(response.error);
    return;
  }
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
