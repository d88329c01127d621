import type { TFunction } from 'i18next';
import type { CallName } from '@shared/contract';
import { quoteLinesCsv } from '@shared/csv/quote-lines';
import { formatQuantity } from '@shared/money';
import type { ComputedQuote, QuoteInterchange } from '@shared/quote';
import { getCallContext, getTransport } from '../../../api';

/**
 * Files out of the editor. In the desktop app the shell's `shell.saveFile` shows the native save
 * dialog (it is the shell's call, not the core's, hence outside the typed contract); in a browser
 * the file is offered as a download.
 */
export async function saveFile(fileName: string, mimeType: string, text: string): Promise<void> {
  const bytes = new TextEncoder().encode(text);
  if (window.workbench) {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    const response = await getTransport().send(
      'shell.saveFile' as CallName,
      { fileName, mimeType, bytes: btoa(binary) },
      getCallContext(),
    );
    if (!response.ok) throw new Error(response.error.message);
    return;
  }
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name from the title, without what file systems refuse. */
export function fileNameFor(title: string, extension: string): string {
  const base = title.replace(/[\\/:*?"<>|\s]+/g, '_').replace(/^_+|_+$/g, '') || 'quote';
  return `${base.slice(0, 80)}.${extension}`;
}

/** The lines as a spreadsheet reads them, worded in the UI language (shared/csv/quote-lines). */
export function linesCsv(document: QuoteInterchange, computed: ComputedQuote, t: TFunction): string {
  return quoteLinesCsv(document, computed, {
    headers: [
      'section',
      'kind',
      'name',
      'deliverable',
      'quantity',
      'duration',
      'unit',
      'rate',
      'costRate',
      'amount',
      'cost',
      'marketPrice',
      'marketSource',
      'marketDate',
      'optional',
    ].map((k) => t(`quoteEditor.csv.${k}` as 'quoteEditor.csv.section')),
    kinds: { labor: t('quoteEditor.kind.labor'), item: t('quoteEditor.kind.item') },
    units: { days: t('quoteEditor.unit.days'), hours: t('quoteEditor.unit.hours') },
    optional: t('quoteEditor.csv.yes'),
    agencyFee: (percent) => t('quoteEditor.csv.agencyFee', { percent }),
    totals: {
      subtotal: t('quoteEditor.csv.subtotal'),
      discount: t('quoteEditor.csv.discount'),
      net: t('quoteEditor.csv.net'),
      tax: t('quoteEditor.csv.tax'),
      total: t('quoteEditor.csv.total'),
      cost: t('quoteEditor.csv.totalCost'),
    },
  });
}

export { formatQuantity };
