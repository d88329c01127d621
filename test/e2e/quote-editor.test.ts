import { afterEach, describe, expect, it } from 'vitest';
import type { QuoteRecord } from '@shared/contract';
import { eventually, startWorkbench, type Workbench } from './harness';
import { QuoteEditorPage } from './pages/QuoteEditorPage';
import { ShellPage } from './pages/ShellPage';
import { text } from './pages/text';

const DEMO = { mode: 'demo', adminName: '王芳', companyName: '星河整合传播', language: 'zh-CN' } as const;

/** DOMAIN.md §1's worked example, in the editor's own words. */
const EXPECTED = {
  subtotal: '¥39,198.18',
  discount: '−¥1,959.91',
  net: '¥37,238.27',
  tax: '¥2,234.30',
  total: '¥39,472.57',
  margin: '36.8%',
};

async function newQuote(wb: Workbench, title = '测试报价'): Promise<QuoteRecord> {
  const clients = await wb.call('clients.list', {});
  return wb.call('quotes.create', { clientId: clients.items[0]!.id, title });
}

async function expectTotals(editor: QuoteEditorPage, expected: Partial<Record<keyof typeof EXPECTED, string>>) {
  await eventually(async () => {
    for (const [name, value] of Object.entries(expected))
      expect(await editor.totalText(name as keyof typeof EXPECTED)).toBe(value);
  });
}

