import type { EditorLine, EditorQuote, EditorSection, LineMeta, LineMetaMap } from '@shared/contract';
import type { LocalizedText } from '@shared/i18n/lang';
import { formatMoney, type CurrencyCode } from '@shared/money';
import {
  computeQuote,
  createComputeCache,
  isBlank,
  itemLineSchema,
  laborLineSchema,
  moneyInputSchema,
  QUOTE_FORMAT,
  QuoteRangeError,
  quoteMessages,
  quoteSectionSchema,
  type ComputedQuote,
  type QuoteDefaults,
  type QuoteInterchange,
  type QuoteLine,
  type QuoteSection,
} from '@shared/quote';
import { quoteObjectSchema } from '@shared/quote/interchange';
import { validate, type FieldIssue } from '@shared/validation';
import { LINE_CELLS, type LineCell } from './cells';
import { fillText } from '@shared/i18n/fill';

/**
 * From what is typed to what the engine computes. Each cell is checked with the interchange
 * format's own schemas (so the editor and the core refuse the same things in the same words), and
 * a line is converted only when it changed: its result is cached on the line object, which the
 * editor replaces on every edit. A 1,000-line quote therefore re-checks one line per keystroke.
 * Sections are kept the same way (ops.ts keeps an untouched section's identity), and the engine
 * computes with a cache of its own: at 10,000 lines a keystroke converts, checks and computes one
 * line and one section, and re-sums the rest (issue 18).
 */

export type CellErrors = Partial<Record<LineCell, LocalizedText>>;
export type HeaderCell =
  | 'title'
  | 'validUntil'
  | 'taxPercent'
  | 'agencyFeePercent'
  | 'rationale'
  | 'qualityAndEffect'
  | 'discountValue'
  | 'discountReason'
  | 'discountCondition';
export type HeaderErrors = Partial<Record<HeaderCell, LocalizedText>>;

const editorMessages = {
  rateReason: {
    'zh-CN': '单价与岗位价目表（{card}）不同：请写明调整原因',
    en: 'The rate differs from the rate card ({card}): give the reason',
  },
  required: { 'zh-CN': '此项为必填', en: 'This field is required' },
  discountReason: {
    'zh-CN': '请写明折扣原因：价格是签约的主要障碍吗？',
    en: 'Give the reason: is price the main obstacle to signing?',
  },
  discountCondition: {
    'zh-CN': '请写明交换条件：降价要有交换，不是白给',
    en: 'Give the condition: a discount is traded, never given',
  },
  tooLarge: {
    'zh-CN': '金额超出可精确计算的范围，请检查数量和单价',
    en: 'The amount is beyond the exactly computable range; check quantities and rates',
  },
} satisfies Record<string, LocalizedText>;

const moneySchemas = new Map<CurrencyCode, ReturnType<typeof moneyInputSchema>>();
function parseMoney(text: string, currency: CurrencyCode): { minor: number } | { error: LocalizedText } {
  let schema = moneySchemas.get(currency);
  if (!schema) moneySchemas.set(currency, (schema = moneyInputSchema(currency)));
  const r = validate(schema, text);
  return r.ok ? { minor: r.data } : { error: r.issues[0]!.message };
}

/** Interchange field → the cell it is typed in. */
const CELL_OF: Record<string, LineCell> = {
  role: 'name',
  description: 'name',
  headcount: 'qty',
  quantity: 'qty',
  days: 'duration',
  hours: 'duration',
  unit: 'unit',
  rate: 'price',
  unitPrice: 'price',
  costRate: 'cost',
  unitCost: 'cost',
  'market.unitPrice': 'marketPrice',
  'market.source': 'marketSource',
  'market.date': 'marketDate',
  deliverable: 'deliverable',
};

export interface LineResult {
  /** The line for the engine: a cell in error counts as 0 (or no reference), so totals stay live. */
  line: QuoteLine;
  errors: CellErrors | null;
}

const lineCache = new WeakMap<EditorLine, { currency: CurrencyCode; result: LineResult }>();

