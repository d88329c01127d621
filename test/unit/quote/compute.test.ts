import { describe, expect, it } from 'vitest';
import {
  computedQuoteSchema,
  computeQuote,
  parseQuoteJson,
  QuoteRangeError,
  type QuoteInterchange,
  type QuoteLine,
} from '@shared/quote';

const labor = (
  role: string,
  headcount: string,
  duration: { days: string } | { hours: string },
  rate: number,
  costRate: number,
): QuoteLine => ({
  kind: 'labor',
  role,
  headcount,
  ...duration,
  rate,
  costRate,
});
const item = (quantity: string, unitPrice: number, unitCost: number, extra: Partial<QuoteLine> = {}): QuoteLine =>
  ({ kind: 'item', description: '场地租赁', quantity, unitPrice, unitCost, ...extra }) as QuoteLine;

function quote(lines: QuoteLine[], extra: Partial<QuoteInterchange> = {}): QuoteInterchange {
  return {
    format: 'workbench.quote/1',
    title: '测试报价',
    currency: 'CNY',
    difficulty: { level: 2 },
    sections: [{ title: '策划', lines }],
    ...extra,
  };
}

describe('DOMAIN.md §1 worked example, to the fen', () => {
  const worked = quote(
    [
      labor('高级策划', '2', { days: '3.5' }, 280000, 150000),
      labor('设计师', '1', { days: '2.25' }, 166667, 90000),
      item('1', 1234567, 1100000, { unit: '场' }),
    ],
    {
      difficulty: { level: 3, rationale: '两周工期，三方审批' },
      taxPercent: '6',
      discount: { percent: '5', reason: '长期客户', condition: '签年度框架' },
    },
  );
  const result = computeQuote(worked);

  it('prices every line', () => {
    const [planner, designer, venue] = result.sections[0]!.lines;
    expect(planner).toMatchObject({ workload: '7', price: 2254000, cost: 1050000 });
    expect(designer).toMatchObject({ workload: '2.25', price: 431251, cost: 202500 });
    expect(venue).toMatchObject({ workload: null, price: 1234567, cost: 1100000 });
  });
  it('totals the quote', () => {
    expect(result).toMatchObject({
      subtotal: 3919818,
      discount: 195991,
      net: 3723827,
      tax: 223430,
      total: 3947257,
      cost: 2352500,
      grossMargin: 1371327,
      marginPercent: '36.8',
      difficultyLevel: 3,
      multiplier: '1.15',
    });
    expect(result.sections[0]).toMatchObject({ price: 3919818, cost: 2352500, difficultyLevel: 3, multiplier: '1.15' });
  });
  it('gives workload by role and no flags', () => {
    expect(result.workloadByRole).toEqual({
      高级策划: { personDays: '7', headcount: '2' },
      设计师: { personDays: '2.25', headcount: '1' },
    });
    expect(result.totalPersonDays).toBe('9.25');
    expect(result.flags).toEqual([]);
  });
  it('matches the result schema', () => {
    expect(computedQuoteSchema.safeParse(result).success).toBe(true);
  });
  it('a 12.5% discount is exact basis points', () => {
    const r = computeQuote({ ...worked, discount: { percent: '12.5', reason: 'r', condition: 'c' } });
    expect(r.discount).toBe(489977); // 3,919,818 × 0.125 = 489,977.25
    expect(r.net).toBe(3919818 - 489977);
  });
});

