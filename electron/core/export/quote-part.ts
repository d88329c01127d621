import type { ExportSnapshot } from '@shared/export';
import { quoteFlagMessages, type ComputedQuote, type QuoteInterchange } from '@shared/quote';
import { blocksFromPlainText } from '@shared/export';
import { renderBlocks, type BlockContext } from './blocks';
import { BULLET_NUM_ID } from './body';
import { lineName, quoteTables, type QuoteTables } from '@shared/export/document/quote-tables';
import { docFormat, type DocFormat } from '@shared/export/document/format';
import type { DocLabels } from '@shared/export/document/labels';
import { dataTable, keyValueTable, spacer, type Row } from './table-kit';
import { STYLE } from './theme';
import { paragraph, run, type Xml } from './wml';

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
  tables: QuoteTables;
  q: QuoteInterchange;
  c: ComputedQuote;
}

const chapter = (ctx: Ctx, text: string) => ctx.body.headingText(ctx.level, text);
const subheading = (ctx: Ctx, text: string) => ctx.body.headingText((ctx.level + 1) as 2 | 3, text);
const para = (text: string, style?: string) => paragraph({ style }, run(text));

/** The breakdown per section, from the one table mapping the "as sent" screen shows too. */
function breakdown(ctx: Ctx): Xml[] {
  const out: Xml[] = [chapter(ctx, ctx.labels.breakdown)];
  for (const section of ctx.tables.breakdown) {
    out.push(subheading(ctx, section.title));
    if (section.levelNote) out.push(para(section.levelNote, STYLE.note));
    out.push(dataTable(ctx.theme, section.columns, section.rows), spacer());
  }
  return out;
}

function optionalItems(ctx: Ctx): Xml[] {
  const table = ctx.tables.optional;
  if (!table) return [];
  return [
    chapter(ctx, ctx.labels.optionalItems),
    para(ctx.labels.optionalHint, STYLE.note),
    dataTable(ctx.theme, table.columns, table.rows),
    spacer(),
  ];
}

function workload(ctx: Ctx): Xml[] {
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

function marketReference(ctx: Ctx): Xml[] {
  const { q, c, labels, fmt } = ctx;
  const out: Xml[] = [chapter(ctx, labels.marketReference)];
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

function difficulty(ctx: Ctx): Xml[] {
  const { q, c, labels } = ctx;
  const out: Xml[] = [
    chapter(ctx, labels.difficulty),
    paragraph({}, run(labels.difficultyLevel(c.difficultyLevel, c.multiplier), { bold: true })),
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

function qualityAndEffect(ctx: Ctx): Xml[] {
  const text = ctx.q.qualityAndEffect?.trim();
  return [
    chapter(ctx, ctx.labels.qualityAndEffect),
    ...(text ? renderBlocks(blocksFromPlainText(text), ctx) : [para(ctx.labels.noQualityStatement, STYLE.note)]),
  ];
}

function totals(ctx: Ctx): Xml[] {
  const { labels, tables } = ctx;
  const out: Xml[] = [chapter(ctx, labels.totals), keyValueTable(ctx.theme, tables.totals), spacer()];
  if (tables.discountReason) out.push(labelled(labels, labels.discountReason, tables.discountReason));
  if (tables.discountCondition) out.push(labelled(labels, labels.discountCondition, tables.discountCondition));
  return out;
}

function labelled(labels: DocLabels, label: string, text: string): Xml {
  return paragraph({ style: STYLE.note }, run(`${label}${labels.colon}`, { bold: true }) + run(text));
}

/** Cost and margin, for finance only: never called for a client document. */
function finance(ctx: Ctx): Xml[] {
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
    return paragraph(
      { style: 'ListParagraph', numId: BULLET_NUM_ID },
      run(`${quoteFlagMessages[f.code][lang]}${where}`),
    );
  });
  return [
    chapter(ctx, labels.finance),
    keyValueTable(ctx.theme, rows),
    spacer(),
    subheading(ctx, labels.flags),
    ...(flags.length > 0 ? flags : [para(labels.noFlags)]),
  ];
}

export function quoteChapters(part: QuotePartContext): Xml[] {
  const ctx: Ctx = {
    ...part,
    q: part.snapshot.quote,
    c: part.snapshot.computed,
    fmt: docFormat(part.snapshot.language, part.snapshot.quote.currency),
    tables: quoteTables(part.snapshot, { internal: part.internal }),
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
