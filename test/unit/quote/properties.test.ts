import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUILTIN_QUOTE_DEFAULTS,
  computedQuoteSchema,
  computeQuote,
  parseQuoteJson,
  serializeQuote,
  type ComputedQuote,
  type QuoteInterchange,
} from '@shared/quote';
import { everyday, quoteArbitrary } from './arbitraries';

// ---------------------------------------------------------------------------------------------
// An independent reference in BigInt: exact rationals, rounded once, half away from zero.

const big = BigInt;
function roundRef(n: bigint, d: bigint): bigint {
  const magnitude = n < 0n ? -n : n;
  const rounded = (2n * magnitude + d) / (2n * d);
  return n < 0n ? -rounded : rounded;
}
function scaled(text: string, places: number): bigint {
  const [whole = '0', fraction = ''] = text.split('.');
  return big(whole + fraction.padEnd(places, '0'));
}
function tenthsText(tenths: bigint): string {
  const magnitude = tenths < 0n ? -tenths : tenths;
  return `${tenths < 0n ? '-' : ''}${magnitude / 10n}.${magnitude % 10n}`;
}

function reference(q: QuoteInterchange) {
  const d = BUILTIN_QUOTE_DEFAULTS;
  const multipliers = q.difficultyMultipliers ?? d.difficultyMultipliers;
  const m = (level: number) => scaled(multipliers[String(level) as '1'], 3);
  const p = scaled(q.hoursPerDay ?? d.hoursPerDay, 3);
  const tax = scaled(q.taxPercent ?? d.taxPercent, 2);
  let subtotal = 0n;
  let cost = 0n;
  const lines: { price: bigint; cost: bigint; market: bigint | null }[] = [];
  for (const section of q.sections) {
    const level = section.difficultyLevel ?? q.difficulty.level;
    for (const line of section.lines) {
      let price: bigint;
      let lineCost: bigint;
      let market: bigint | null = null;
      if (line.kind === 'labor') {
        const h = scaled(line.headcount, 3);
        // workload = num / den person-days, exactly
        const [num, den] =
          line.days !== undefined ? [h * scaled(line.days, 3), 10n ** 6n] : [h * scaled(line.hours!, 3), 1000n * p];
        price = roundRef(num * big(line.rate) * m(level), den * 1000n);
        lineCost = roundRef(num * big(line.costRate), den);
        if (line.market) market = roundRef(num * big(line.market.unitPrice), den);
      } else {
        const quantity = scaled(line.quantity, 3);
        price = roundRef(quantity * big(line.unitPrice), 1000n);
        lineCost = roundRef(quantity * big(line.unitCost), 1000n);
        if (line.market) market = roundRef(quantity * big(line.market.unitPrice), 1000n);
      }
      lines.push({ price, cost: lineCost, market });
      if (!line.optional) {
        subtotal += price;
        cost += lineCost;
      }
    }
  }
  let discount = 0n;
  if (q.discount?.percent !== undefined) discount = roundRef(subtotal * scaled(q.discount.percent, 2), 10000n);
  else if (q.discount?.amount !== undefined) discount = big(q.discount.amount);
  if (discount > subtotal) discount = subtotal;
  const net = subtotal - discount;
  const taxAmount = roundRef(net * tax, 10000n);
  const margin = net - cost;
  return {
    lines,
    subtotal,
    discount,
    net,
    tax: taxAmount,
    total: net + taxAmount,
    cost,
    grossMargin: margin,
    marginPercent: net > 0n ? tenthsText(roundRef(margin * 1000n, net)) : null,
  };
}

// ---------------------------------------------------------------------------------------------

function everyNumber(value: unknown, visit: (n: number, path: string) => void, path = ''): void {
  if (typeof value === 'number') visit(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => everyNumber(v, visit, `${path}.${i}`));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) everyNumber(v, visit, `${path}.${k}`);
}

/** A deterministic shuffle, so that fast-check can shrink and replay. */
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

function totalsOf(r: ComputedQuote) {
  return {
    subtotal: r.subtotal,
    discount: r.discount,
    net: r.net,
    tax: r.tax,
    total: r.total,
    cost: r.cost,
    grossMargin: r.grossMargin,
    marginPercent: r.marginPercent,
    marketTotal: r.marketTotal,
    deviationPercent: r.deviationPercent,
    optionalTotals: r.optionalTotals,
    totalPersonDays: r.totalPersonDays,
    workloadByRole: Object.entries(r.workloadByRole).sort(([a], [b]) => (a < b ? -1 : 1)),
    flags: r.flags.map((f) => f.code).sort(),
  };
}

