import type { TFunction } from 'i18next';
import { csvDecimal, toCsv, type CsvCell } from '@shared/csv/write';
import { AGING_BUCKETS } from '@shared/collection';
import type { Receivables } from '@shared/contract';
import { minorToDecimal } from '@shared/money';
import { offerFile } from '../../api';

/** Outstanding by client with its aging, then the overdue list; amounts as decimals in the currency. */
export async function exportReceivablesCsv(r: Receivables, t: TFunction): Promise<void> {
  // Amounts as numbers a spreadsheet sums (exact decimals in the currency).
  const m = (n: number) => csvDecimal(minorToDecimal(n, r.currency));
  const bucket = (b: (typeof AGING_BUCKETS)[number]) => t(`collection.receivables.buckets.${b}`);
  const rows: CsvCell[][] = [
    [
      t('collection.receivables.client'),
      t('collection.receivables.outstanding'),
      t('collection.receivables.overdue'),
      ...AGING_BUCKETS.map(bucket),
      t('collection.receivables.collected'),
      t('collection.receivables.dso'),
      'currency',
    ],
    ...r.clients.map((c) => [
      c.name,
      m(c.outstanding),
      m(c.overdue),
      ...AGING_BUCKETS.map((b) => m(c.aging[b])),
      m(c.collectedThisYear),
      c.dso,
      r.currency,
    ]),
    [],
    [
      t('collection.receivables.client'),
      t('collection.receivables.proposal'),
      t('collection.receivables.milestone'),
      t('collection.receivables.dueOn'),
      t('collection.receivables.daysOverdue'),
      t('collection.receivables.outstanding'),
      t('collection.receivables.invoice'),
    ],
    ...r.overdue.map((o) => [
      o.clientName,
      o.proposalTitle,
      o.label,
      o.dueOn,
      o.daysOverdue,
      m(o.outstanding),
      o.invoiceNumber,
    ]),
  ];
  await offerFile({
    fileName: `receivables-${r.asOf}.csv`,
    mimeType: 'text/csv',
    bytes: new TextEncoder().encode(toCsv(rows)),
  });
}
