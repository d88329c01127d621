import { afterEach, describe, expect, it } from 'vitest';
import { startWorkbench, type Workbench } from './harness';
import { QuoteEditorPage } from './pages/QuoteEditorPage';
import { text } from './pages/text';

const t = (key: string, vars?: Record<string, string | number>) => text('zh-CN', key, vars);

/** Issue 15: the grid's columns a user controls — hidden columns and widths, remembered per user. */
describe('the quote grid columns a user controls, at 1366×768', () => {
  let wb: Workbench | undefined;
  afterEach(async () => {
    await wb?.close();
    wb = undefined;
  });

  it('hides a column and resizes the name column by keyboard; both survive a reload, for that user only', async () => {
    wb = await startWorkbench({
      setup: { mode: 'demo', adminName: '王芳', companyName: '星河整合传播', language: 'zh-CN' },
      lang: 'zh-CN',
    });
    const page = wb.page;
    await page.setViewportSize({ width: 1366, height: 768 });
    const quotes = (await wb.call('quotes.list', {})).items;
    const biggest = [...quotes].sort((a, b) => b.lineCount - a.lineCount)[0]!;
    const editor = new QuoteEditorPage(page);
    await editor.open(wb.server.url, biggest.id);

    const header = (key: string) =>
      page.locator('.qe-head > span').filter({ hasText: new RegExp(`^${t(`quoteEditor.col.${key}`)}$`) });
    const costCells = page.locator('.qe-line input[data-cell$=":cost"]');
    const nameSeparator = page.getByRole('separator', {
      name: t('quoteEditor.columns.resize', { column: t('quoteEditor.col.roleOrItem') }),
    });
    const nameWidth = async () => (await header('roleOrItem').boundingBox())!.width;

    // As shipped: the cost column is drawn, the name column 184 px wide.
    await expect(header('costShort').isVisible()).resolves.toBe(true);
    await expect(costCells.first().isVisible()).resolves.toBe(true);
    expect(await nameSeparator.getAttribute('aria-valuenow')).toBe('184');
    expect(Math.round(await nameWidth())).toBe(184);

    // The chooser: the quote's own columns are not offered; untick cost.
    await page.getByRole('button', { name: t('quoteEditor.columns.open') }).click();
    const dialog = page.getByRole('dialog', { name: t('quoteEditor.columns.title') });
    await dialog.waitFor();
    await expect(dialog.getByRole('checkbox', { name: t('quoteEditor.col.amount') }).count()).resolves.toBe(0);
    await expect(dialog.getByRole('checkbox', { name: t('quoteEditor.col.roleOrItem') }).count()).resolves.toBe(0);
    await dialog.getByRole('checkbox', { name: t('quoteEditor.col.costShort') }).uncheck();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect(header('costShort').isVisible()).resolves.toBe(false);
    await expect(costCells.first().isVisible()).resolves.toBe(false);

    // The name column's separator by keyboard: 3 × → is +48 px, ← is −16 px.
    await nameSeparator.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    expect(await nameSeparator.getAttribute('aria-valuenow')).toBe('216');
    expect(Math.round(await nameWidth())).toBe(216);
    // The line cells follow the header (one template for every row).
    const firstName = page.locator('.qe-line [data-cell$=":name"]').first();
    expect(Math.round((await firstName.locator('xpath=..').boundingBox())!.width)).toBe(216);
    // End is the widest the column goes, Home the narrowest; back to 216 by keys.
    await page.keyboard.press('Home');
    expect(await nameSeparator.getAttribute('aria-valuenow')).toBe('120');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    expect(await nameSeparator.getAttribute('aria-valuenow')).toBe('216');
    // The pointer: drag the handle 32 px to the left, then back by keys.
    const handle = (await nameSeparator.boundingBox())!;
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(handle.x + handle.width / 2 - 20, handle.y + handle.height / 2, { steps: 4 });
    await page.mouse.move(handle.x + handle.width / 2 - 32, handle.y + handle.height / 2, { steps: 4 });
    await page.mouse.up();
    expect(await nameSeparator.getAttribute('aria-valuenow')).toBe('184');
    expect(Math.round(await nameWidth())).toBe(184);
    await nameSeparator.focus();
    for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight');
    expect(await nameSeparator.getAttribute('aria-valuenow')).toBe('216');

    // ←/→ between cells skip the hidden column: from the rate straight to the amount's neighbour.
    const prices = page.locator('.qe-line input[data-cell$=":price"]');
    await prices.first().click();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowRight');
    const after = await page.locator(':focus').getAttribute('data-cell');
    expect(after).not.toMatch(/:cost$/);
    expect(await page.locator(':focus').isVisible()).toBe(true);

    // The handles are one Tab stop; Shift+→/← move between them (skipping hidden columns' handles).
    await expect(page.locator('[role="separator"][tabindex="0"]').count()).resolves.toBe(1);
    await nameSeparator.focus();
    await page.keyboard.press('Shift+ArrowRight');
    expect(await page.locator(':focus').getAttribute('data-resize')).toBe('price');
    await page.keyboard.press('Shift+ArrowRight');
    expect(await page.locator(':focus').getAttribute('data-resize')).toBe('amount');
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Shift+ArrowLeft');
    expect(await page.locator(':focus').getAttribute('data-resize')).toBe('name');
    expect(await nameSeparator.getAttribute('aria-valuenow')).toBe('216');

    // Reload: both remembered.
    await page.reload();
    await editor.waitForEditor();
    await expect(header('costShort').isVisible()).resolves.toBe(false);
    expect(await nameSeparator.getAttribute('aria-valuenow')).toBe('216');
    expect(Math.round(await nameWidth())).toBe(216);

    // Kind, name, quantity, unit, rate and amount still fit without scrolling sideways.
    const grid = (await page.locator('.qe-grid').boundingBox())!;
    for (const key of ['kind', 'roleOrItem', 'qtyShort', 'unit', 'priceShort', 'amount']) {
      const cell = (await header(key).boundingBox())!;
      expect(cell.x + cell.width, key).toBeLessThanOrEqual(grid.x + grid.width);
    }

    // Stored under the signed-in user's id, and read through the schema: a bad value is ignored.
    const users = (await wb.call('users.list', {})).items;
    const admin = users.find((u) => u.name === '王芳')!;
    const key = `workbench.quoteGrid.layout.${admin.id}`;
    // Strings, not functions: this project's TypeScript has no DOM types.
    expect(JSON.parse(await page.evaluate<string>(`localStorage.getItem(${JSON.stringify(key)})`))).toEqual({
      hidden: ['cost'],
      widths: { name: 216 },
    });
    const bad = JSON.stringify({ hidden: ['amount', 'marketDate'], widths: { name: 5000 } });
    await page.evaluate(`localStorage.setItem(${JSON.stringify(key)}, ${JSON.stringify(bad)})`);
    await page.reload();
    await editor.waitForEditor();
    await expect(header('amount').isVisible()).resolves.toBe(true);
    await expect(header('marketDate').isVisible()).resolves.toBe(false);
    expect(await nameSeparator.getAttribute('aria-valuenow')).toBe('184');

    // Another user on the same machine has their own layout: the shipped one.
    const other = users.find((u) => u.id !== admin.id && u.active)!;
    await wb.call('users.setPassword', { id: other.id, password: 'other password 1' });
    await wb.signInAs(other.id, 'other password 1');
    // Same address, so a reload (a navigation to it would only change the hash).
    await page.reload();
    await editor.waitForEditor();
    await expect(page.getByText(other.name).first().isVisible()).resolves.toBe(true);
    await expect(header('marketDate').isVisible()).resolves.toBe(true);
    await expect(header('costShort').isVisible()).resolves.toBe(true);
    expect(wb.pageErrors).toEqual([]);
  });
});
