import { describe, expect, it } from 'vitest';
import { fillTemplate, fillText } from '@shared/i18n/fill';

describe('fill ({name} placeholders, one helper for the core and shared catalogues)', () => {
  it('fills numbers and strings the same in every language', () => {
    expect(
      fillText({ 'zh-CN': '第 {row} 行：{column}', en: 'Row {row}: {column}' }, { row: 3, column: '单价' }),
    ).toEqual({
      'zh-CN': '第 3 行：单价',
      en: 'Row 3: 单价',
    });
  });

  it('takes a value worded per language in its own language', () => {
    const role = { 'zh-CN': '财务', en: 'finance' };
    expect(fillText({ 'zh-CN': '需要{role}审批', en: 'Needs {role} approval' }, { role })).toEqual({
      'zh-CN': '需要财务审批',
      en: 'Needs finance approval',
    });
  });

  it('leaves a placeholder without a value as written, and fills 0 and the empty string', () => {
    expect(fillTemplate('{a}/{b}/{c}/{missing}', { a: 0, b: '', c: undefined }, 'en')).toBe('0//{c}/{missing}');
  });
});
