import type { TFunction } from 'i18next';
import { quoteLinesCsv } from '@shared/csv/quote-lines';
import { formatQuantity } from '@shared/money';
import type { ComputedQuote, QuoteInterchange } from '@shared/quote';
import { offerFile } from '../../../api';

/** Files out of the editor: the save dialog in the desktop app, a download in a browser. */
export async function saveFile(fileName: string, mimeType: string, text: string): Promise<void> {
  await offerFile({ fileName, mimeType, bytes: new TextEncoder().encode(text) });
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