function convertLine(e: EditorLine, currency: CurrencyCode): LineResult {
  const errors: CellErrors = {};
  const money = (text: string, cell: LineCell): number => {
    const r = parseMoney(text, currency);
    if ('minor' in r) return r.minor;
    errors[cell] = r.error;
    return 0;
  };
  const price = money(e.price, 'price');
  const cost = money(e.cost, 'cost');
  const hasMarket = !isBlank(e.marketPrice) || !isBlank(e.marketSource) || !isBlank(e.marketDate);
  const market = hasMarket
    ? { unitPrice: money(e.marketPrice, 'marketPrice'), source: e.marketSource, date: e.marketDate.trim() }
    : undefined;
  const extras = {
    ...(market ? { market } : {}),
    ...(e.optional ? { optional: true } : {}),
    ...(e.note.trim() ? { note: e.note } : {}),
    ...(e.deliverable?.trim() ? { deliverable: e.deliverable.trim() } : {}),
  };
  const candidate: QuoteLine =
    e.kind === 'labor'
      ? {
          kind: 'labor',
          id: e.key,
          role: e.name,
          headcount: e.headcount.trim(),
          ...(e.durationUnit === 'hours' ? { hours: e.duration.trim() } : { days: e.duration.trim() }),
          rate: price,
          costRate: cost,
          ...extras,
        }
      : {
          kind: 'item',
          id: e.key,
          description: e.name,
          quantity: e.quantity.trim(),
          ...(e.unit.trim() ? { unit: e.unit } : {}),
          unitPrice: price,
          unitCost: cost,
          ...extras,
        };
  const checked = validate(e.kind === 'labor' ? laborLineSchema : itemLineSchema, candidate);
  if (!checked.ok) placeIssues(checked.issues, errors);
  if (
    e.kind === 'labor' &&
    e.meta.cardRate !== null &&
    !errors.price &&
    price !== e.meta.cardRate &&
    isBlank(e.meta.rateReason)
  ) {
    errors.rateReason = fillText(editorMessages.rateReason, { card: formatMoney(e.meta.cardRate, currency, 'en') });
  }
  const hasErrors = Object.keys(errors).length > 0;
  if (!hasErrors) return { line: candidate, errors: null };
  // The engine gets a line it can compute: what is wrong counts as nothing.
  const line = { ...candidate } as QuoteLine & Record<string, unknown>;
  if (errors.qty) line[line.kind === 'labor' ? 'headcount' : 'quantity'] = '0';
  if (errors.duration && line.kind === 'labor') {
    delete line.hours;
    line.days = '0';
  }
  if (errors.marketPrice || errors.marketSource || errors.marketDate) delete line.market;
  return { line, errors };
}

function placeIssues(issues: FieldIssue[], errors: CellErrors): void {
  for (const issue of issues) {
    const cell = CELL_OF[issue.path.join('.')] ?? 'name';
    if (!errors[cell]) errors[cell] = issue.message;
  }
}

/**
 * A line read from a stored quote was validated by the core when it was saved: its interchange
 * form is its result, with no need to check it again. Opening a 1,000-line quote then costs no
 * per-line validation; a line is checked once it is edited (a new object, not in the cache).
 */
export function trustStoredLine(e: EditorLine, stored: QuoteLine, currency: CurrencyCode): void {
  lineCache.set(e, {
    currency,
    result: { line: stored.id === e.key ? stored : { ...stored, id: e.key }, errors: null },
  });
}

export function lineResult(e: EditorLine, currency: CurrencyCode): LineResult {
  const cached = lineCache.get(e);
  if (cached && cached.currency === currency) return cached.result;
  const result = convertLine(e, currency);
  lineCache.set(e, { currency, result });
  return result;
}

const sectionTitleCache = new Map<string, LocalizedText | null>();
function sectionTitleError(title: string): LocalizedText | null {
  let error = sectionTitleCache.get(title);
  if (error === undefined) {
    const r = validate(quoteSectionSchema, { title, lines: [] });
    error = r.ok ? null : (r.issues[0]?.message ?? null);
    if (sectionTitleCache.size > 500) sectionTitleCache.clear();
    sectionTitleCache.set(title, error);
  }
  return error;
}

