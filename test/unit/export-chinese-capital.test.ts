import { describe, expect, it } from 'vitest';
import { chineseCapitalAmount } from '../../shared/export/document/chinese-capital';

describe('chineseCapitalAmount (大写金额)', () => {
  it.each([
    // The brief's example and DOMAIN.md's worked total.
    [3947257, '叁万玖仟肆佰柒拾贰元伍角柒分'],
    [0, '零元整'],
    [100, '壹元整'],
    [1000, '壹拾元整'],
    [1500, '壹拾伍元整'],
    [50, '伍角'],
    [7, '柒分'],
    [57, '伍角柒分'],
    [32504, '叁佰贰拾伍元零肆分'],
    [168032, '壹仟陆佰捌拾元叁角贰分'],
    [140950, '壹仟肆佰零玖元伍角'],
    [10000000, '壹拾万元整'],
    [10050000, '壹拾万零伍佰元整'],
    [10700053, '壹拾万柒仟元伍角叁分'],
    [100000100, '壹佰万零壹元整'],
    [1000500, '壹万零伍元整'],
    [1000000000, '壹仟万元整'],
    [10000000000, '壹亿元整'],
    [10000000100, '壹亿零壹元整'],
    [10010000000, '壹亿零壹拾万元整'],
    [11000000100, '壹亿壹仟万零壹元整'],
    [60003000000, '陆亿零叁万元整'],
    [100000000000000, '壹万亿元整'],
    [Number.MAX_SAFE_INTEGER, '玖拾万零柒佰壹拾玖亿玖仟贰佰伍拾肆万柒仟肆佰零玖元玖角壹分'],
    [-3947257, '负叁万玖仟肆佰柒拾贰元伍角柒分'],
    [-5, '负伍分'],
  ])('%i fen → %s', (fen, text) => {
    expect(chineseCapitalAmount(fen)).toBe(text);
  });

  it('takes bigint, and refuses non-integers', () => {
    expect(chineseCapitalAmount(12345678901234567n)).toBe(
      '壹佰贰拾叁万肆仟伍佰陆拾柒亿捌仟玖佰零壹万贰仟叁佰肆拾伍元陆角柒分',
    );
    expect(() => chineseCapitalAmount(1.5)).toThrow(RangeError);
  });

  it('never writes two 零 in a row, nor ends the integer part on 零', () => {
    for (let fen = 997; fen < 2_000_000; fen += 997) {
      const text = chineseCapitalAmount(fen * 1001);
      expect(text).not.toMatch(/零零|零元|零万|零亿/);
    }
  });
});
