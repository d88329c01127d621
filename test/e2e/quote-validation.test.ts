import { afterEach, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { eventually, startWorkbench, type Workbench } from './harness';
import { QuoteEditorPage, type LineColumn } from './pages/QuoteEditorPage';
import { text } from './pages/text';

const DEMO = { mode: 'demo', adminName: '王芳', companyName: '星河整合传播', language: 'zh-CN' } as const;

describe('the quote editor refuses bad input', () => {
  let wb: Workbench | undefined;
  afterEach(async () => {
    await wb?.close();
    wb = undefined;
  });

  it('words every bad entry at its cell and saves nothing while any is left', async () => {
    wb = await startWorkbench({ setup: DEMO });
    const clients = await wb.call('clients.list', {});
    const quote = await wb.call('quotes.create', { clientId: clients.items[0]!.id, title: '校验' });
    const editor = new QuoteEditorPage(wb.page);
    await editor.open(wb.server.url, quote.id);
    await editor.sectionTitle(1).focus();
    await editor.press('Enter');
    await editor.type('高级策划');
    await editor.press('Tab');
    await editor.type('2');
    await editor.press('Tab');
    await editor.type('3');
    await editor.press('Shift+Enter');
    await editor.type('场地租赁');
    await editor.press('Tab');
    await editor.type('1');
    await editor.press('Tab');
    await editor.press('Tab');
    await editor.type('1000');
    await editor.press('Tab');
    await editor.type('800');

    const set = async (field: Locator, value: string) => {
      await field.focus();
      await editor.press('ControlOrMeta+A');
      if (value === '') await editor.press('Backspace');
      else await editor.type(value);
    };
    const messageAt = async (field: Locator, inGrid: boolean): Promise<string> => {
      await field.focus();
      const message = inGrid ? editor.cellError(field) : editor.fieldError(field);
      await message.waitFor();
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      return ((await message.textContent()) ?? '').trim();
    };

    // Line cells: [row, column, bad value, words the message must contain]
    const lineCases: [number, LineColumn, string, string][] = [
      [1, 'role', '', '岗位'],
      [1, 'headcount', '两人', '人数'],
      [1, 'duration', '-1', '不能为负数'],
      [1, 'rate', '2,800.123', '最多 2 位小数'],
      [1, 'costRate', 'abc', '请输入金额'],
      [1, 'marketPrice', '12x', '请输入金额'],
      [1, 'marketDate', '2026-13-01', '日期无效'],
      [2, 'quantity', '1.2345', '最多 3 位小数'],
      [2, 'unitPrice', '', '此项为必填'],
      [2, 'unitCost', '-5', '不能为负数'],
    ];
    for (const [row, column, value, words] of lineCases) {
      await set(editor.cell(row, column), value);
      expect(await messageAt(editor.cell(row, column), true), `${column}`).toContain(words);
    }
    // A market reference needs its source (the venue's was filled from the library).
    await set(editor.cell(2, 'marketSource'), '');
    expect(await messageAt(editor.cell(2, 'marketSource'), true)).toContain('市价来源');
    // A rate changed from the card needs its reason.
    await set(editor.cell(1, 'rate'), '3000');
    expect(await messageAt(editor.cell(1, 'rateReason'), true)).toContain('调整原因');

    const headerCases: [Locator, string, string][] = [
      [editor.header('title'), '', '报价标题'],
      [editor.header('taxPercent'), '6%', '税率'],
      [editor.header('validUntil'), '2027-02-30', '日期无效'],
      [editor.discount('discountPercent'), '120', '不能超过 100'],
    ];
    for (const [field, value, words] of headerCases) {
      await set(field, value);
      expect(await messageAt(field, false)).toContain(words);
    }
    expect(await messageAt(editor.discount('discountReason'), false)).toContain('折扣原因');
    expect(await messageAt(editor.discount('discountCondition'), false)).toContain('交换条件');
    await set(editor.sectionTitle(1), '');
    await editor.sectionTitle(1).focus();
    await editor.page.locator('.qe-section .qe-cell-error').waitFor();

    await editor.save();
    await editor.invalidBanner().waitFor();
    const stored = await wb.call('quotes.get', { id: quote.id });
    expect(stored.revision).toBe(1);
    expect(stored.document.sections[0]!.lines).toEqual([]);

    // Every message follows the language.
    await editor.page
      .getByRole('group', { name: text('zh-CN', 'header.language') })
      .getByRole('button', { name: 'English' })
      .click();
    editor.lang = 'en';
    await editor.cell(1, 'costRate').focus();
    await eventually(async () =>
      expect(await editor.cellError(editor.cell(1, 'costRate')).textContent()).toContain('Enter an amount'),
    );
    expect(wb.pageErrors).toEqual([]);
  });
});