describe('DOMAIN.md §6 sample, as written', () => {
  const sample = `{
  "format": "workbench.quote/1",
  "title": "2027 品牌发布会",
  "currency": "CNY",
  "difficulty": { "level": 3, "rationale": "两周工期，三方审批" },
  "difficultyMultipliers": { "1": "0.90", "2": "1.00", "3": "1.15", "4": "1.30", "5": "1.50" },
  "hoursPerDay": "8",
  "taxPercent": "6",
  "marginFloorPercent": "30",
  "discount": { "percent": "5", "reason": "…", "condition": "…" },
  "sections": [
    { "title": "策划", "difficultyLevel": 4,
      "lines": [
        { "kind": "labor", "role": "高级策划", "headcount": "2", "days": "3.5",
          "rate": 280000, "costRate": 150000,
          "market": { "unitPrice": 250000, "source": "2026 行业薪酬报告", "date": "2026-03-01" } },
        { "kind": "labor", "role": "设计师", "headcount": "1", "hours": "18",
          "rate": 166667, "costRate": 90000 },
        { "kind": "item", "description": "场地租赁", "quantity": "1", "unit": "场",
          "unitPrice": 1234567, "unitCost": 1100000 }
      ] }
  ]
}`;
  const parsed = parseQuoteJson(sample);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const result = computeQuote(parsed.data);

  it('prices the section at its override, level 4 = 1.30', () => {
    const section = result.sections[0]!;
    expect(section).toMatchObject({ difficultyLevel: 4, multiplier: '1.30' });
    expect(section.lines[0]).toMatchObject({
      workload: '7',
      price: 2548000,
      cost: 1050000,
      marketTotal: 1750000,
      deviationPercent: '45.6',
    });
    // 18 h at 8 h/day = 2.25 person-days; round(2.25 × 166,667 × 1.30) = round(487,500.975)
    expect(section.lines[1]).toMatchObject({
      workload: '2.25',
      price: 487501,
      cost: 202500,
      marketTotal: null,
      deviationPercent: null,
    });
    expect(section.lines[2]).toMatchObject({ price: 1234567, cost: 1100000 }); // difficulty never applies to items
    expect(section).toMatchObject({
      price: 4270068,
      cost: 2352500,
      marketTotal: 1750000,
      marketComparedPrice: 2548000,
      deviationPercent: '45.6',
    });
  });
  it('totals the quote', () => {
    expect(result).toMatchObject({
      subtotal: 4270068,
      discount: 213503, // 213,503.4
      net: 4056565,
      tax: 243394, // 243,393.9
      total: 4299959,
      cost: 2352500,
      grossMargin: 1704065,
      marginPercent: '42.0',
      marketTotal: 1750000,
      deviationPercent: '45.6',
      difficultyLevel: 3,
      multiplier: '1.15',
    });
  });
  it('flags the planner rate above market beyond what level 4 explains', () => {
    expect(result.flags).toEqual([
      { code: 'market_gap_unexplained', severity: 'warning', sectionIndex: 0, lineIndex: 0 },
    ]);
  });
  it('flags the 2026-03-01 reference as stale only more than 12 months later', () => {
    const codes = (today: string) => computeQuote(parsed.data, { today }).flags.map((f) => f.code);
    expect(codes('2027-03-01')).not.toContain('stale_market_reference');
    expect(codes('2027-03-02')).toContain('stale_market_reference');
  });
});

describe('JPY: no minor digits', () => {
  it('rounds to the yen', () => {
    const r = computeQuote(
      quote([item('1.5', 1001, 700), labor('策划', '1', { days: '1' }, 10001, 5000)], {
        currency: 'JPY',
        difficulty: { level: 3, rationale: 'r' },
        taxPercent: '10',
        discount: { percent: '12.5', reason: 'r', condition: 'c' },
      }),
    );
    expect(r.sections[0]!.lines.map((l) => l.price)).toEqual([1502, 11501]); // 1,501.5 → 1,502; 11,501.15 → 11,501
    expect(r.subtotal).toBe(13003);
    expect(r.discount).toBe(1625); // 1,625.375
    expect(r.net).toBe(11378);
    expect(r.tax).toBe(1138); // 1,137.8
    expect(r.total).toBe(12516);
    expect(r.currency).toBe('JPY');
  });
});

describe('half away from zero, where a half can occur', () => {
  it('rounds line prices, discounts and taxes up at exactly .5', () => {
    const r = computeQuote(
      quote([item('0.5', 3, 0), item('0.5', 5, 0)], { discount: { percent: '12.5', reason: 'r', condition: 'c' } }),
    );
    expect(r.sections[0]!.lines.map((l) => l.price)).toEqual([2, 3]); // 1.5 → 2, 2.5 → 3 (not banker's 2)
    expect(r.subtotal).toBe(5);
    expect(r.discount).toBe(1); // 0.625 → 1
    const tax = computeQuote(quote([item('1', 10, 0)], { taxPercent: '5' }));
    expect(tax.tax).toBe(1); // 0.5 → 1
  });
  it('rounds negative percents away from zero too, and never prints -0.0', () => {
    // margin −1 / 2,000 = −0.05% → −0.1; +1 / 2,000 = +0.05% → 0.1
    expect(computeQuote(quote([item('1', 2000, 2001)])).marginPercent).toBe('-0.1');
    expect(computeQuote(quote([item('1', 2000, 1999)])).marginPercent).toBe('0.1');
    const deviation = (price: number, market: number) =>
      computeQuote(quote([item('1', price, 0, { market: { unitPrice: market, source: 's', date: '2026-01-01' } })]))
        .sections[0]!.lines[0]!.deviationPercent;
    expect(deviation(1999, 2000)).toBe('-0.1'); // −0.05%
    expect(deviation(2001, 2000)).toBe('0.1'); // +0.05%
    expect(deviation(2499, 2500)).toBe('0.0'); // −0.04% → 0.0, not -0.0
  });
});

