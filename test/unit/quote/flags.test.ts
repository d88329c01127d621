import { describe, expect, it } from 'vitest';
import {
  computeQuote,
  QUOTE_FLAG_CODES,
  quoteFlagMessages,
  type QuoteFlag,
  type QuoteInterchange,
  type QuoteLine,
} from '@shared/quote';

const item = (unitPrice: number, unitCost: number, extra: Record<string, unknown> = {}): QuoteLine =>
  ({ kind: 'item', description: '物料', quantity: '1', unitPrice, unitCost, ...extra }) as QuoteLine;
const labor = (rate: number, extra: Record<string, unknown> = {}): QuoteLine =>
  ({ kind: 'labor', role: '策划', headcount: '1', days: '1', rate, costRate: 0, ...extra }) as QuoteLine;
const ref = (unitPrice: number, date = '2026-03-01') => ({ market: { unitPrice, source: '行业报告', date } });

function quote(lines: QuoteLine[], extra: Partial<QuoteInterchange> = {}): QuoteInterchange {
  return {
    format: 'workbench.quote/1',
    title: 't',
    currency: 'CNY',
    difficulty: { level: 2 },
    marginFloorPercent: '0',
    sections: [{ title: 's', lines }],
    ...extra,
  };
}
const flagsOf = (q: QuoteInterchange, today?: string): QuoteFlag[] =>
  computeQuote(q, today === undefined ? {} : { today }).flags;
const codes = (q: QuoteInterchange, today?: string) => flagsOf(q, today).map((f) => f.code);

describe('below_margin_floor', () => {
  it('is raised under the floor, exactly — 29.999% shows as 30.0 but is under 30%', () => {
    const q = quote([item(100000, 70001)], { marginFloorPercent: '30' });
    expect(computeQuote(q).marginPercent).toBe('30.0');
    expect(flagsOf(q)).toContainEqual({ code: 'below_margin_floor', severity: 'warning' });
  });
  it('is not raised at the floor or above', () => {
    expect(codes(quote([item(100000, 70000)], { marginFloorPercent: '30' }))).not.toContain('below_margin_floor');
    expect(codes(quote([item(100000, 10000)]))).not.toContain('below_margin_floor');
  });
  it('uses the built-in 30% floor when neither quote nor workspace sets one', () => {
    const { marginFloorPercent: _, ...q } = quote([item(100000, 75000)]);
    expect(codes(q as QuoteInterchange)).toContain('below_margin_floor');
  });
});

describe('below_cost', () => {
  it('is an error when net is below cost, after the discount', () => {
    const q = quote([item(100000, 95000)], { discount: { percent: '10', reason: 'r', condition: 'c' } });
    expect(flagsOf(q)).toContainEqual({ code: 'below_cost', severity: 'error' });
  });
  it('is not raised at cost', () => {
    expect(codes(quote([item(100000, 100000)]))).not.toContain('below_cost');
  });
});

describe('free_line_with_cost and line_below_cost', () => {
  it('points at a free line that has a cost, with its id', () => {
    const q = quote([item(100, 0), item(0, 500, { id: 'L-2' })]);
    expect(flagsOf(q)).toContainEqual({
      code: 'free_line_with_cost',
      severity: 'warning',
      sectionIndex: 0,
      lineIndex: 1,
      lineId: 'L-2',
    });
  });
  it('is not raised for a free line without cost', () => {
    expect(codes(quote([item(0, 0)]))).toEqual([]);
  });
  it('line_below_cost for a priced line under its cost', () => {
    expect(flagsOf(quote([item(400, 500), item(600, 500)]))).toContainEqual({
      code: 'line_below_cost',
      severity: 'warning',
      sectionIndex: 0,
      lineIndex: 0,
    });
    expect(codes(quote([item(500, 500)]))).not.toContain('line_below_cost');
  });
});

describe('difficulty_without_rationale', () => {
  it('is raised for a quote level above 2 without a rationale (blank counts as none)', () => {
    expect(flagsOf(quote([], { difficulty: { level: 3 } }))).toContainEqual({
      code: 'difficulty_without_rationale',
      severity: 'warning',
    });
    expect(codes(quote([], { difficulty: { level: 5, rationale: '   ' } }))).toContain('difficulty_without_rationale');
  });
  it('is not raised with a rationale, or at level 2 and below', () => {
    expect(codes(quote([], { difficulty: { level: 4, rationale: '三方审批' } }))).toEqual([]);
    expect(codes(quote([], { difficulty: { level: 2 } }))).toEqual([]);
    expect(codes(quote([], { difficulty: { level: 1 } }))).toEqual([]);
  });
  it('is raised for a section override above 2 when the quote has no rationale', () => {
    const q = quote([], {
      difficulty: { level: 1 },
      sections: [
        { title: 'a', lines: [] },
        { title: 'b', difficultyLevel: 4, lines: [] },
      ],
    });
    expect(flagsOf(q)).toEqual([{ code: 'difficulty_without_rationale', severity: 'warning', sectionIndex: 1 }]);
    const explained = { ...q, difficulty: { level: 1, rationale: '执行阶段工期紧' } };
    expect(codes(explained)).toEqual([]);
    const low = quote([], { difficulty: { level: 1 }, sections: [{ title: 'b', difficultyLevel: 2, lines: [] }] });
    expect(codes(low)).toEqual([]);
  });
});

