import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareProducts, divRound, divRoundBig, MAX_SAFE, mulDivRound, mulMulDivRound } from '@shared/money';

/** The reference: round(n/d) half away from zero, in BigInt, written independently of the code. */
function refRound(n: bigint, d: bigint): bigint {
  const negative = n < 0n;
  const magnitude = negative ? -n : n;
  const rounded = (2n * magnitude + d) / (2n * d);
  return negative ? -rounded : rounded;
}

describe('divRound: half away from zero', () => {
  it('rounds .5 away from zero on both signs', () => {
    expect(divRound(5, 2)).toBe(3);
    expect(divRound(-5, 2)).toBe(-3);
    expect(divRound(3, 2)).toBe(2);
    expect(divRound(-3, 2)).toBe(-2);
    expect(divRound(1, 2)).toBe(1);
    expect(divRound(-1, 2)).toBe(-1);
  });
  it('rounds below .5 toward zero and above it away', () => {
    expect(divRound(4, 10)).toBe(0);
    expect(divRound(6, 10)).toBe(1);
    expect(divRound(-4, 10)).toBe(0);
    expect(divRound(-6, 10)).toBe(-1);
    expect(divRound(1959909, 10)).toBe(195991); // 195,990.9 → 195,991 (DOMAIN.md worked example)
  });
  it('never returns -0', () => {
    expect(Object.is(divRound(-1, 4), 0)).toBe(true);
    expect(Object.is(divRound(-0, 4), 0) || Object.is(divRound(-0, 4), -0)).toBe(true);
    expect(Object.is(divRound(-4, 10), 0)).toBe(true);
  });
  it('is exact across the whole safe range', () => {
    expect(divRound(MAX_SAFE, 1)).toBe(MAX_SAFE);
    expect(divRound(MAX_SAFE, 2)).toBe(4503599627370496); // …95.5 → up
    expect(divRound(-MAX_SAFE, 2)).toBe(-4503599627370496);
    expect(divRound(2 ** 52 + 3, 2)).toBe(2 ** 51 + 2);
  });
  it('agrees with the BigInt reference (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -MAX_SAFE, max: MAX_SAFE }), fc.integer({ min: 1, max: MAX_SAFE }), (n, d) => {
        expect(divRound(n, d)).toBe(Number(refRound(BigInt(n), BigInt(d))));
      }),
      { numRuns: 2000 },
    );
  });
  it('divRoundBig rounds half away from zero', () => {
    expect(divRoundBig(5n, 2n)).toBe(3n);
    expect(divRoundBig(-5n, 2n)).toBe(-3n);
    expect(divRoundBig(-4n, 10n)).toBe(0n);
  });
});

describe('mulDivRound / mulMulDivRound: exact products, BigInt only when needed', () => {
  it('computes the worked example lines exactly', () => {
    expect(mulMulDivRound(7_000_000, 280000, 1150, 1e9)).toBe(2254000);
    expect(mulMulDivRound(2_250_000, 166667, 1150, 1e9)).toBe(431251);
  });
  it('stays exact when the product passes 2^53', () => {
    // 10^13 × 999 / 1000 = 9,990,000,000,000 exactly; the product 9.99e15 is past 2^53.
    expect(mulDivRound(1e13, 999, 1000)).toBe(9_990_000_000_000);
    expect(mulDivRound(1e13 + 1, 999, 1000)).toBe(9_990_000_000_001); // …000.999 → up
    expect(mulMulDivRound(1e9, 1e9, 1500, 1e9)).toBe(1_500_000_000_000);
  });
  it('returns Infinity beyond the safe range instead of an approximation', () => {
    expect(mulDivRound(MAX_SAFE, 2, 1)).toBe(Infinity);
    expect(mulDivRound(-MAX_SAFE, 2, 1)).toBe(-Infinity);
    expect(mulMulDivRound(MAX_SAFE, MAX_SAFE, 1, 1)).toBe(Infinity);
  });
  it('agrees with the BigInt reference (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -MAX_SAFE, max: MAX_SAFE }),
        fc.integer({ min: 0, max: 10 ** 9 }),
        fc.integer({ min: 1, max: 10 ** 12 }),
        (x, c, d) => {
          const exact = refRound(BigInt(x) * BigInt(c), BigInt(d));
          const expected = exact > BigInt(MAX_SAFE) ? Infinity : exact < -BigInt(MAX_SAFE) ? -Infinity : Number(exact);
          expect(mulDivRound(x, c, d)).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.integer({ min: 0, max: 10 ** 13 }),
        fc.integer({ min: 0, max: 10000 }),
        fc.integer({ min: 1, max: 10 ** 10 }),
        (a, b, c, d) => {
          const exact = refRound(BigInt(a) * BigInt(b) * BigInt(c), BigInt(d));
          expect(mulMulDivRound(a, b, c, d)).toBe(exact > BigInt(MAX_SAFE) ? Infinity : Number(exact));
        },
      ),
      { numRuns: 1000 },
    );
  });
  it('compareProducts is exact past 2^53', () => {
    expect(compareProducts(MAX_SAFE, 10000, MAX_SAFE, 10000)).toBe(0);
    expect(compareProducts(MAX_SAFE, 10000, MAX_SAFE - 1, 10000)).toBe(1);
    expect(compareProducts(-1, 3, 1, 3)).toBe(-1);
  });
});
