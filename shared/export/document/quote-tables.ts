import type { ComputedQuote, QuoteInterchange, QuoteLine } from '../../quote';
import type { ExportSnapshot } from '../snapshot';
import { renminbiInCapitals } from './chinese-capital';
import { docFormat, type DocFormat } from './format';
import { DOC_LABELS, type DocLabels } from './labels';

/**
 * The quote's tables as a document shows them — the breakdown per section (optional lines left
 * out), the optional items apart with the total with options, the price rows — as plain text
 * cells. One mapping from a snapshot: the Word export draws its tables from it, and the "as sent"
 * screen draws its tables from it, so the two can never show different lines or totals.
 */
export interface TableColumn {
  header: string;
  /** Share of the text width; the shares of a table add up to 1. */
  share: number;
  align?: 'start' | 'end' | 'center';
}

export interface TableRow {
  cells: string[];
  /** Subtotal and total rows: bold, tinted. */
  emphasis?: boolean;
  /** A row whose first cell spans every column (a note under a line). */
  span?: boolean;
}

export interface TextTable {
  columns: TableColumn[];
  rows: TableRow[];
}

export interface SectionTable extends TextTable {
  title: string;
  /** "难度 4 级（×1.30）" when the section sets its own level. */
  levelNote: string | null;
}

export interface QuoteTables {
  breakdown: SectionTable[];
  /** Null when the quote has no optional line. */
  optional: TextTable | null;
  /** Label → amount rows of the price, from the subtotal to the validity. */
  totals: TableRow[];
  discountReason: string | null;
  discountCondition: string | null;
}

interface Ctx {
  labels: DocLabels;
  fmt: DocFormat;
  q: QuoteInterchange;
  c: ComputedQuote;
  internal: boolean;
}

export function lineName(line: QuoteLine): string {
  return line.kind === 'labor' ? line.role : line.description;
}

/** The cells every table row of a line shares: what it is, how much, at what rate, for what. */
function lineCells(ctx: Ctx, line: QuoteLine, s: number, l: number): string[] {
  const { fmt, labels, c } = ctx;
  const computed = c.sections[s]!.lines[l]!;
  // 说明: what the line delivers; a labour line keeps its "2 人 × 3.5 天" under it.
  const deliverable = line.deliverable?.trim() ?? '';
  if (line.kind === 'labor') {
    const duration = line.days ?? line.hours!;
    const effort = labels.headcountTimesDays(line.headcount, duration, line.days !== undefined ? 'days' : 'hours');
    const cells = [
      line.role,
      deliverable ? `${deliverable}\n${effort}` : effort,
      computed.workload ?? '',
      labels.personDays,
      fmt.money(line.rate),
      fmt.multiplier(c.sections[s]!.multiplier),
      fmt.money(computed.price),
    ];
    return ctx.internal ? [...cells, fmt.money(line.costRate), fmt.money(computed.cost)] : cells;
  }
  const cells = [
    line.description,
    deliverable,
    line.quantity,
    line.unit ?? '',
    fmt.money(line.unitPrice),
    '—',
    fmt.money(computed.price),
  ];
  return ctx.internal ? [...cells, fmt.money(line.unitCost), fmt.money(computed.cost)] : cells;
}

function breakdownColumns(ctx: Ctx): TableColumn[] {
  const l = ctx.labels;
  if (ctx.internal)
    return [
      { header: l.item, share: 0.2 },
      { header: l.detail, share: 0.13 },
      { header: l.quantity, share: 0.07, align: 'end' },
      { header: l.unit, share: 0.07 },
      { header: l.rate, share: 0.11, align: 'end' },
      { header: l.factor, share: 0.07, align: 'center' },
      { header: l.amount, share: 0.12, align: 'end' },
      { header: l.costRate, share: 0.11, align: 'end' },
      { header: l.cost, share: 0.12, align: 'end' },
    ];
  return [
    { header: l.item, share: 0.23 },
    { header: l.detail, share: 0.13 },
    { header: l.quantity, share: 0.07, align: 'end' },
    { header: l.unit, share: 0.16, align: 'start' },
    { header: l.rate, share: 0.14, align: 'end' },
    { header: l.factor, share: 0.11, align: 'center' },
    { header: l.amount, share: 0.16, align: 'end' },
  ];
}

