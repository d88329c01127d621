import { describe, expect, it } from 'vitest';
import { CURRENCY_CODES, currencyDigits, formatMoney, isCurrencyCode, minorToDecimal } from '@shared/money';

describe('currencies', () => {
  it('knows the minor-unit digits', () => {
    for (const code of ['CNY', 'USD', 'EUR', 'HKD', 'GBP'] as const) expect(currencyDigits(code)).toBe(2);
    expect(currencyDigits('JPY')).toBe(0);
    expect(CURRENCY_CODES).toContain('JPY');
    expect(isCurrencyCode('CNY')).toBe(true);
    expect(isCurrencyCode('XXX')).toBe(false);
    expect(isCurrencyCode('toString')).toBe(false);
  });
});

describe('formatMoney', () => {
  it('formats CNY fen as yuan in both languages', () => {
    expect(formatMoney(1234567, 'CNY', 'zh-CN')).toBe('¥12,345.67');
    expect(formatMoney(1234567, 'CNY', 'en')).toBe('¥12,345.67');
    expect(formatMoney(5, 'CNY', 'zh-CN')).toBe('¥0.05');
    expect(formatMoney(-1234567, 'CNY', 'zh-CN')).toBe('-¥12,345.67');
  });
  it('formats JPY without decimals', () => {
    expect(formatMoney(12346, 'JPY', 'zh-CN')).toBe('¥12,346');
    expect(formatMoney(12346, 'JPY', 'en')).toBe('¥12,346');
  });
  it('can show the code where currencies mix', () => {
    expect(formatMoney(1234567, 'USD', 'en', 'code').replace(/\s/g, ' ')).toBe('USD 12,345.67');
  });
  it('prints every digit of amounts near 2^53 (no float on the way)', () => {
    expect(formatMoney(9007199254740991, 'CNY', 'en')).toBe('¥90,071,992,547,409.91');
    expect(formatMoney(10n ** 20n + 1n, 'CNY', 'en')).toBe('¥1,000,000,000,000,000,000.01');
  });
  it('minorToDecimal is the plain decimal', () => {
    expect(minorToDecimal(1234567, 'CNY')).toBe('12345.67');
    expect(minorToDecimal(7, 'USD')).toBe('0.07');
    expect(minorToDecimal(12346, 'JPY')).toBe('12346');
  });
});