describe('quote arithmetic properties', () => {
  it('sums: subtotal = Σ sections, net + discount = subtotal, total = net + tax, margin = net − cost', () => {
    fc.assert(
      fc.property(everyday, (q) => {
        const r = computeQuote(q);
        const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
        expect(r.subtotal).toBe(sum(r.sections.map((s) => s.price)));
        expect(r.cost).toBe(sum(r.sections.map((s) => s.cost)));
        r.sections.forEach((s) => {
          expect(s.price).toBe(sum(s.lines.filter((l) => !l.optional).map((l) => l.price)));
          expect(s.optionalPrice).toBe(sum(s.lines.filter((l) => l.optional).map((l) => l.price)));
        });
        expect(r.net + r.discount).toBe(r.subtotal);
        expect(r.total).toBe(r.net + r.tax);
        expect(r.grossMargin).toBe(r.net - r.cost);
        const o = r.optionalTotals;
        expect(o.subtotalWithOptions).toBe(r.subtotal + o.optionsPrice);
        expect(o.netWithOptions + o.discountWithOptions).toBe(o.subtotalWithOptions);
        expect(o.totalWithOptions).toBe(o.netWithOptions + o.taxWithOptions);
        expect(o.grossMarginWithOptions).toBe(o.netWithOptions - o.costWithOptions);
        expect(r.net).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });

  it('every amount is a safe integer, and the result matches its schema', () => {
    fc.assert(
      fc.property(everyday, (q) => {
        const r = computeQuote(q);
        everyNumber(r, (n, path) => expect(Number.isSafeInteger(n), path).toBe(true));
        expect(computedQuoteSchema.safeParse(r).success).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('reordering lines within sections, and sections, changes no total', () => {
    fc.assert(
      fc.property(everyday, fc.integer(), (q, seed) => {
        const reordered: QuoteInterchange = {
          ...q,
          sections: shuffled(q.sections, seed).map((s, i) => ({ ...s, lines: shuffled(s.lines, seed + i + 1) })),
        };
        expect(totalsOf(computeQuote(reordered))).toEqual(totalsOf(computeQuote(q)));
      }),
      { numRuns: 200 },
    );
  });

  it('amounts up to 10^13 minor units stay exact (against a BigInt reference)', () => {
    const large = quoteArbitrary({ money: 2 * 10 ** 12, headcount: 2000, days: 2500, hours: 20000, quantity: 5000 });
    const withLargeAmounts = large.filter((q) => !q.hoursPerDay || Number(q.hoursPerDay) >= 4); // ≤ 5 person-days a line
    fc.assert(
      fc.property(withLargeAmounts, (q) => {
        const r = computeQuote(q);
        const ref = reference(q);
        const lines = r.sections.flatMap((s) => s.lines);
        expect(lines.map((l) => [l.price, l.cost, l.marketTotal])).toEqual(
          ref.lines.map((l) => [Number(l.price), Number(l.cost), l.market === null ? null : Number(l.market)]),
        );
        expect([r.subtotal, r.discount, r.net, r.tax, r.total, r.cost, r.grossMargin].map(big)).toEqual([
          ref.subtotal,
          ref.discount,
          ref.net,
          ref.tax,
          ref.total,
          ref.cost,
          ref.grossMargin,
        ]);
        expect(r.marginPercent).toBe(ref.marginPercent);
      }),
      { numRuns: 300 },
    );
    // and the generator does reach the range it claims to test
    const someLarge = fc.sample(withLargeAmounts, 200).some((q) => computeQuote(q).subtotal > 10 ** 13);
    expect(someLarge).toBe(true);
  });

  it('everyday quotes agree with the BigInt reference too', () => {
    fc.assert(
      fc.property(everyday, (q) => {
        const r = computeQuote(q);
        const ref = reference(q);
        expect(r.sections.flatMap((s) => s.lines).map((l) => l.price)).toEqual(ref.lines.map((l) => Number(l.price)));
        expect([r.subtotal, r.discount, r.tax, r.cost].map(big)).toEqual([
          ref.subtotal,
          ref.discount,
          ref.tax,
          ref.cost,
        ]);
      }),
      { numRuns: 200 },
    );
  });

  it('export → import → compute gives the same result', () => {
    fc.assert(
      fc.property(everyday, (q) => {
        const direct = computeQuote(q);
        fc.pre(q.discount?.amount === undefined || q.discount.amount <= direct.subtotal);
        const imported = parseQuoteJson(serializeQuote(q));
        if (!imported.ok) throw new Error(JSON.stringify(imported.issues));
        expect(imported.data).toEqual(q);
        expect(computeQuote(imported.data)).toEqual(direct);
      }),
      { numRuns: 150 },
    );
  });
});