/** A section's agency fee override checked by the format's own field (0–100, two places). */
function sectionFeeError(percent: string): LocalizedText | null {
  const r = validate(quoteSectionSchema, { title: 'x', agencyFeePercent: percent, lines: [] });
  return r.ok ? null : (r.issues[0]?.message ?? null);
}

type Header = Omit<QuoteInterchange, 'sections'>;

const HEADER_CELL_OF: Record<string, HeaderCell> = {
  title: 'title',
  validUntil: 'validUntil',
  taxPercent: 'taxPercent',
  agencyFeePercent: 'agencyFeePercent',
  'difficulty.rationale': 'rationale',
  qualityAndEffect: 'qualityAndEffect',
  'discount.percent': 'discountValue',
  'discount.amount': 'discountValue',
  'discount.reason': 'discountReason',
  'discount.condition': 'discountCondition',
};

function convertHeader(q: EditorQuote): { header: Header; errors: HeaderErrors } {
  const errors: HeaderErrors = {};
  let discount: QuoteInterchange['discount'];
  if (q.discountMode !== 'none') {
    const rest = { reason: q.discountReason, condition: q.discountCondition };
    if (q.discountMode === 'amount') {
      const r = parseMoney(q.discountValue, q.currency);
      if ('minor' in r) discount = { amount: r.minor, ...rest };
      else errors.discountValue = r.error;
    } else discount = { percent: q.discountValue.trim(), ...rest };
    // 降价的原则: traded, never given — the editor asks for both before it saves.
    if (isBlank(q.discountReason)) errors.discountReason = editorMessages.discountReason;
    if (isBlank(q.discountCondition)) errors.discountCondition = editorMessages.discountCondition;
  }
  const header: Header = {
    format: QUOTE_FORMAT,
    title: q.title,
    currency: q.currency,
    ...(q.validUntil.trim() ? { validUntil: q.validUntil.trim() } : {}),
    difficulty: { level: Number(q.difficultyLevel), rationale: q.rationale },
    ...q.carried,
    taxPercent: q.taxPercent.trim() || '0',
    ...(q.agencyFeePercent?.trim() ? { agencyFeePercent: q.agencyFeePercent.trim() } : {}),
    ...(discount ? { discount } : {}),
    ...(q.qualityAndEffect.trim() ? { qualityAndEffect: q.qualityAndEffect } : {}),
  };
  const checked = validate(quoteObjectSchema, { ...header, sections: [] });
  if (!checked.ok)
    for (const issue of checked.issues) {
      const cell = HEADER_CELL_OF[issue.path.join('.')];
      if (cell && !errors[cell]) errors[cell] = issue.message;
    }
  // What the engine gets: invalid settings count as none.
  if (errors.taxPercent) header.taxPercent = '0';
  if (errors.agencyFeePercent) delete header.agencyFeePercent;
  if (errors.validUntil) delete header.validUntil;
  if (errors.discountValue) delete header.discount;
  return { header, errors };
}

export interface ErrorTarget {
  lineKey?: string;
  cell?: LineCell;
  sectionKey?: string;
  header?: HeaderCell;
}

export interface BuiltQuote {
  /** Valid (and what is saved) exactly when errorCount is 0. */
  document: QuoteInterchange;
  lineMeta: LineMetaMap;
  computed: ComputedQuote | null;
  lineErrors: Map<string, CellErrors>;
  sectionErrors: Map<string, LocalizedText>;
  headerErrors: HeaderErrors;
  errorCount: number;
  firstError: ErrorTarget | null;
}

/** One section converted: its document form, and its lines' errors and metadata. */
interface SectionBuild {
  section: QuoteSection;
  titleError: LocalizedText | null;
  lineErrors: [key: string, errors: CellErrors][];
  errorCount: number;
  firstError: ErrorTarget | null;
  lineMeta: [key: string, meta: LineMeta][];
}

const sectionCache = new WeakMap<EditorSection, { currency: CurrencyCode; build: SectionBuild }>();

