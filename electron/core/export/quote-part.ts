import { HeadingLevel, Paragraph, TextRun, type FileChild } from 'docx';
import type { ExportSnapshot } from '@shared/export';
import { quoteFlagMessages, type ComputedQuote, type QuoteInterchange, type QuoteLine } from '@shared/quote';
import { blocksFromPlainText } from '@shared/export';
import { renderBlocks, type BlockContext } from './blocks';
import { chineseCapitalAmount } from './chinese-capital';
import { docFormat, type DocFormat } from './format';
import type { DocLabels } from './labels';
import { dataTable, keyValueTable, spacer, type Column, type Row } from './table-kit';
import { STYLE } from './theme';

/**
 * The quote as chapters of a document: breakdown, optional items, workload, market reference,
 * difficulty, quality and effect, and the price. Every figure comes from the snapshot's computed
 * quote (the one calculator), never recomputed here. `internal` adds cost and margin: only the
 * finance sheet asks for it.
 */
export interface QuotePartContext extends BlockContext {
  labels: DocLabels;
  snapshot: ExportSnapshot;
  internal: boolean;
  /** Heading 1 in a quotation, Heading 2 inside the proposal's 花费 section. */
  level: 1 | 2;
}

interface Ctx extends QuotePartContext {
  fmt: DocFormat;
  q: QuoteInterchange;
  c: ComputedQuote;
}

const LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;
const chapter = (ctx: Ctx, text: string) => new Paragraph({ heading: LEVELS[ctx.level - 1], text });
const subheading = (ctx: Ctx, text: string) => new Paragraph({ heading: LEVELS[ctx.level], text });
const para = (text: string, style?: string) => new Paragraph({ style, children: [new TextRun(text)] });

function lineName(line: QuoteLine): string {
  return line.kind === 'labor' ? line.role : line.description;
}

