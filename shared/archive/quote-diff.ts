import * as z from 'zod';
import { localized } from '../i18n/catalog';
import type { LocalizedText } from '../i18n/lang';
import { CURRENCY_CODES } from '../money';
import type { ComputedLine, ComputedQuote, QuoteInterchange, QuoteLine } from '../quote';
import { lineLabel } from './text';

/**
 * Two versions' quotes, line by line: which lines were added or removed, and which changed their
 * quantity, rate or amount; then the totals and the margin. Lines are matched by their `id` where
 * both versions carry one, else by section, kind and name, else by kind and name (a line moved to
 * another section is the same line, moved).
 */
export const lineFiguresSchema = z.object({
  /** Person-days for a labor line (headcount × duration), the quantity for an item; exact decimal text. */
  quantity: z.string(),
  /** Per person-day (labor) or per unit (item), minor units. */
  rate: z.int(),
  /** The line's price as computed when the version was frozen, minor units. */
  amount: z.int(),
  cost: z.int(),
  optional: z.boolean(),
});
export type LineFigures = z.infer<typeof lineFiguresSchema>;

export const LINE_FIELDS = ['quantity', 'rate', 'amount', 'cost', 'optional', 'section'] as const;

export const lineDiffSchema = z.object({
  change: z.enum(['added', 'removed', 'changed', 'same']),
  kind: z.enum(['labor', 'item']),
  label: z.string(),
  section: z.string(),
  before: lineFiguresSchema.nullable(),
  after: lineFiguresSchema.nullable(),
  changed: z.array(z.enum(LINE_FIELDS)),
});
export type LineDiff = z.infer<typeof lineDiffSchema>;

export const TOTAL_FIELDS = ['subtotal', 'discount', 'net', 'tax', 'total', 'cost', 'grossMargin'] as const;

export const quoteDiffSchema = z.object({
  currencyBefore: z.enum(CURRENCY_CODES),
  currencyAfter: z.enum(CURRENCY_CODES),
  lines: z.array(lineDiffSchema),
  totals: z.array(z.object({ field: z.enum(TOTAL_FIELDS), before: z.int(), after: z.int(), delta: z.int() })),
  margin: z.object({
    before: z.string().nullable(),
    after: z.string().nullable(),
    /** Percentage points, one decimal; null when either side has no margin. */
    deltaPoints: z.string().nullable(),
  }),
  discountReasonBefore: z.string().nullable(),
  discountReasonAfter: z.string().nullable(),
});
export type QuoteDiff = z.infer<typeof quoteDiffSchema>;

interface Flat {
  section: string;
  line: QuoteLine;
  figures: LineFigures;
  used: boolean;
}

function figuresOf(line: QuoteLine, computed: ComputedLine | undefined): LineFigures {
  return {
    quantity: line.kind === 'labor' ? (computed?.workload ?? '0') : line.quantity,
    rate: line.kind === 'labor' ? line.rate : line.unitPrice,
    amount: computed?.price ?? 0,
    cost: computed?.cost ?? 0,
    optional: line.optional ?? false,
  };
}

/**
 * A section's agency fee (代理服务费, DOMAIN.md §7) as one more line of the diff, matched by its
 * section (the id), so a change of percent reads as the fee line changing, not as a new line.
 */
/** The diff is one for every reader, so the fee line is named in both languages: 代理服务费 Agency fee 8%. */
const AGENCY_FEE = localized('quoteDiff', 'agencyFee');
const bothWords = (text: LocalizedText) => `${text['zh-CN']} ${text.en}`;

function feeLines(title: string, computed: ComputedQuote['sections'][number] | undefined): Flat[] {
  if (!computed) return [];
  return (
    [
      [computed.agencyFee, false],
      [computed.agencyFeeOptional, true],
    ] as const
  )
    .filter(([fee]) => fee > 0)
    .map(([fee, optional]) => ({
      section: title,
      line: {
        kind: 'item',
        id: `agency-fee:${optional ? 'optional:' : ''}${title}`,
        description: `${bothWords(AGENCY_FEE)} ${computed.agencyFeePercent}%`,
        quantity: '1',
        unitPrice: 0,
        unitCost: 0,
      },
      figures: { quantity: '1', rate: 0, amount: fee, cost: 0, optional },
      used: false,
    }));
}