function convertSection(s: EditorSection, currency: CurrencyCode): SectionBuild {
  const fee = s.agencyFeePercent?.trim() ?? '';
  const titleError = sectionTitleError(s.title) ?? (fee ? sectionFeeError(fee) : null);
  const lineErrors: SectionBuild['lineErrors'] = [];
  const lineMeta: SectionBuild['lineMeta'] = [];
  let errorCount = titleError ? 1 : 0;
  let firstError: ErrorTarget | null = titleError ? { sectionKey: s.key } : null;
  const lines = s.lines.map((e) => {
    const r = lineResult(e, currency);
    if (r.errors) {
      lineErrors.push([e.key, r.errors]);
      errorCount += Object.keys(r.errors).length;
      firstError ??= { lineKey: e.key, cell: LINE_CELLS.find((c) => r.errors![c]) ?? 'name' };
    }
    const m = e.meta;
    if (m.rateCardRoleId !== null || m.marketReferenceId !== null || m.rateReason.trim() !== '')
      lineMeta.push([e.key, m]);
    return r.line;
  });
  const section: QuoteSection = {
    title: s.title,
    ...(s.difficultyLevel ? { difficultyLevel: Number(s.difficultyLevel) } : {}),
    // An invalid override is reported on the section and left out of the figures.
    ...(fee && !sectionFeeError(fee) ? { agencyFeePercent: fee } : {}),
    lines,
  };
  return { section, titleError, lineErrors, errorCount, firstError, lineMeta };
}

function sectionBuild(s: EditorSection, currency: CurrencyCode): SectionBuild {
  const cached = sectionCache.get(s);
  if (cached && cached.currency === currency) return cached.build;
  const build = convertSection(s, currency);
  sectionCache.set(s, { currency, build });
  return build;
}

/** The engine's figures kept between keystrokes: keyed by the (cached) document sections and lines. */
const computeCache = createComputeCache();

/** The whole quote: document, per-cell errors, and the engine's figures for it. */
export function buildQuote(q: EditorQuote, defaults: QuoteDefaults, today: string): BuiltQuote {
  const { header, errors: headerErrors } = convertHeader(q);
  const lineErrors = new Map<string, CellErrors>();
  const sectionErrors = new Map<string, LocalizedText>();
  const lineMeta: LineMetaMap = {};
  let firstError: ErrorTarget | null = null;
  let errorCount = Object.keys(headerErrors).length;
  if (errorCount > 0) firstError = { header: Object.keys(headerErrors)[0] as HeaderCell };
  const sections = q.sections.map((s) => {
    const b = sectionBuild(s, q.currency);
    if (b.titleError) sectionErrors.set(s.key, b.titleError);
    for (const [key, errors] of b.lineErrors) lineErrors.set(key, errors);
    for (const [key, meta] of b.lineMeta) lineMeta[key] = meta;
    errorCount += b.errorCount;
    firstError ??= b.firstError;
    return b.section;
  });
  const document: QuoteInterchange = { ...header, sections };
  let computed: ComputedQuote | null = null;
  try {
    computed = computeQuote(document, { defaults, today, cache: computeCache });
  } catch (error) {
    if (!(error instanceof QuoteRangeError)) throw error;
    const [, s, , l] = error.path;
    const lineKey = typeof s === 'number' && typeof l === 'number' ? q.sections[s]?.lines[l]?.key : undefined;
    if (lineKey) lineErrors.set(lineKey, { ...lineErrors.get(lineKey), qty: editorMessages.tooLarge });
    else headerErrors.discountValue = editorMessages.tooLarge;
    errorCount++;
    firstError ??= lineKey ? { lineKey, cell: 'qty' } : { header: 'discountValue' };
  }
  const amount = document.discount?.amount;
  if (computed && amount !== undefined && amount > computed.subtotal) {
    const m = (minor: number) => formatMoney(minor, q.currency, 'en', 'code').replace(/\s/g, ' ');
    headerErrors.discountValue = fillText(quoteMessages['quote.discount_over_subtotal'], {
      amount: m(amount),
      subtotal: m(computed.subtotal),
    });
    errorCount++;
    firstError ??= { header: 'discountValue' };
  }
  return { document, lineMeta, computed, lineErrors, sectionErrors, headerErrors, errorCount, firstError };
}
