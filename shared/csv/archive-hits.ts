import type { ArchiveHit } from '../contract/areas/archive';
import type { ProposalStatus } from '../proposal/status';
import { minorToDecimal } from '../money';
import { csvDecimal, toCsv, type CsvCell } from './write';

/** The words of the archive CSV, in the UI language. */
export interface ArchiveCsvLabels {
  headers: readonly string[];
  kind(kind: ArchiveHit['kind']): string;
  status(status: ProposalStatus): string;
}

/** The archive's results: the columns of the list, the amount a number in major units beside its currency. */
export function archiveHitsCsv(hits: readonly ArchiveHit[], labels: ArchiveCsvLabels): string {
  const rows: CsvCell[][] = [
    [...labels.headers],
    ...hits.map((x) => [
      labels.kind(x.kind),
      x.title,
      x.versionNumber,
      x.clientName,
      x.ownerName,
      x.status ? labels.status(x.status) : null,
      x.amount !== null && x.currency ? csvDecimal(minorToDecimal(x.amount, x.currency)) : null,
      x.currency,
      x.date ? x.date.slice(0, 10) : null,
    ]),
  ];
  return toCsv(rows);
}