function breakdown(ctx: Ctx): SectionTable[] {
  const { q, c, labels, fmt } = ctx;
  return q.sections.map((section, s) => {
    const cs = c.sections[s]!;
    const rows: TableRow[] = [];
    section.lines.forEach((line, l) => {
      if (line.optional) return;
      rows.push({ cells: lineCells(ctx, line, s, l) });
      if (line.note) rows.push({ cells: [line.note], span: true });
    });
    // 代理服务费 (DOMAIN.md §7): its own row, inside the section subtotal, costing nothing.
    if (cs.agencyFee > 0) {
      const fee = [labels.agencyFee(cs.agencyFeePercent), '', '', '', '', '', fmt.money(cs.agencyFee)];
      rows.push({ cells: ctx.internal ? [...fee, '', fmt.money(0)] : fee });
    }
    const subtotal = [labels.sectionSubtotal, '', '', '', '', '', fmt.money(cs.price)];
    rows.push({ cells: ctx.internal ? [...subtotal, '', fmt.money(cs.cost)] : subtotal, emphasis: true });
    return {
      title: section.title,
      levelNote: section.difficultyLevel !== undefined ? labels.sectionLevel(cs.difficultyLevel, cs.multiplier) : null,
      columns: breakdownColumns(ctx),
      rows,
    };
  });
}

function optionalItems(ctx: Ctx): TextTable | null {
  const { q, c, labels, fmt } = ctx;
  const rows: TableRow[] = [];
  q.sections.forEach((section, s) =>
    section.lines.forEach((line, l) => {
      if (!line.optional) return;
      const cells = lineCells(ctx, line, s, l);
      rows.push({ cells: [section.title, cells[0]!, cells[1] ? `${cells[1]}` : `${cells[2]} ${cells[3]}`, cells[6]!] });
    }),
  );
  q.sections.forEach((section, s) => {
    const fee = c.sections[s]!.agencyFeeOptional;
    if (fee > 0)
      rows.push({ cells: [section.title, labels.agencyFee(c.sections[s]!.agencyFeePercent), '', fmt.money(fee)] });
  });
  if (rows.length === 0) return null;
  rows.push({ cells: [labels.totalWithOptions, '', '', fmt.money(c.optionalTotals.totalWithOptions)], emphasis: true });
  return {
    columns: [
      { header: labels.section, share: 0.22 },
      { header: labels.item, share: 0.33 },
      { header: labels.detail, share: 0.25 },
      { header: labels.amount, share: 0.2, align: 'end' },
    ],
    rows,
  };
}

function totals(ctx: Ctx): TableRow[] {
  const { q, c, labels, fmt } = ctx;
  const rows: TableRow[] = [{ cells: [labels.subtotal, fmt.money(c.subtotal)] }];
  if (q.discount) {
    const label = q.discount.percent !== undefined ? labels.discountPercent(q.discount.percent) : labels.discount;
    rows.push({ cells: [label, fmt.minus(c.discount)] });
  }
  rows.push({ cells: [labels.net, fmt.money(c.net)] });
  rows.push({ cells: [labels.tax(c.settings.taxPercent), fmt.money(c.tax)] });
  rows.push({ cells: [labels.total, fmt.money(c.total)], emphasis: true });
  // The currency named beside the total, so no symbol has to carry it alone.
  rows.push({ cells: [labels.currency, fmt.currency] });
  if (q.currency === 'CNY') rows.push({ cells: [labels.totalInCapitals, renminbiInCapitals(c.total)] });
  if (c.optionalTotals.optionsPrice > 0)
    rows.push({ cells: [labels.totalWithOptions, fmt.money(c.optionalTotals.totalWithOptions)] });
  rows.push({ cells: [labels.validity, q.validUntil ? fmt.date(q.validUntil) : labels.noValidity] });
  return rows;
}

/** The snapshot's quote as the document's tables, in the snapshot's language. */
export function quoteTables(snapshot: ExportSnapshot, options: { internal?: boolean } = {}): QuoteTables {
  const q = snapshot.quote;
  const ctx: Ctx = {
    labels: DOC_LABELS[snapshot.language],
    fmt: docFormat(snapshot.language, q.currency),
    q,
    c: snapshot.computed,
    internal: options.internal ?? false,
  };
  return {
    breakdown: breakdown(ctx),
    optional: optionalItems(ctx),
    totals: totals(ctx),
    discountReason: q.discount?.reason?.trim() ? q.discount.reason : null,
    discountCondition: q.discount?.condition?.trim() ? q.discount.condition : null,
  };
}
