import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computedQuoteSchema,
  computeQuote,
  parseQuoteJson,
  quoteInterchangeSchema,
  serializeQuote,
  type QuoteInterchange,
  type QuoteLine,
} from '@shared/quote';

// DOMAIN.md §7: the agency service fee (代理服务费) on a section's non-labor lines.

const base = {
  format: 'workbench.quote/1' as const,
  title: '代理服务费',
  currency: 'CNY' as const,
  difficulty: { level: 2 },
};

const item = (unitPrice: number, extra: Partial<Extract<QuoteLine, { kind: 'item' }>> = {}): QuoteLine => ({
  kind: 'item',
  description: '媒介',
  quantity: '1',
  unitPrice,
  unitCost: Math.floor(unitPrice / 2),
  ...extra,
});
const labor = (rate: number): QuoteLine => ({
  kind: 'labor',
  role: '策划',
  headcount: '1',
  days: '2',
  rate,
  costRate: 100000,
});

describe('agency fee arithmetic (DOMAIN.md §7)', () => {
  it('is the worked example to the fen: media ¥100,000.00 + production ¥33,333.33 at 8% = 1,066,667', () => {
    const q: QuoteInterchange = {
      ...base,
      agencyFeePercent: '8',
      sections: [{ title: '媒介', lines: [item(10000000), item(3333333, { description: '制作' })] }],
    };
    const r = computeQuote(q);
    const s = r.sections[0]!;
    expect(s.agencyFee).toBe(1066667);
    expect(s.agencyFeePercent).toBe('8');
    // In the section price and the subtotal, with cost 0.
    expect(s.price).toBe(13333333 + 1066667);
    expect(s.cost).toBe(5000000 + 1666666);
    expect(r.subtotal).toBe(14400000);
    // Not an entry of `lines`.
    expect(s.lines).toHaveLength(2);
    expect(computedQuoteSchema.safeParse(r).success).toBe(true);
  });

  it('is subject to the discount and tax like any price', () => {
    const q: QuoteInterchange = {
      ...base,
      agencyFeePercent: '8',
      taxPercent: '6',
      discount: { percent: '5', reason: '老客户', condition: '年度框架' },
      sections: [{ title: '媒介', lines: [item(10000000), item(3333333)] }],
    };
    const r = computeQuote(q);
    // subtotal 13,333,333 + 1,066,667 = 14,400,000; discount 720,000; net 13,680,000; tax 820,800
    expect(r.subtotal).toBe(14400000);
    expect(r.discount).toBe(720000);
    expect(r.net).toBe(13680000);
    expect(r.tax).toBe(820800);
    expect(r.total).toBe(14500800);
    // Fee has no cost: the margin gains all of it.
    expect(r.cost).toBe(5000000 + 1666666);
  });

  it('applies to non-labor lines only, and to no market deviation', () => {
    const withMarket = item(1000000, { market: { unitPrice: 900000, source: '报告', date: '2026-03-01' } });
    const q: QuoteInterchange = {
      ...base,
      agencyFeePercent: '10',
      sections: [{ title: 'A', lines: [labor(500000), withMarket] }],
    };
    const r = computeQuote(q);
    const s = r.sections[0]!;
    expect(s.agencyFee).toBe(100000);
    expect(s.price).toBe(1000000 + 1000000 + 100000);
    expect(s.marketComparedPrice).toBe(1000000);
    expect(s.marketTotal).toBe(900000);
    expect(s.deviationPercent).toBe('11.1');
  });

  it('a section override of "0" turns it off for that section only; absent = the quote\'s', () => {
    const q: QuoteInterchange = {
      ...base,
      agencyFeePercent: '8',
      sections: [
        { title: 'A', agencyFeePercent: '0', lines: [item(1000000)] },
        { title: 'B', lines: [item(1000000)] },
        { title: 'C', agencyFeePercent: '12.5', lines: [item(1000001)] },
      ],
    };
    const r = computeQuote(q);
    expect(r.sections.map((s) => s.agencyFee)).toEqual([0, 80000, 125000]); // round(125,000.125)
    expect(r.sections.map((s) => s.agencyFeePercent)).toEqual(['0', '8', '12.5']);
    expect(r.subtotal).toBe(1000000 + 1080000 + 1125001);
  });

  it('absent on the quote falls back to the workspace default, and to 0 without one', () => {
    const q: QuoteInterchange = { ...base, sections: [{ title: 'A', lines: [item(1000000)] }] };
    expect(computeQuote(q).sections[0]!.agencyFee).toBe(0);
    expect(computeQuote(q).settings.agencyFeePercent).toBe('0');
    const defaults = {
      difficultyMultipliers: { '1': '0.90', '2': '1.00', '3': '1.15', '4': '1.30', '5': '1.50' },
      hoursPerDay: '8',
      taxPercent: '0',
      marginFloorPercent: '30',
      agencyFeePercent: '5',
    };
    const r = computeQuote(q, { defaults });
    expect(r.sections[0]!.agencyFee).toBe(50000);
    expect(r.settings.agencyFeePercent).toBe('5');
    // The quote's own percent wins over the workspace's.
    expect(computeQuote({ ...q, agencyFeePercent: '0' }, { defaults }).sections[0]!.agencyFee).toBe(0);
  });

  it('the fee on optional non-labor lines counts only in the total with all options', () => {
    const q: QuoteInterchange = {
      ...base,
      agencyFeePercent: '8',
      sections: [
        { title: 'A', lines: [item(1000000), item(500000, { optional: true }), { ...labor(300000), optional: true }] },
      ],
    };
    const r = computeQuote(q);
    const s = r.sections[0]!;
    expect(s.agencyFee).toBe(80000);
    expect(s.agencyFeeOptional).toBe(40000);
    expect(r.subtotal).toBe(1080000);
    expect(s.optionalPrice).toBe(500000 + 600000 + 40000);
    expect(r.optionalTotals.subtotalWithOptions).toBe(1080000 + 1140000);
    expect(r.optionalTotals.costWithOptions).toBe(r.cost + 250000 + 200000);
  });

  it('rounds once over the section sum, not per line, in JPY too', () => {
    // Three lines of ¥1,001 at 10%: per line 100.1 → 100 each would give 300; once over 3,003 → 300.
    // At 15%: per line 150.15 → 150 (450); once: round(450.45) = 450. At 16.65%: once 499.9995 → 500,
    // per line 166.67 → 167 × 3 = 501.
    const q: QuoteInterchange = {
      ...base,
      currency: 'JPY',
      agencyFeePercent: '16.65',
      sections: [{ title: 'A', lines: [item(1001), item(1001), item(1001)] }],
    };
    const r = computeQuote(q);
    expect(r.sections[0]!.agencyFee).toBe(500);
    expect(r.subtotal).toBe(3503);
  });

  it('refuses a percent over 100 or with more than 2 places, on the quote and on a section', () => {
    const bad1 = quoteInterchangeSchema.safeParse({ ...base, agencyFeePercent: '100.5', sections: [] });
    const bad2 = quoteInterchangeSchema.safeParse({
      ...base,
      sections: [{ title: 'A', agencyFeePercent: '8.125', lines: [] }],
    });
    expect(bad1.success).toBe(false);
    expect(bad2.success).toBe(false);
    expect(bad2.error?.issues[0]?.path).toEqual(['sections', 0, 'agencyFeePercent']);
  });
});