describe('hours at a non-default hours-per-day', () => {
  it('converts hours at 7.5 h/day from the exact rational, rounding once', () => {
    const r = computeQuote(
      quote([labor('文案', '1', { hours: '10' }, 100001, 90000), labor('文案', '3', { hours: '5' }, 100000, 50000)], {
        hoursPerDay: '7.5',
      }),
    );
    const [a, b] = r.sections[0]!.lines;
    // 10 h / 7.5 = 1.333… person-days: round(4/3 × 100,001) = round(133,334.67) = 133,335
    expect(a).toMatchObject({ workload: '1.333', price: 133335, cost: 120000 });
    // a rounded workload would have given round(1.333 × 100,001) = 133,301
    expect(b).toMatchObject({ workload: '2', price: 200000, cost: 100000 });
    expect(r.workloadByRole['文案']).toEqual({ personDays: '3.333', headcount: '3' });
  });
  it('sums exact workloads per role before rounding', () => {
    const r = computeQuote(
      quote([labor('文案', '1', { hours: '5' }, 1, 0), labor('文案', '1', { hours: '5' }, 1, 0)], {
        hoursPerDay: '7.5',
      }),
    );
    expect(r.sections[0]!.lines.map((l) => l.workload)).toEqual(['0.667', '0.667']);
    expect(r.workloadByRole['文案']!.personDays).toBe('1.333'); // not 1.334
  });
  it('falls back to the workspace default hours-per-day', () => {
    const q = quote([labor('文案', '1', { hours: '15' }, 300000, 0)]);
    expect(computeQuote(q).sections[0]!.lines[0]!.workload).toBe('1.875'); // built-in 8 h
    const defaults = {
      difficultyMultipliers: { '1': '0.90', '2': '1.00', '3': '1.15', '4': '1.30', '5': '1.50' },
      hoursPerDay: '7.5',
      taxPercent: '6',
      marginFloorPercent: '30',
    };
    const r = computeQuote(q, { defaults });
    expect(r.sections[0]!.lines[0]).toMatchObject({ workload: '2', price: 600000 });
    expect(r.settings.hoursPerDay).toBe('7.5');
    expect(r.tax).toBe(36000);
    // the quote's own setting wins over the workspace's
    expect(computeQuote({ ...q, hoursPerDay: '10' }, { defaults }).sections[0]!.lines[0]!.workload).toBe('1.5');
  });
});

describe('difficulty levels and section overrides', () => {
  const sections = (): QuoteInterchange['sections'] => [
    { title: '策划', lines: [labor('策划', '1', { days: '1' }, 100000, 0), item('1', 100000, 0)] },
    { title: '执行', difficultyLevel: 5, lines: [labor('策划', '1', { days: '1' }, 100000, 0), item('1', 100000, 0)] },
  ];
  it('applies the override to that section’s labor lines only', () => {
    const r = computeQuote(quote([], { difficulty: { level: 3, rationale: 'r' }, sections: sections() }));
    expect(r.sections.map((s) => s.lines.map((l) => l.price))).toEqual([
      [115000, 100000],
      [150000, 100000],
    ]);
    expect(r.sections.map((s) => [s.difficultyLevel, s.multiplier])).toEqual([
      [3, '1.15'],
      [5, '1.50'],
    ]);
  });
  it('uses the quote’s own multipliers when it carries them', () => {
    const r = computeQuote(
      quote([], {
        difficulty: { level: 3, rationale: 'r' },
        difficultyMultipliers: { '1': '0.8', '2': '1', '3': '1.2', '4': '1.4', '5': '1.755' },
        sections: sections(),
      }),
    );
    expect(r.sections.map((s) => s.lines[0]!.price)).toEqual([120000, 175500]);
    expect(r.sections[1]!.multiplier).toBe('1.755');
  });
  it('level 1 lowers labor below the plain rate', () => {
    expect(
      computeQuote(quote([labor('策划', '1', { days: '1' }, 100000, 0)], { difficulty: { level: 1 } })).subtotal,
    ).toBe(90000);
  });
});

