import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decimalProblem,
  formatFixed,
  formatMultiplier,
  formatPercent,
  formatPercentTenths,
  formatQuantity,
  parseFixed,
  parseMultiplier,
  parsePercent,
  parseQuantity,
} from '@shared/money';

describe('parseFixed', () => {
  it('parses plain decimals into scaled integers', () => {
    expect(parseFixed('3.5', 3)).toBe(3500);
    expect(parseFixed('0.90', 3)).toBe(900);
    expect(parseFixed('2', 3)).toBe(2000);
    expect(parseFixed('007', 0)).toBe(7);
    expect(parseFixed('-2.25', 3)).toBe(-2250);
    expect(parseFixed('-0', 3)).toBe(0);
    expect(Object.is(parseFixed('-0', 3), 0)).toBe(true);
  });
  it('refuses anything but -?digits(.digits)?', () => {
    for (const text of [
      '',
      '-',
      '.5',
      '5.',
      '1e3',
      '+1',
      ' 1',
      '1 ',
      '1,000',
      '1.2.3',
      '0x10',
      'NaN',
      'Infinity',
      '１',
    ]) {
      expect(parseFixed(text, 3), text).toBeNaN();
    }
  });
  it('refuses more decimals than the scale has', () => {
    expect(parseFixed('1.2345', 3)).toBeNaN();
    expect(parseFixed('1.234', 3)).toBe(1234);
    expect(parseFixed('12.345', 2)).toBeNaN();
  });
  it('refuses values whose scaled integer is not safe, instead of approximating', () => {
    expect(parseFixed('9007199254740.991', 3)).toBe(9007199254740991);
    expect(parseFixed('9007199254740.992', 3)).toBeNaN();
    expect(parseFixed('99999999999999999999', 0)).toBeNaN();
  });
  it('says why a text was refused', () => {
    expect(decimalProblem('abc', 3)).toBe('invalid');
    expect(decimalProblem('1.2345', 3)).toBe('too_many_places');
    expect(decimalProblem('99999999999999999999', 3)).toBe('too_large');
    expect(decimalProblem('1.5', 3)).toBeNull();
  });
});

describe('formatFixed', () => {
  it('prints scaled integers without floating point', () => {
    expect(formatFixed(2250, 3)).toBe('2.25');
    expect(formatFixed(7000, 3)).toBe('7');
    expect(formatFixed(5, 3)).toBe('0.005');
    expect(formatFixed(-5, 3)).toBe('-0.005');
    expect(formatFixed(900, 3, 2)).toBe('0.90');
    expect(formatFixed(368, 1, 1)).toBe('36.8');
    expect(formatFixed(-40, 1, 1)).toBe('-4.0');
    expect(formatFixed(0, 1, 1)).toBe('0.0');
    expect(formatFixed(123456789012345678901234567890n, 2)).toBe('1234567890123456789012345678.9');
  });
  it('round-trips with parseFixed', () => {
    for (const value of [0, 1, 999, 1000, 1001, 123456789, 9007199254740991]) {
      expect(parseFixed(formatFixed(value, 3), 3)).toBe(value);
    }
  });
});

describe('quantities, multipliers, percents', () => {
  it('quantities are thousandths', () => {
    expect(parseQuantity('2.25')).toBe(2250);
    expect(parseQuantity('7')).toBe(7000);
    expect(parseQuantity('x')).toBeNaN();
    expect(parseQuantity('1.0001')).toBeNaN();
    expect(formatQuantity(1333)).toBe('1.333');
  });
  it('the quantity fast path agrees with parseFixed on every text', () => {
    for (const text of ['1.', '.5', '-1', '1.2.3', '999999999999.999', '9999999999999.99', '0.0001', '']) {
      expect(parseQuantity(text), text).toBe(parseFixed(text, 3));
    }
    fc.assert(
      fc.property(fc.stringMatching(/^-?\d{0,17}(\.\d{0,5})?$/), (text) => {
        expect(
          Object.is(parseQuantity(text), parseFixed(text, 3)) ||
            (Number.isNaN(parseQuantity(text)) && Number.isNaN(parseFixed(text, 3))),
        ).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
  it('multipliers are thousandths, printed with two places at least', () => {
    expect(parseMultiplier('1.15')).toBe(1150);
    expect(parseMultiplier('1.125')).toBe(1125);
    expect(formatMultiplier(900)).toBe('0.90');
    expect(formatMultiplier(1000)).toBe('1.00');
    expect(formatMultiplier(1125)).toBe('1.125');
  });
  it('percents are basis points: 12.5% = 1250', () => {
    expect(parsePercent('12.5')).toBe(1250);
    expect(parsePercent('6')).toBe(600);
    expect(parsePercent('0.01')).toBe(1);
    expect(parsePercent('0.001')).toBeNaN();
    expect(formatPercent(1250)).toBe('12.5');
    expect(formatPercentTenths(368)).toBe('36.8');
  });
});