function flatten(quote: QuoteInterchange, computed: ComputedQuote): Flat[] {
  return quote.sections.flatMap((s, si) => [
    ...s.lines.map((line, li) => ({
      section: s.title,
      line,
      figures: figuresOf(line, computed.sections[si]?.lines[li]),
      used: false,
    })),
    ...feeLines(s.title, computed.sections[si]),
  ]);
}

/** Decimal text compared as numbers: "2.50" and "2.5" are the same quantity. */
const sameQuantity = (a: string, b: string) => Number(a) === Number(b);

function changedFields(b: Flat, a: Flat): LineDiff['changed'] {
  const out: LineDiff['changed'] = [];
  if (!sameQuantity(b.figures.quantity, a.figures.quantity)) out.push('quantity');
  if (b.figures.rate !== a.figures.rate) out.push('rate');
  if (b.figures.amount !== a.figures.amount) out.push('amount');
  if (b.figures.cost !== a.figures.cost) out.push('cost');
  if (b.figures.optional !== a.figures.optional) out.push('optional');
  if (b.section !== a.section) out.push('section');
  return out;
}

function findPartner(before: Flat[], a: Flat): Flat | undefined {
  const free = before.filter((b) => !b.used && b.line.kind === a.line.kind);
  const label = lineLabel(a.line);
  return (
    (a.line.id ? free.find((b) => b.line.id === a.line.id) : undefined) ??
    free.find((b) => b.section === a.section && lineLabel(b.line) === label) ??
    free.find((b) => lineLabel(b.line) === label)
  );
}

function percentPoints(before: string | null, after: string | null): string | null {
  if (before === null || after === null) return null;
  const d = Math.round((Number(after) - Number(before)) * 10) / 10;
  return (d > 0 ? '+' : '') + d.toFixed(1);
}

export function diffQuotes(
  before: { quote: QuoteInterchange; computed: ComputedQuote },
  after: { quote: QuoteInterchange; computed: ComputedQuote },
): QuoteDiff {
  const b = flatten(before.quote, before.computed);
  const a = flatten(after.quote, after.computed);
  const matched: LineDiff[] = a.map((line) => {
    const partner = findPartner(b, line);
    const base = { kind: line.line.kind, label: lineLabel(line.line), section: line.section, after: line.figures };
    if (!partner) return { ...base, change: 'added', before: null, changed: [] };
    partner.used = true;
    const changed = changedFields(partner, line);
    return { ...base, change: changed.length > 0 ? 'changed' : 'same', before: partner.figures, changed };
  });
  // A removed line is shown after the lines of the section it was in (or at the end if that section went too).
  const lines = [...matched];
  for (const gone of b.filter((x) => !x.used)) {
    const removed: LineDiff = {
      change: 'removed',
      kind: gone.line.kind,
      label: lineLabel(gone.line),
      section: gone.section,
      before: gone.figures,
      after: null,
      changed: [],
    };
    const lastOfSection = lines.findLastIndex((l) => l.section === gone.section);
    lines.splice(lastOfSection < 0 ? lines.length : lastOfSection + 1, 0, removed);
  }
  return {
    currencyBefore: before.computed.currency,
    currencyAfter: after.computed.currency,
    lines,
    totals: TOTAL_FIELDS.map((field) => ({
      field,
      before: before.computed[field],
      after: after.computed[field],
      delta: after.computed[field] - before.computed[field],
    })),
    margin: {
      before: before.computed.marginPercent,
      after: after.computed.marginPercent,
      deltaPoints: percentPoints(before.computed.marginPercent, after.computed.marginPercent),
    },
    discountReasonBefore: before.quote.discount?.reason || null,
    discountReasonAfter: after.quote.discount?.reason || null,
  };
}