describe('the quote editor', () => {
  let wb: Workbench | undefined;
  afterEach(async () => {
    await wb?.close();
    wb = undefined;
  });

  it('builds the worked example by keyboard, shows its exact totals in both languages, undoes and redoes', async () => {
    wb = await startWorkbench({ setup: DEMO });
    const page = wb.page;
    const shell = new ShellPage(page);
    await shell.waitForReady();
    await page.keyboard.press('Alt+3');
    await shell.title('quotes').waitFor();

    // New quote: the button, then the dialog, all from the keyboard.
    await page.getByRole('button', { name: `+ ${text('zh-CN', 'quoteEditor.newQuote')}` }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.type('2027 品牌发布会');
    await page.keyboard.press('Enter');

    const editor = new QuoteEditorPage(page);
    await editor.waitForEditor();
    await editor.header('taxPercent').focus();
    await editor.replace('6');
    await editor.press('Tab'); // agency fee (added beside the tax rate)
    await editor.press('Tab'); // valid until
    await editor.press('Tab'); // difficulty
    await editor.type('3');
    await editor.press('Tab');
    await editor.type('两周工期，三方审批');
    await editor.press('Tab');
    await editor.type('发布会当天 500 人到场，媒体曝光 2,000 万次');
    await editor.press('Tab'); // the grid header's column-width handle (one Tab stop)
    await editor.press('Tab'); // the section's collapse button
    await editor.press('Tab'); // the section's title
    await editor.replace('策划');
    await editor.press('Enter'); // a labor line, focus on its role

    await editor.type('高级策划'); // from the rate card: ¥2,800.00 / ¥1,500.00 a day
    await editor.press('Tab');
    await editor.type('2');
    await editor.press('Tab');
    await editor.type('3.5');
    await editor.press('Enter'); // another labor line below
    await editor.type('设计师'); // ¥1,666.67 / ¥900.00
    await editor.press('Tab');
    await editor.type('1');
    await editor.press('Tab');
    await editor.type('2.25');
    await editor.press('Shift+Enter'); // an item line below
    await editor.type('场地租赁');
    await editor.press('Tab');
    await editor.type('1');
    await editor.press('Tab'); // unit
    await editor.type('场');
    await editor.press('Tab');
    await editor.type('12345.67');
    await editor.press('Tab');
    await editor.type('11000');

    await editor.discount('discountPercent').focus();
    await editor.type('5');
    await editor.press('Tab'); // amount
    await editor.press('Tab');
    await editor.type('年度框架合作');
    await editor.press('Tab');
    await editor.type('客户续签下一年度服务');

    await expectTotals(editor, EXPECTED);
    expect(await editor.cell(1, 'rate').inputValue()).toBe('2800.00');
    expect(await editor.cell(2, 'rate').inputValue()).toBe('1666.67');

    // Five edits back: condition, reason, discount, venue cost, venue price — and forward again.
    await editor.press('ControlOrMeta+Z', 5);
    await expectTotals(editor, { subtotal: '¥26,852.51', discount: '−¥0.00', total: '¥28,463.66' });
    expect(await editor.discount('discountReason').inputValue()).toBe('');
    expect(await editor.cell(3, 'unitPrice').inputValue()).toBe('');
    await editor.press('ControlOrMeta+Shift+Z', 5);
    await expectTotals(editor, EXPECTED);
    expect(await editor.discount('discountCondition').inputValue()).toBe('客户续签下一年度服务');

    await editor.save();
    await editor
      .status()
      .getByText(text('zh-CN', 'quoteEditor.savedRevision', { revision: 2 }))
      .waitFor();
    const id = Number(new URL(page.url()).pathname.split('/').pop());
    const stored = await wb.call('quotes.get', { id });
    expect(stored.computed).toMatchObject({ subtotal: 3919818, discount: 195991, net: 3723827, tax: 223430 });
    expect(stored.computed).toMatchObject({ total: 3947257, cost: 2352500, marginPercent: '36.8' });
    expect(stored.lineMeta[stored.document.sections[0]!.lines[0]!.id!]?.cardRate).toBe(280000);

    await shell.switchLanguage('en');
    editor.lang = 'en';
    await expectTotals(editor, EXPECTED);
    await editor.page.getByText(text('en', 'quoteEditor.totals'), { exact: true }).waitFor();
    expect(wb.pageErrors).toEqual([]);
  });

  it('pastes 20 rows from a spreadsheet into lines', async () => {
    wb = await startWorkbench({ setup: DEMO });
    const quote = await newQuote(wb);
    const editor = new QuoteEditorPage(wb.page);
    await editor.open(wb.server.url, quote.id);
    await editor.sectionTitle(1).focus();
    await editor.press('Enter');
    const rows = Array.from({ length: 20 }, (_, i) => `策划 ${i + 1}\t${(i % 3) + 1}\t${i + 1}.5\t1,000.00\t600`);
    await editor.paste(rows.join('\n') + '\n');
    await editor.page
      .getByText(text('zh-CN', 'quoteEditor.sectionMeta', { count: 20, level: 2, multiplier: '1.00' }))
      .waitFor();
    expect(await editor.cell(20, 'role').inputValue()).toBe('策划 20');
    expect(await editor.cell(20, 'duration').inputValue()).toBe('20.5');
    // Σ headcount × days × ¥1,000 = 1,225 person-days… checked by the engine on save.
    await editor.save();
    await editor
      .status()
      .getByText(text('zh-CN', 'quoteEditor.savedRevision', { revision: 2 }))
      .waitFor();
    const stored = await wb.call('quotes.get', { id: quote.id });
    expect(stored.document.sections[0]!.lines).toHaveLength(20);
    const expected = rows.reduce((sum, _, i) => sum + ((i % 3) + 1) * (i + 1.5) * 100000, 0);
    expect(stored.computed.subtotal).toBe(expected);
    expect(wb.pageErrors).toEqual([]);
  });

  it('offers the unsaved draft after a reload mid-edit', async () => {
    wb = await startWorkbench({ setup: DEMO });
    const quote = await newQuote(wb);
    const editor = new QuoteEditorPage(wb.page);
    await editor.open(wb.server.url, quote.id);
    await editor.sectionTitle(1).focus();
    await editor.press('Enter');
    await editor.type('文案');
    await editor.press('Tab');
    await editor.type('3');
    await editor.press('Tab');
    await editor.type('4');
    await editor.waitForDraftSaved();
    await wb.page.reload();
    await editor.draftOffer().waitFor();
    await editor.restoreDraft();
    expect(await editor.cell(1, 'role').inputValue()).toBe('文案');
    expect(await editor.cell(1, 'duration').inputValue()).toBe('4');
    // 3 × 4 days × the card's ¥1,500.00
    await expectTotals(editor, { subtotal: '¥18,000.00' });
    expect(wb.pageErrors).toEqual([]);
  });

  it('refuses a second tab’s save of an older revision with the conflict message, and keeps its edits', async () => {
    wb = await startWorkbench({ setup: DEMO });
    const quote = await newQuote(wb);
    const first = new QuoteEditorPage(wb.page);
    await first.open(wb.server.url, quote.id);
    const second = new QuoteEditorPage(await wb.context.newPage());
    await second.open(wb.server.url, quote.id);

    await first.header('title').focus();
    await first.replace('第一个窗口的标题');
    await first.save();
    await first
      .status()
      .getByText(text('zh-CN', 'quoteEditor.savedRevision', { revision: 2 }))
      .waitFor();

    await second.header('title').focus();
    await second.replace('第二个窗口的标题');
    await second.save();
    await second.conflict().waitFor();
    expect(await second.conflict().textContent()).toContain('修订 2');
    expect(await second.header('title').inputValue()).toBe('第二个窗口的标题');
    expect((await wb.call('quotes.get', { id: quote.id })).document.title).toBe('第一个窗口的标题');

    await second
      .conflict()
      .getByRole('button', { name: text('zh-CN', 'live.conflict.keepMine') })
      .click();
    await second
      .status()
      .getByText(text('zh-CN', 'quoteEditor.savedRevision', { revision: 3 }))
      .waitFor();
    expect((await wb.call('quotes.get', { id: quote.id })).document.title).toBe('第二个窗口的标题');
    expect(wb.pageErrors).toEqual([]);
  });
});