describe('stale_market_reference', () => {
  const q = quote([item(100, 0, ref(100, '2025-06-15'))]);
  it('is raised for a reference older than 12 months before today', () => {
    expect(flagsOf(q, '2026-06-16')).toContainEqual({
      code: 'stale_market_reference',
      severity: 'warning',
      sectionIndex: 0,
      lineIndex: 0,
    });
  });
  it('is not raised at exactly 12 months, nor without today', () => {
    expect(codes(q, '2026-06-15')).not.toContain('stale_market_reference');
    expect(codes(q)).not.toContain('stale_market_reference');
  });
  it('handles 29 February', () => {
    const leap = quote([item(100, 0, ref(100, '2027-02-28'))]);
    expect(codes(leap, '2028-02-29')).toContain('stale_market_reference');
    expect(codes(quote([item(100, 0, ref(100, '2027-03-01'))]), '2028-02-29')).not.toContain('stale_market_reference');
  });
});

describe('discount_without_condition / discount_without_reason', () => {
  it('are raised for a discount lacking them', () => {
    const q = quote([item(1000, 0)], { discount: { percent: '5' } });
    expect(flagsOf(q)).toEqual(
      expect.arrayContaining([
        { code: 'discount_without_condition', severity: 'warning' },
        { code: 'discount_without_reason', severity: 'warning' },
      ]),
    );
    expect(codes(quote([item(1000, 0)], { discount: { amount: 10, reason: '老客户', condition: '  ' } }))).toEqual([
      'discount_without_condition',
    ]);
  });
  it('are not raised with both, or for a zero discount', () => {
    expect(
      codes(quote([item(1000, 0)], { discount: { percent: '5', reason: '老客户', condition: '签年度框架' } })),
    ).toEqual([]);
    expect(codes(quote([item(1000, 0)], { discount: { percent: '0' } }))).toEqual([]);
  });
  it('count a discount that only applies to the options', () => {
    const q = quote([item(0, 0), item(1000, 0, { optional: true })], { discount: { percent: '5' } });
    expect(codes(q)).toContain('discount_without_condition');
  });
});

describe('market_gap_unexplained: deviation > multiplier − 1', () => {
  it('is raised when our rate is above market beyond what the level explains', () => {
    const q = quote([labor(280000, ref(250000))], { difficulty: { level: 4, rationale: 'r' } });
    expect(computeQuote(q).sections[0]!.lines[0]!.deviationPercent).toBe('45.6'); // > 30%
    expect(flagsOf(q)).toContainEqual({
      code: 'market_gap_unexplained',
      severity: 'warning',
      sectionIndex: 0,
      lineIndex: 0,
    });
  });
  it('is not raised when the gap is exactly the multiplier', () => {
    const q = quote([labor(250000, ref(250000))], { difficulty: { level: 4, rationale: 'r' } });
    expect(computeQuote(q).sections[0]!.lines[0]!.deviationPercent).toBe('30.0');
    expect(codes(q)).toEqual([]);
  });
  it('is not raised for a price under the market total', () => {
    const q = quote([labor(260000, ref(250000))], { difficulty: { level: 1 } }); // 234,000 < 250,000
    expect(codes(q)).toEqual([]);
  });
  it('applies to items with no multiplier to explain anything', () => {
    expect(codes(quote([item(1001, 0, ref(1000))]))).toEqual(['market_gap_unexplained']);
    expect(codes(quote([item(1000, 0, ref(1000))]))).toEqual([]);
  });
});

describe('validity_expired and discount_exceeds_subtotal', () => {
  it('validity_expired after validUntil, given today', () => {
    const q = quote([item(1, 0)], { validUntil: '2026-05-31' });
    expect(codes(q, '2026-06-01')).toEqual(['validity_expired']);
    expect(codes(q, '2026-05-31')).toEqual([]);
  });
  it('discount_exceeds_subtotal is an error, and the discount is capped', () => {
    const r = computeQuote(quote([item(1000, 0)], { discount: { amount: 5000, reason: 'r', condition: 'c' } }));
    expect(r.flags).toContainEqual({ code: 'discount_exceeds_subtotal', severity: 'error' });
    expect(r).toMatchObject({ discount: 1000, net: 0 });
  });
});

describe('flag texts', () => {
  it('every flag has words in both languages', () => {
    for (const code of QUOTE_FLAG_CODES) {
      expect(quoteFlagMessages[code]['zh-CN'].length, code).toBeGreaterThan(3);
      expect(quoteFlagMessages[code].en.length, code).toBeGreaterThan(3);
    }
  });
});