/** The cells every table row of a line shares: what it is, how much, at what rate, for what. */
function lineCells(ctx: Ctx, line: QuoteLine, s: number, l: number): string[] {
  const { fmt, labels, c } = ctx;
  const computed = c.sections[s]!.lines[l]!;
  if (line.kind === 'labor') {
    const duration = line.days ?? line.hours!;
    const cells = [
      line.role,
      labels.headcountTimesDays(line.headcount, duration, line.days !== undefined ? 'days' : 'hours'),
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
    '',
    line.quantity,
    line.unit ?? '',
    fmt.money(line.unitPrice),
    '—',
    fmt.money(computed.price),
  ];
  return ctx.internal ? [...cells, fmt.money(line.unitCost), fmt.money(computed.cost)] : cells;
}

function breakdownColumns(ctx: Ctx): Column[] {
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

function breakdown(ctx: Ctx): FileChild[] {
  const { q, c, labels, fmt } = ctx;
  const out: FileChild[] = [chapter(ctx, labels.breakdown)];
  q.sections.forEach((section, s) => {
    const cs = c.sections[s]!;
    out.push(subheading(ctx, section.title));
    if (section.difficultyLevel !== undefined)
      out.push(para(labels.sectionLevel(cs.difficultyLevel, cs.multiplier), STYLE.note));
    const rows: Row[] = [];
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
    out.push(dataTable(ctx.theme, breakdownColumns(ctx), rows), spacer());
  });
  return out;
}

function optionalItems(ctx: Ctx): FileChild[] {
  const { q, c, labels, fmt } = ctx;
  const rows: Row[] = [];
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
  if (rows.length === 0) return [];
  rows.push({ cells: [labels.totalWithOptions, '', '', fmt.money(c.optionalTotals.totalWithOptions)], emphasis: true });
  return [
    chapter(ctx, labels.optionalItems),
    para(labels.optionalHint, STYLE.note),
    dataTable(
      ctx.theme,
      [
        { header: labels.section, share: 0.22 },
        { header: labels.item, share: 0.33 },
        { header: labels.detail, share: 0.25 },
        { header: labels.amount, share: 0.2, align: 'end' },
      ],
      rows,
    ),
    spacer(),
  ];
}

function workload(ctx: Ctx): FileChild[] {
  const { c, labels } = ctx;
  const roles = Object.entries(c.workloadByRole);
  if (roles.length === 0) return [];
  const rows: Row[] = roles.map(([role, w]) => ({ cells: [role, w.headcount, w.personDays] }));
  rows.push({ cells: [labels.totalPersonDays, '', c.totalPersonDays], emphasis: true });
  return [
    chapter(ctx, labels.workload),
    dataTable(
      ctx.theme,
      [
        { header: labels.role, share: 0.5 },
        { header: labels.headcount, share: 0.25, align: 'end' },
        { header: `${labels.personDays}`, share: 0.25, align: 'end' },
      ],
      rows,
    ),
    spacer(),
  ];
}

function marketReference(ctx: Ctx): FileChild[] {
  const { q, c, labels, fmt } = ctx;
  const out: FileChild[] = [chapter(ctx, labels.marketReference)];
  if (c.marketTotal === null) return [...out, para(labels.noMarketReference)];
  const sectionRows: Row[] = [];
  q.sections.forEach((section, s) => {
    const cs = c.sections[s]!;
    if (cs.marketTotal === null) return;
    sectionRows.push({
      cells: [
        section.title,
        fmt.money(cs.marketComparedPrice ?? 0),
        fmt.money(cs.marketTotal),
        fmt.deviation(cs.deviationPercent),
      ],
    });
  });
  sectionRows.push({
    cells: [
      labels.quoteWide,
      fmt.money(c.marketComparedPrice ?? 0),
      fmt.money(c.marketTotal),
      fmt.deviation(c.deviationPercent),
    ],
    emphasis: true,
  });
  out.push(
    dataTable(
      ctx.theme,
      [
        { header: labels.section, share: 0.4 },
        { header: labels.ourPrice, share: 0.2, align: 'end' },
        { header: labels.marketPrice, share: 0.2, align: 'end' },
        { header: labels.deviation, share: 0.2, align: 'end' },
      ],
      sectionRows,
    ),
    spacer(),
  );
  const lineRows: Row[] = [];
  q.sections.forEach((section, s) =>
    section.lines.forEach((line, l) => {
      if (!line.market || line.optional) return;
      lineRows.push({
        cells: [
          lineName(line),
          fmt.money(line.market.unitPrice),
          line.market.source,
          fmt.date(line.market.date),
          fmt.deviation(c.sections[s]!.lines[l]!.deviationPercent),
        ],
      });
    }),
  );
  out.push(
    dataTable(
      ctx.theme,
      [
        { header: labels.item, share: 0.22 },
        { header: labels.marketUnitPrice, share: 0.18, align: 'end' },
        { header: labels.source, share: 0.26 },
        { header: labels.sourceDate, share: 0.2 },
        { header: labels.deviation, share: 0.14, align: 'end' },
      ],
      lineRows,
    ),
    spacer(),
  );
  return out;
}

function difficulty(ctx: Ctx): FileChild[] {
  const { q, c, labels } = ctx;
  const out: FileChild[] = [
    chapter(ctx, labels.difficulty),
    new Paragraph({
      children: [new TextRun({ text: labels.difficultyLevel(c.difficultyLevel, c.multiplier), bold: true })],
    }),
    ...(q.difficulty.rationale?.trim()
      ? renderBlocks(blocksFromPlainText(q.difficulty.rationale), ctx)
      : [para(labels.noRationale, STYLE.note)]),
  ];
  q.sections.forEach((section, s) => {
    if (section.difficultyLevel === undefined) return;
    const cs = c.sections[s]!;
    out.push(para(`${section.title}${labels.colon}${labels.sectionLevel(cs.difficultyLevel, cs.multiplier)}`));
  });
  out.push(para(labels.difficultyExplainsGap, STYLE.note));
  return out;
}

function qualityAndEffect(ctx: Ctx): FileChild[] {
  const text = ctx.q.qualityAndEffect?.trim();
  return [
    chapter(ctx, ctx.labels.qualityAndEffect),
    ...(text ? renderBlocks(blocksFromPlainText(text), ctx) : [para(ctx.labels.noQualityStatement, STYLE.note)]),
  ];
}

function totals(ctx: Ctx): FileChild[] {
  const { q, c, labels, fmt } = ctx;
  const rows: Row[] = [{ cells: [labels.subtotal, fmt.money(c.subtotal)] }];
  if (q.discount) {
    const label = q.discount.percent !== undefined ? labels.discountPercent(q.discount.percent) : labels.discount;
    rows.push({ cells: [label, fmt.minus(c.discount)] });
  }
  rows.push({ cells: [labels.net, fmt.money(c.net)] });
  rows.push({ cells: [labels.tax(c.settings.taxPercent), fmt.money(c.tax)] });
  rows.push({ cells: [labels.total, fmt.money(c.total)], emphasis: true });
  // The currency named beside the total, so no symbol has to carry it alone.
  rows.push({ cells: [labels.currency, fmt.currency] });
  if (q.currency === 'CNY') rows.push({ cells: [labels.totalInCapitals, `人民币${chineseCapitalAmount(c.total)}`] });
  if (c.optionalTotals.optionsPrice > 0)
    rows.push({ cells: [labels.totalWithOptions, fmt.money(c.optionalTotals.totalWithOptions)] });
  rows.push({ cells: [labels.validity, q.validUntil ? fmt.date(q.validUntil) : labels.noValidity] });
  const out: FileChild[] = [chapter(ctx, labels.totals), keyValueTable(ctx.theme, rows), spacer()];
  if (q.discount?.reason?.trim()) out.push(labelled(labels, labels.discountReason, q.discount.reason));
  if (q.discount?.condition?.trim()) out.push(labelled(labels, labels.discountCondition, q.discount.condition));
  return out;
}

function labelled(labels: DocLabels, label: string, text: string): Paragraph {
  return new Paragraph({
    style: STYLE.note,
    children: [new TextRun({ text: `${label}${labels.colon}`, bold: true }), new TextRun(text)],
  });
}

/** Cost and margin, for finance only: never called for a client document. */
function finance(ctx: Ctx): FileChild[] {
  const { c, labels, fmt } = ctx;
  const lang = ctx.snapshot.language;
  const o = c.optionalTotals;
  const rows: Row[] = [
    { cells: [labels.net, fmt.money(c.net)] },
    { cells: [labels.cost, fmt.money(c.cost)] },
    { cells: [labels.margin, fmt.money(c.grossMargin)], emphasis: true },
    { cells: [labels.marginPercent, c.marginPercent === null ? '—' : `${c.marginPercent}%`], emphasis: true },
    { cells: [labels.marginFloor, `${c.settings.marginFloorPercent}%`] },
  ];
  if (o.optionsPrice > 0)
    rows.push(
      { cells: [`${labels.cost}${labels.withOptions}`, fmt.money(o.costWithOptions)] },
      { cells: [`${labels.margin}${labels.withOptions}`, fmt.money(o.grossMarginWithOptions)] },
      {
        cells: [
          `${labels.marginPercent}${labels.withOptions}`,
          o.marginPercentWithOptions === null ? '—' : `${o.marginPercentWithOptions}%`,
        ],
      },
    );
  const flags = c.flags.map((f) => {
    const where =
      f.sectionIndex !== undefined
        ? ` — ${ctx.q.sections[f.sectionIndex]?.title ?? ''}${f.lineIndex !== undefined ? ` #${f.lineIndex + 1}` : ''}`
        : '';
    return new Paragraph({
      bullet: { level: 0 },
      children: [new TextRun(`${quoteFlagMessages[f.code][lang]}${where}`)],
    });
  });
  return [
    chapter(ctx, labels.finance),
    keyValueTable(ctx.theme, rows),
    spacer(),
    subheading(ctx, labels.flags),
    ...(flags.length > 0 ? flags : [para(labels.noFlags)]),
  ];
}

export function quoteChapters(part: QuotePartContext): FileChild[] {
  const ctx: Ctx = {
    ...part,
    q: part.snapshot.quote,
    c: part.snapshot.computed,
    fmt: docFormat(part.snapshot.language, part.snapshot.quote.currency),
  };
  return [
    ...breakdown(ctx),
    ...optionalItems(ctx),
    ...workload(ctx),
    ...marketReference(ctx),
    ...difficulty(ctx),
    ...qualityAndEffect(ctx),
    ...totals(ctx),
    ...(ctx.internal ? finance(ctx) : []),
  ];
}
