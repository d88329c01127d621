import { describe, expect, it } from 'vitest';
import { parseMoneyInput } from '@shared/money';

describe('parseMoneyInput', () => {
  it('reads typed amounts into minor units', () => {
    expect(parseMoneyInput('12,345.67', 'CNY')).toEqual({ ok: true, minor: 1234567 });
    expect(parseMoneyInput('12345.67', 'CNY')).toEqual({ ok: true, minor: 1234567 });
    expect(parseMoneyInput('12345.6', 'CNY')).toEqual({ ok: true, minor: 1234560 });
    expect(parseMoneyInput('12345', 'CNY')).toEqual({ ok: true, minor: 1234500 });
    expect(parseMoneyInput('  1,000,000 ', 'USD')).toEqual({ ok: true, minor: 100000000 });
    expect(parseMoneyInput('12,346', 'JPY')).toEqual({ ok: true, minor: 12346 });
  });
  it('accepts what a Chinese keyboard or a pasted amount brings', () => {
    expect(parseMoneyInput('１２，３４５．６７', 'CNY')).toEqual({ ok: true, minor: 1234567 });
    expect(parseMoneyInput('¥12,345.67', 'CNY')).toEqual({ ok: true, minor: 1234567 });
    expect(parseMoneyInput('￥100', 'CNY')).toEqual({ ok: true, minor: 10000 });
    expect(parseMoneyInput('CN¥100', 'CNY')).toEqual({ ok: true, minor: 10000 });
    expect(parseMoneyInput('100元', 'CNY')).toEqual({ ok: true, minor: 10000 });
    expect(parseMoneyInput('CNY 100', 'CNY')).toEqual({ ok: true, minor: 10000 });
    expect(parseMoneyInput('US$1,000.5', 'USD')).toEqual({ ok: true, minor: 100050 });
  });
  it('refuses more decimals than the currency has', () => {
    expect(parseMoneyInput('12,345.678', 'CNY')).toEqual({ ok: false, error: 'too_many_decimals', digits: 2 });
    expect(parseMoneyInput('12.5', 'JPY')).toEqual({ ok: false, error: 'too_many_decimals', digits: 0 });
    expect(parseMoneyInput('12.0', 'JPY')).toEqual({ ok: false, error: 'too_many_decimals', digits: 0 });
  });
  it('refuses misplaced group separators rather than guess', () => {
    expect(parseMoneyInput('1,5', 'CNY')).toMatchObject({ ok: false, error: 'invalid' });
    expect(parseMoneyInput('12,34,567', 'CNY')).toMatchObject({ ok: false, error: 'invalid' });
    expect(parseMoneyInput('1.000,50', 'EUR')).toMatchObject({ ok: false, error: 'invalid' });
  });
  it('refuses empty, garbage, negative and unsafe amounts', () => {
    expect(parseMoneyInput('   ', 'CNY')).toMatchObject({ ok: false, error: 'empty' });
    expect(parseMoneyInput('abc', 'CNY')).toMatchObject({ ok: false, error: 'invalid' });
    expect(parseMoneyInput('1e5', 'CNY')).toMatchObject({ ok: false, error: 'invalid' });
    expect(parseMoneyInput('-5', 'CNY')).toMatchObject({ ok: false, error: 'negative' });
    expect(parseMoneyInput('-5', 'CNY', { allowNegative: true })).toEqual({ ok: true, minor: -500 });
    expect(parseMoneyInput('90071992547409.91', 'CNY')).toEqual({ ok: true, minor: 9007199254740991 });
    expect(parseMoneyInput('90071992547409.92', 'CNY')).toMatchObject({ ok: false, error: 'too_large' });
  });
});