describe('market reference totals and deviation', () => {
  const ref = (unitPrice: number) => ({ unitPrice, source: '2026 行业报告', date: '2026-03-01' });
  it('sums only the lines with a reference, per section and quote', () => {
    const r = computeQuote(
      quote([], {
        sections: [
          {
            title: 'A',
            lines: [{ ...labor('策划', '2', { days: '1' }, 110000, 0), market: ref(100000) }, item('1', 50000, 0)],
          },
          { title: 'B', lines: [item('2', 30000, 0, { market: ref(40000) })] },
          { title: 'C', lines: [item('1', 10, 0)] },
        ],
      }),
    );
    expect(r.sections[0]).toMatchObject({
      price: 270000,
      marketTotal: 200000,
      marketComparedPrice: 220000,
      deviationPercent: '10.0',
    });
    expect(r.sections[1]).toMatchObject({ marketTotal: 80000, marketComparedPrice: 60000, deviationPercent: '-25.0' });
    expect(r.sections[2]).toMatchObject({ marketTotal: null, marketComparedPrice: null, deviationPercent: null });
    // (220,000 + 60,000 − 280,000) / 280,000 = 0
    expect(r).toMatchObject({ marketTotal: 280000, marketComparedPrice: 280000, deviationPercent: '0.0' });
  });
  it('has no market figures without references, and no deviation against a zero market', () => {
    expect(computeQuote(quote([item('1', 5, 0)]))).toMatchObject({ marketTotal: null, deviationPercent: null });
    const zero = computeQuote(quote([item('1', 5, 0, { market: ref(0) })]));
    expect(zero.sections[0]!.lines[0]).toMatchObject({ marketTotal: 0, deviationPercent: null });
    expect(zero).toMatchObject({ marketTotal: 0, deviationPercent: null });
  });
  it('market total takes no difficulty multiplier', () => {
    const r = computeQuote(
      quote([{ ...labor('策划', '1', { days: '1' }, 100000, 0), market: ref(100000) }], {
        difficulty: { level: 5, rationale: 'r' },
      }),
    );
    expect(r.sections[0]!.lines[0]).toMatchObject({ price: 150000, marketTotal: 100000, deviationPercent: '50.0' });
  });
});

describe('workload by role', () => {
  it('gives person-days and the largest headcount per role, over non-optional labor lines', () => {
    const r = computeQuote(
      quote([], {
        sections: [
          { title: 'A', lines: [labor('策划', '2', { days: '3' }, 1, 0), labor(' 设计师 ', '1', { days: '2' }, 1, 0)] },
          {
            title: 'B',
            lines: [
              labor('策划', '1', { days: '4' }, 1, 0),
              labor('设计师', '3', { hours: '4' }, 1, 0),
              { ...labor('摄影', '5', { days: '1' }, 1, 0), optional: true },
            ],
          },
        ],
      }),
    );
    expect(r.workloadByRole).toEqual({
      策划: { personDays: '10', headcount: '2' },
      设计师: { personDays: '3.5', headcount: '3' },
    });
    expect(r.totalPersonDays).toBe('13.5');
  });
  it('keeps a role named __proto__ as a role', () => {
    const r = computeQuote(quote([labor('__proto__', '1', { days: '1' }, 1, 0)]));
    expect(Object.keys(r.workloadByRole)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(r.workloadByRole)).toBe(Object.prototype);
  });
});

