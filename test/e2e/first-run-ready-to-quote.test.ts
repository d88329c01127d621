import { afterEach, describe, expect, it } from 'vitest';
import { STARTER_RATE_CARD } from '@shared/rate-card/starter';
import { eventually, startWorkbench, type Workbench } from './harness';
import { QuoteEditorPage } from './pages/QuoteEditorPage';
import { ShellPage } from './pages/ShellPage';
import { text } from './pages/text';
import { WelcomePage } from './pages/WelcomePage';

const t = (key: string, vars?: Record<string, string | number>) => text('zh-CN', key, vars);

// Issue 15: a new workspace is ready to quote — VAT in the first quote, starter roles on the rate card.
describe('first run: a new workspace is ready to quote', () => {
  let wb: Workbench | undefined;
  afterEach(async () => {
    await wb?.close();
    wb = undefined;
  });

  it('takes currency, VAT and an edited starter card from the keyboard, and a new quote inherits the VAT', async () => {
    wb = await startWorkbench();
    const { page } = wb;
    const welcome = new WelcomePage(page);
    await welcome.waitForVisible();

    // The defaults a Chinese agency expects: CNY and 6% VAT on services.
    const vat = page.getByLabel(t('firstRun.taxPercent'), { exact: true });
    expect(await page.getByLabel(t('firstRun.currency'), { exact: true }).inputValue()).toBe('CNY');
    expect(await vat.inputValue()).toBe('6');

    // Name (focused on arrival), company, then Tab through language, mode, password, currency to VAT.
    await page.keyboard.type('王芳');
    await page.keyboard.press('Tab');
    await page.keyboard.type('星河公关');
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.getAttribute("name")')).toBe('taxPercent');
    // A rate above 100 is refused on the form with a message at the field, and nothing is created.
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('106');
    await page.keyboard.press('Enter');
    const vatError = page.locator('.field-invalid .field-error');
    await vatError.waitFor();
    expect(await vatError.textContent()).toContain('100');
    expect((await wb.call('workspace.status', {})).initialized).toBe(false);
    await vat.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('6');

    // The starter card: untick 摄影摄像, rename 文案 and change its day rate — all by keyboard.
    const photo = STARTER_RATE_CARD.find((r) => r.role.en === 'Photo & Video')!.role['zh-CN'];
    const photoBox = page.getByRole('checkbox', { name: t('firstRun.starterIncludeRole', { role: photo }) });
    await photoBox.focus();
    await page.keyboard.press('Space');
    expect(await photoBox.isChecked()).toBe(false);
    const copyBox = page.getByRole('checkbox', { name: t('firstRun.starterIncludeRole', { role: '文案' }) });
    await copyBox.focus();
    await page.keyboard.press('Tab'); // its name
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('资深文案');
    await page.keyboard.press('Tab'); // its day rate
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('3,200.50');
    await page.keyboard.press('Enter');

    const shell = new ShellPage(page);
    await shell.waitForReady();
    await expect.poll(() => shell.companyName(), { timeout: 10_000 }).toBe('星河公关');
    const settings = await wb.call('settings.get', {});
    expect(settings).toMatchObject({ currency: 'CNY', taxPercent: '6' });

    // A client to quote for, then a new quote from the keyboard: it carries the workspace VAT.
    await wb.call('clients.save', {
      name: '蓝鲸科技',
      industry: '',
      status: 'active',
      priceSensitivity: 'insensitive',
      ownerId: null,
      decisionProcess: '',
      character: null,
      professionalism: null,
      tags: [],
      relatedSales: 0,
      contacts: [],
      dates: [],
    });
    await page.keyboard.press('Alt+3');
    await shell.title('quotes').waitFor();
    await page.getByRole('button', { name: `+ ${t('quoteEditor.newQuote')}` }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.type('品牌发布会');
    await page.keyboard.press('Enter');
    const editor = new QuoteEditorPage(page);
    await editor.waitForEditor();
    expect(await editor.header('taxPercent').inputValue()).toBe('6');

    // The rate card holds the six ticked roles, the edited one as typed.
    await page.keyboard.press('Alt+3');
    await shell.title('quotes').waitFor();
    await page.getByRole('link', { name: t('quoteEditor.tabLibrary') }).click();
    const table = page.getByRole('table', { name: t('library.rateCard') });
    await table.waitFor();
    await eventually(async () => {
      const roles = await table.locator('tbody tr td:first-child').allTextContents();
      expect(roles.map((r) => r.trim()).sort()).toEqual(
        STARTER_RATE_CARD.map((r) => r.role['zh-CN'])
          .filter((r) => r !== photo)
          .map((r) => (r === '文案' ? '资深文案' : r))
          .sort(),
      );
    });
    expect(await table.getByRole('row', { name: /资深文案/ }).textContent()).toContain('¥3,200.50');
    const card = await wb.call('rateCard.list', {});
    expect(card.items.find((e) => e.role === '资深文案')).toMatchObject({ rate: 320_050, costRate: 130_000 });
    expect(wb.pageErrors).toEqual([]);
  });
});
