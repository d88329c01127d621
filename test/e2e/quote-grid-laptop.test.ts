import { afterEach, describe, expect, it } from 'vitest';
import { eventually, startWorkbench, type Workbench } from './harness';
import { QuoteEditorPage } from './pages/QuoteEditorPage';
import { text } from './pages/text';

const t = (key: string, vars?: Record<string, string | number>) => text('zh-CN', key, vars);

/** The box of an element: where it is drawn on the page. */
async function box(wb: Workbench, selector: string, name?: string) {
  const locator = name
    ? wb.page.locator(selector).filter({ hasText: new RegExp(`^${name}$`) })
    : wb.page.locator(selector);
  const b = await locator.first().boundingBox();
  if (!b) throw new Error(`not drawn: ${selector} ${name ?? ''}`);
  return b;
}

/** Issue 15: the grid was 1256 px wide in an 870 px area on a laptop, the name column ~128 px. */
describe('the quote grid on a 1366×768 laptop', () => {
  let wb: Workbench | undefined;
  afterEach(async () => {
    await wb?.close();
    wb = undefined;
  });

  it('shows kind, name, quantity, unit, rate and amount without scrolling sideways; keys move and add', async () => {
    wb = await startWorkbench({
      setup: { mode: 'demo', adminName: '王芳', companyName: '星河整合传播', language: 'zh-CN' },
      lang: 'zh-CN',
    });
    await wb.page.setViewportSize({ width: 1366, height: 768 });
    // The demo quote with the most lines.
    const quotes = (await wb.call('quotes.list', {})).items;
    const biggest = [...quotes].sort((a, b) => b.lineCount - a.lineCount)[0]!;
    const editor = new QuoteEditorPage(wb.page);
    await editor.open(wb.server.url, biggest.id);

    const grid = await box(wb, '.qe-grid');
    expect(await wb.page.locator('.qe-grid').evaluate((el) => el.scrollLeft)).toBe(0);
    for (const key of ['kind', 'roleOrItem', 'qtyShort', 'unit', 'priceShort', 'amount']) {
      const cell = await box(wb, '.qe-head > span', t(`quoteEditor.col.${key}`));
      expect(cell.x, key).toBeGreaterThanOrEqual(grid.x);
      expect(cell.x + cell.width, key).toBeLessThanOrEqual(grid.x + grid.width);
    }
    // The name column has room for a name, and a long one is whole in its tooltip.
    const name = await box(wb, '.qe-head > span', t('quoteEditor.col.roleOrItem'));
    expect(name.width).toBeGreaterThanOrEqual(160);
    const firstName = wb.page.locator('.qe-line input[data-cell$=":name"]').first();
    expect(await firstName.getAttribute('title')).toBe(await firstName.inputValue());

    // Scrolled to the market columns, kind and name stay in view (sticky).
    await wb.page.locator('.qe-grid').evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    const stickyName = await box(wb, '.qe-line [data-cell$=":name"]');
    expect(stickyName.x).toBeGreaterThanOrEqual(grid.x);
    expect(stickyName.x + stickyName.width).toBeLessThanOrEqual(grid.x + grid.width);
    await wb.page.locator('.qe-grid').evaluate((el) => el.scrollTo({ left: 0 }));

    // ↓ and ↑ move between lines, in the same column (the grid's arrow keys).
    const names = wb.page.locator('.qe-line input[data-cell$=":name"]');
    const prices = wb.page.locator('.qe-line input[data-cell$=":price"]');
    await prices.nth(0).click();
    await wb.page.keyboard.press('ArrowDown');
    expect(await wb.page.locator(':focus').getAttribute('data-cell')).toBe(
      await prices.nth(1).getAttribute('data-cell'),
    );
    await wb.page.keyboard.press('ArrowUp');
    expect(await wb.page.locator(':focus').getAttribute('data-cell')).toBe(
      await prices.nth(0).getAttribute('data-cell'),
    );

    // A line in hours; Enter below it gives a labour line in days, not in hours.
    const unit = wb.page.locator('.qe-line select[data-cell$=":unit"]').first();
    await unit.selectOption('hours');
    await names.nth(0).click();
    await wb.page.keyboard.press('Enter');
    const added = wb.page.locator('.qe-line select[data-cell$=":unit"]').nth(1);
    await expect(added.inputValue()).resolves.toBe('days');

    // Ctrl+K opens the market picker for the line; Ctrl+Shift+Enter adds a section.
    await names.nth(0).click();
    await wb.page.keyboard.press('Control+k');
    const picker = wb.page.getByRole('dialog');
    await picker.waitFor();
    await wb.page.keyboard.press('Escape');
    await picker.waitFor({ state: 'hidden' });
    await names.nth(0).click();
    await wb.page.keyboard.press('Control+Shift+Enter');
    // The new section's title has the focus, named by the next number.
    const n = (await wb.call('quotes.get', { id: biggest.id })).document.sections.length + 1;
    await eventually(async () => {
      const focused = wb!.page.locator(':focus');
      expect(await focused.getAttribute('data-cell')).toMatch(/:title$/);
      expect(await focused.inputValue()).toBe(t('quoteEditor.newSectionTitle', { n }));
    });
    expect(wb.pageErrors).toEqual([]);
  });
});