describe('optional lines (可选项)', () => {
  const lines = [
    item('1', 100000, 60000),
    item('1', 50000, 20000, { optional: true }),
    { ...labor('摄影', '1', { days: '1' }, 80000, 40000), optional: true },
  ];
  it('are priced but left out of subtotal, cost, market and workload', () => {
    const r = computeQuote(quote(lines, { taxPercent: '6', discount: { percent: '10', reason: 'r', condition: 'c' } }));
    expect(r.sections[0]!.lines.map((l) => [l.optional, l.price])).toEqual([
      [false, 100000],
      [true, 50000],
      [true, 80000],
    ]);
    expect(r.sections[0]).toMatchObject({ price: 100000, cost: 60000, optionalPrice: 130000 });
    expect(r).toMatchObject({
      subtotal: 100000,
      discount: 10000,
      net: 90000,
      tax: 5400,
      total: 95400,
      cost: 60000,
      grossMargin: 30000,
    });
    expect(r.workloadByRole).toEqual({});
    expect(r.optionalTotals).toEqual({
      optionsPrice: 130000,
      optionsCost: 60000,
      subtotalWithOptions: 230000,
      discountWithOptions: 23000, // the percent applies to the larger subtotal
      netWithOptions: 207000,
      taxWithOptions: 12420,
      totalWithOptions: 219420,
      costWithOptions: 120000,
      grossMarginWithOptions: 87000,
      marginPercentWithOptions: '42.0',
    });
  });
  it('keep an amount discount the same amount', () => {
    const r = computeQuote(quote(lines, { discount: { amount: 20000, reason: 'r', condition: 'c' } }));
    expect(r.discount).toBe(20000);
    expect(r.optionalTotals).toMatchObject({
      discountWithOptions: 20000,
      netWithOptions: 210000,
      totalWithOptions: 210000,
    });
  });
  it('equal the base figures when there are none', () => {
    const r = computeQuote(quote([item('1', 100, 0)], { taxPercent: '6' }));
    expect(r.optionalTotals).toMatchObject({
      optionsPrice: 0,
      subtotalWithOptions: r.subtotal,
      totalWithOptions: r.total,
    });
  });
});

describe('edges', () => {
  it('margin is undefined when net is 0', () => {
    const r = computeQuote(quote([item('1', 1000, 0)], { discount: { percent: '100', reason: 'r', condition: 'c' } }));
    expect(r).toMatchObject({ net: 0, marginPercent: null, grossMargin: 0 });
    expect(computeQuote(quote([])).marginPercent).toBeNull();
  });
  it('refuses a figure past Number.MAX_SAFE_INTEGER with a clear error', () => {
    const huge = quote([item('2', Number.MAX_SAFE_INTEGER, 0)]);
    expect(() => computeQuote(huge)).toThrow(QuoteRangeError);
    expect(() => computeQuote(huge)).toThrow(/price at sections\.0\.lines\.0 is beyond 9007199254740991/);
    const sum = quote([item('1', 2 ** 52, 0), item('1', 2 ** 52, 0)]);
    expect(() => computeQuote(sum)).toThrow(/subtotal/);
  });
  it('keeps amounts up to 10^13 and beyond exact', () => {
    const r = computeQuote(
      quote([item('0.999', 10 ** 13 + 1, 0), labor('策划', '3', { days: '7.125' }, 10 ** 12 + 7, 0)], {
        difficulty: { level: 3, rationale: 'r' },
      }),
    );
    // 0.999 × 10,000,000,000,001 = 9,990,000,000,000.999 → …001
    expect(r.sections[0]!.lines[0]!.price).toBe(9_990_000_000_001);
    // 21.375 × 1,000,000,000,007 × 1.15 = 24,581,250,000,172.07… → …172
    expect(r.sections[0]!.lines[1]!.price).toBe(24_581_250_000_172);
  });
  it('refuses to compute an unvalidated quote with bad numbers', () => {
    expect(() => computeQuote(quote([item('abc', 1, 0)]))).toThrow(TypeError);
    expect(() => computeQuote(quote([item('1', 1, 0)]), { today: '2026-13-01' })).toThrow(RangeError);
  });
  it('does not share the settings object between results', () => {
    const q = quote([item('1', 1, 0)]);
    const a = computeQuote(q);
    a.settings.taxPercent = '99';
    a.settings.difficultyMultipliers['2'] = '9';
    const b = computeQuote(q);
    expect(b.settings.taxPercent).toBe('0');
    expect(b.tax).toBe(0);
    expect(b.settings.difficultyMultipliers['2']).toBe('1.00');
  });
});
