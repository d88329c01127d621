import fc from 'fast-check';
import type { QuoteInterchange, QuoteLine } from '@shared/quote';

/**
 * fast-check generators of quotes as the interchange format has them (decimals as text), shared by
 * the calculator's property tests (properties.test.ts, incremental.test.ts).
 */
// ---------------------------------------------------------------------------------------------
// Generators: quotes as the interchange format has them, decimals as text.

/** A scaled integer as decimal text, sometimes with trailing zeros ("3.500"), sometimes not ("3.5"). */
export const decimal = (max: number, places: number, min = 0) =>
  fc.tuple(fc.integer({ min, max }), fc.boolean()).map(([n, padded]) => {
    const scale = 10 ** places;
    const whole = Math.floor(n / scale);
    const fraction = String(n % scale).padStart(places, '0');
    return padded
      ? `${whole}.${fraction}`
      : fraction.replace(/0+$/, '') === ''
        ? String(whole)
        : `${whole}.${fraction.replace(/0+$/, '')}`;
  });

export interface Ranges {
  money: number;
  /** Thousandths. */
  headcount: number;
  days: number;
  hours: number;
  quantity: number;
}

/** Drop undefined fields: a parsed file never has them. */
export function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function quoteArbitrary(r: Ranges): fc.Arbitrary<QuoteInterchange> {
  const money = fc.integer({ min: 0, max: r.money });
  const market = fc.option(
    fc.record({ unitPrice: money, source: fc.constant('行业报告'), date: fc.constantFrom('2025-01-01', '2026-03-01') }),
    {
      nil: undefined,
      freq: 2,
    },
  );
  const optional = fc.constantFrom(undefined, undefined, undefined, true, false);
  const labor = fc
    .record({
      role: fc.constantFrom('策划', '设计师', '文案', '客户经理'),
      headcount: decimal(r.headcount, 3),
      duration: fc.oneof(
        decimal(r.days, 3).map((days) => ({ days })),
        decimal(r.hours, 3).map((hours) => ({ hours })),
      ),
      rate: money,
      costRate: money,
      market,
      optional,
    })
    .map(({ duration, ...line }): QuoteLine => defined({ kind: 'labor' as const, ...line, ...duration }));
  const item = fc
    .record({ quantity: decimal(r.quantity, 3), unitPrice: money, unitCost: money, market, optional })
    .map((line): QuoteLine => defined({ kind: 'item' as const, description: '物料', ...line }));
  const section = fc
    .record({
      difficultyLevel: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
      lines: fc.array(fc.oneof(labor, item), { maxLength: 6 }),
    })
    .map((s) => defined({ title: '章节', ...s }));
  const multipliers = fc.record({
    '1': decimal(10000, 3, 1),
    '2': decimal(10000, 3, 1),
    '3': decimal(10000, 3, 1),
    '4': decimal(10000, 3, 1),
    '5': decimal(10000, 3, 1),
  });
  const discount = fc.oneof(
    decimal(10000, 2).map((percent) => ({ percent })),
    fc.integer({ min: 0, max: r.money }).map((amount) => ({ amount })),
  );
  return fc
    .record({
      currency: fc.constantFrom('CNY' as const, 'JPY' as const, 'USD' as const),
      level: fc.integer({ min: 1, max: 5 }),
      rationale: fc.option(fc.constant('两周工期'), { nil: undefined }),
      difficultyMultipliers: fc.option(multipliers, { nil: undefined }),
      hoursPerDay: fc.option(decimal(24000, 3, 1000), { nil: undefined }),
      taxPercent: fc.option(decimal(10000, 2), { nil: undefined }),
      discount: fc.option(discount, { nil: undefined }),
      sections: fc.array(section, { minLength: 1, maxLength: 4 }),
    })
    .map(({ level, rationale, discount: d, ...q }) =>
      defined({
        format: 'workbench.quote/1' as const,
        title: '属性测试',
        ...q,
        difficulty: defined({ level, rationale }),
        discount: d === undefined ? undefined : { ...d, reason: '老客户', condition: '年度框架' },
      }),
    );
}

// Up to ¥1,000,000 per unit, 20 people × 200 days, 10,000 units: totals stay within the exact range
// even at multiplier 10 and 100% tax, so no generated quote is refused.
export const everyday = quoteArbitrary({
  money: 10 ** 8,
  headcount: 20000,
  days: 200000,
  hours: 400000,
  quantity: 10 ** 7,
});
