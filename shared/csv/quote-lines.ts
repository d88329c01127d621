import { minorToDecimal } from '../money';
import type { ComputedQuote, QuoteInterchange } from '../quote';
import { csvDecimal, toCsv, type CsvCell } from './write';

/** The words of the quote CSV, in the UI language (the renderer passes its catalogue's). */
export interface QuoteCsvLabels {
  headers: readonly string[];
  kinds: { labor: string; item: string };
  units: { days: string; hours: string };
  optional: string;
  /** "代理服务费 8%": the fee's row (DOMAIN.md §7). */
  agencyFee(percent: string): string;
  totals: { subtotal: string; discount: string; net: string; tax: string; total: string; cost: string };
}

/**
 * A quote's lines as a spreadsheet reads them: one row per line, amounts as numbers in major units,
 * then the totals rows (subtotal, discount, net, tax, total, cost) under the amount column.
 */
export function quoteLinesCsv(document: QuoteInterchange, computed: ComputedQuote, labels: QuoteCsvLabels): string {
  const money = (minor: number) => csvDecimal(minorToDecimal(minor, document.currency));
  const rows: CsvCell[][] = [[...labels.headers]];
  document.sections.forEach((section, s) =>
    section.lines.forEach((line, l) => {
      const c = computed.sections[s]?.lines[l];
      const labor = line.kind === 'labor';
      rows.push([
        section.title,
        labels.kinds[line.kind],
        labor ? line.role : line.description,
        line.deliverable ?? '',
        csvDecimal(labor ? line.headcount : line.quantity),
        labor ? csvDecimal((line.days ?? line.hours)!) : null,
        labor ? labels.units[line.days !== undefined ? 'days' : 'hours'] : (line.unit ?? ''),
        money(labor ? line.rate : line.unitPrice),
        money(labor ? line.costRate : line.unitCost),
        c ? money(c.price) : null,
        c ? money(c.cost) : null,
        line.market ? money(line.market.unitPrice) : null,
        line.market?.source ?? '',
        line.market?.date ?? '',
        line.optional ? labels.optional : '',
      ]);
    }),
  );
  // 代理服务费 (DOMAIN.md §7): one row per section that carries it, after all the lines; cost 0.
  document.sections.forEach((section, s) => {
    const c = computed.sections[s];
    if (!c) return;
    for (const [fee, optional] of [
      [c.agencyFee, false],
      [c.agencyFeeOptional, true],
    ] as const)
      if (fee > 0)
        rows.push([
          section.title,
          '',
          labels.agencyFee(c.agencyFeePercent),
          '',
          null,
          null,
          '%',
          null,
          null,
          money(fee),
          money(0),
          null,
          '',
          '',
          optional ? labels.optional : '',
        ]);
  });
  // Under the amount column (the 10th), as the document's price table has them.
  const total = (label: string, minor: number): CsvCell[] => [
    label,
    '',
    '',
    '',
    null,
    null,
    '',
    null,
    null,
    money(minor),
  ];
  rows.push(
    [],
    total(labels.totals.subtotal, computed.subtotal),
    total(labels.totals.discount, -computed.discount),
    total(labels.totals.net, computed.net),
    total(labels.totals.tax, computed.tax),
    total(labels.totals.total, computed.total),
    total(labels.totals.cost, computed.cost),
  );
  return toCsv(rows);
}