// ---------------------------------------------------------------------------------------------

const percentText = fc.integer({ min: 0, max: 10000 }).map((bp) => {
  const whole = Math.floor(bp / 100);
  const frac = bp % 100;
  return frac === 0 ? String(whole) : `${whole}.${String(frac).padStart(2, '0').replace(/0$/, '')}`;
});
const line: fc.Arbitrary<QuoteLine> = fc.oneof(
  fc
    .record({
      unitPrice: fc.integer({ min: 0, max: 10 ** 9 }),
      quantity: fc.integer({ min: 0, max: 100000 }).map((n) => String(n / 1000)),
      optional: fc.boolean(),
    })
    .map((l) => ({ kind: 'item' as const, description: '物料', unitCost: 0, ...l })),
  fc
    .record({ rate: fc.integer({ min: 0, max: 10 ** 7 }), optional: fc.boolean() })
    .map((l) => ({ kind: 'labor' as const, role: '策划', headcount: '1', days: '1.5', costRate: 0, ...l })),
);
const quote: fc.Arbitrary<QuoteInterchange> = fc
  .record({
    currency: fc.constantFrom('CNY' as const, 'JPY' as const, 'USD' as const),
    agencyFeePercent: fc.option(percentText, { nil: undefined }),
    sections: fc.array(
      fc.record({
        agencyFeePercent: fc.option(percentText, { nil: undefined }),
        lines: fc.array(line, { maxLength: 6 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    discount: fc.option(
      fc.integer({ min: 0, max: 5000 }).map((bp) => String(bp / 100)),
      { nil: undefined },
    ),
  })
  .map(({ currency, agencyFeePercent, sections, discount }) => {
    const q: QuoteInterchange = {
      ...base,
      currency,
      taxPercent: '6',
      sections: sections.map((s) => {
        const out: QuoteInterchange['sections'][number] = { title: '章节', lines: s.lines };
        if (s.agencyFeePercent !== undefined) out.agencyFeePercent = s.agencyFeePercent;
        return out;
      }),
    };
    if (agencyFeePercent !== undefined) q.agencyFeePercent = agencyFeePercent;
    if (discount !== undefined) q.discount = { percent: discount, reason: '老客户', condition: '年度框架' };
    return q;
  });

/** round(n / d) half away from zero in BigInt, independent of shared/money. */
function roundRef(n: bigint, d: bigint): bigint {
  return (2n * n + d) / (2n * d);
}
const bp = (text: string) => {
  const [w = '0', f = ''] = text.split('.');
  return BigInt(w + f.padEnd(2, '0'));
};

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('agency fee properties', () => {
  it('fee = round(Σ eligible prices × percent) per section, and section price = lines + fee', () => {
    fc.assert(
      fc.property(quote, (q) => {
        const r = computeQuote(q);
        r.sections.forEach((s, i) => {
          const src = q.sections[i]!;
          const percent = bp(src.agencyFeePercent ?? q.agencyFeePercent ?? '0');
          const eligible = (optional: boolean) =>
            s.lines.reduce(
              (sum, l, j) => (src.lines[j]!.kind === 'item' && l.optional === optional ? sum + BigInt(l.price) : sum),
              0n,
            );
          expect(BigInt(s.agencyFee)).toBe(roundRef(eligible(false) * percent, 10000n));
          expect(BigInt(s.agencyFeeOptional)).toBe(roundRef(eligible(true) * percent, 10000n));
          const nonOptional = s.lines.filter((l) => !l.optional).reduce((a, l) => a + l.price, 0);
          expect(s.price).toBe(nonOptional + s.agencyFee);
          expect(s.cost).toBe(s.lines.filter((l) => !l.optional).reduce((a, l) => a + l.cost, 0));
        });
        expect(r.subtotal).toBe(r.sections.reduce((a, s) => a + s.price, 0));
        expect(computedQuoteSchema.safeParse(r).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('reordering lines within sections, and sections, changes no fee and no total', () => {
    fc.assert(
      fc.property(quote, fc.integer(), (q, seed) => {
        const reordered: QuoteInterchange = {
          ...q,
          sections: shuffled(q.sections, seed).map((s, i) => ({ ...s, lines: shuffled(s.lines, seed + i + 1) })),
        };
        const a = computeQuote(q);
        const b = computeQuote(reordered);
        expect(b.subtotal).toBe(a.subtotal);
        expect(b.total).toBe(a.total);
        expect(b.optionalTotals).toEqual(a.optionalTotals);
        const fees = (r: typeof a) =>
          r.sections.map((s) => s.agencyFee + s.agencyFeeOptional).reduce((x, y) => x + y, 0);
        expect(fees(b)).toBe(fees(a));
      }),
      { numRuns: 200 },
    );
  });

  it('export → import → compute gives the identical result, the fee percents kept', () => {
    fc.assert(
      fc.property(quote, (q) => {
        const text = serializeQuote(q);
        const back = parseQuoteJson(text);
        if (!back.ok) throw new Error(JSON.stringify(back.issues));
        expect(back.data.agencyFeePercent).toBe(q.agencyFeePercent);
        expect(back.data.sections.map((s) => s.agencyFeePercent)).toEqual(q.sections.map((s) => s.agencyFeePercent));
        expect(computeQuote(back.data)).toEqual(computeQuote(q));
      }),
      { numRuns: 200 },
    );
  });
});
