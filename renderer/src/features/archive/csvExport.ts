import type { TFunction } from 'i18next';
import type { ArchiveHit } from '@shared/contract';
import { toCsv } from '@shared/archive/csv';
import { formatMoney } from '@shared/money';
import type { Lang } from '@shared/i18n/lang';
import { ApiError } from '../../api';

/** The results as a CSV file: the columns of the list, amounts as the UI writes them and in minor units. */
export async function exportResultsCsv(hits: ArchiveHit[], t: TFunction, lang: Lang): Promise<void> {
  const h = (k: string) => t(`archiveWork.csvHeaders.${k}` as 'archiveWork.csvHeaders.kind');
  const rows = [
    [h('kind'), h('title'), h('version'), h('client'), h('owner'), h('status'), h('amount'), h('currency'), h('date')],
    ...hits.map((x) => [
      t(`archiveWork.kinds.${x.kind}`),
      x.title,
      x.versionNumber,
      x.clientName,
      x.ownerName,
      x.status ? t(`archiveWork.statuses.${x.status}`) : null,
      x.amount !== null && x.currency ? formatMoney(x.amount, x.currency, lang) : null,
      x.currency,
      x.date ? x.date.slice(0, 10) : null,
    ]),
  ];
  const text = toCsv(rows);
  const fileName = `archive-${new Date().toISOString().slice(0, 10)}.csv`;
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
