import { afterEach, describe, expect, it } from 'vitest';
import { eventually, startWorkbench, type Workbench } from './harness';
import { ListPage } from './pages/ListPage';
import { ShellPage } from './pages/ShellPage';
import { text } from './pages/text';

const t = (key: string, vars?: Record<string, string | number>) => text('zh-CN', key, vars);
const yuan = (s: string) => Number(s.replace(/[^\d.-]/g, ''));

/** Issue 15: the quote and proposal lists (107 rows in the demo) get search, filters, sort and keys. */
describe('the quote and proposal lists', () => {
  let wb: Workbench | undefined;
  afterEach(async () => {
    await wb?.close();
    wb = undefined;
  });

  it('search, filters, sort, keyboard and a remembered session on the quote list; status on proposals', async () => {
    wb = await startWorkbench({
      setup: { mode: 'demo', adminName: '王芳', companyName: '星河整合传播', language: 'zh-CN' },
      lang: 'zh-CN',
    });
    const { page } = wb;
    await page.setViewportSize({ width: 1366, height: 768 });
    const shell = new ShellPage(page);
    await shell.waitForReady();
    const quotes = (await wb.call('quotes.list', {})).items;
    expect(quotes.length).toBeGreaterThan(60);

    await shell.open('quotes');
    const list = new ListPage(page, 'quotes');
    expect(await list.waitForRows()).toBe(quotes.length);
    // Virtualized: far fewer rows drawn than the list holds.
    expect(await list.rows.count()).toBeLessThan(quotes.length);
    const shown = page.getByTestId('list-shown');
    expect(await shown.textContent()).toBe(t('lists.shown', { shown: quotes.length, total: quotes.length }));

    // "/" puts the caret in the search; a client's name narrows the list to that client's quotes.
    const client = quotes[0]!.clientName;
    const expected = quotes.filter((q) => [q.title, q.clientName, q.ownerName ?? ''].join(' ').includes(client));
    await page.locator('h1').first().click();
    await page.keyboard.press('/');
    await eventually(async () =>
      expect(await list.search.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true),
    );
    await page.keyboard.type(client);
    await eventually(async () => expect(await list.waitForRows()).toBe(expected.length));
    expect(new Set(await list.columnTexts(t('quotes.client')))).toEqual(new Set([client]));

    // The client filter, then an amount floor: every row shown is that client's and above it.
    await list.search.fill('');
    await list.filter('client').selectOption(client);
    const ofClient = quotes.filter((q) => q.clientName === client);
    await eventually(async () => expect(await list.waitForRows()).toBe(ofClient.length));
    const floor = [...ofClient].sort((a, b) => a.total - b.total)[Math.floor(ofClient.length / 2)]!.total;
    await list.filter('minAmount').fill(String(floor / 100));
    const above = ofClient.filter((q) => q.total >= floor);
    await eventually(async () => expect(await list.waitForRows()).toBe(above.length));
    for (const total of await list.columnTexts(t('quotes.total')))
      expect(yuan(total) * 100).toBeGreaterThanOrEqual(floor);

    // Nothing matches: the empty state says so and resets.
    await list.search.fill('不存在的报价名称 zzz');
    await page.getByRole('heading', { name: t('lists.noMatchTitle') }).waitFor();
    await page
      .getByRole('region', { name: t('lists.noMatchTitle') })
      .getByRole('button', { name: t('lists.reset') })
      .click();
    await eventually(async () => expect(await list.waitForRows()).toBe(quotes.length));
    expect(await list.search.inputValue()).toBe('');

    // Sort by total: largest first, then smallest first; the header says which.
    await list.sortButton(t('quotes.total')).click();
    const th = list.header(t('quotes.total'));
    expect(await th.getAttribute('aria-sort')).toBe('descending');
    const desc = (await list.columnTexts(t('quotes.total'))).map(yuan);
    expect(desc[0]).toBe(Math.max(...quotes.map((q) => q.total)) / 100);
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    await list.sortButton(t('quotes.total')).click();
    expect(await th.getAttribute('aria-sort')).toBe('ascending');
    const asc = (await list.columnTexts(t('quotes.total'))).map(yuan);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));

    // ↓ from a row's title to the next row's; Enter opens it.
    const titles = await list.titles();
    await list.rows.nth(0).getByRole('link').focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.locator(':focus').textContent()).toBe(titles[1]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await page.locator(':focus').textContent()).toBe(titles[1]);
    const second = [...quotes].sort((a, b) => a.total - b.total)[1]!;
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/quotes/${second.id}`);

    // Back on the list, this session's filters and sort are still set.
    await page.goBack();
    await list.waitForRows();
    expect(await th.getAttribute('aria-sort')).toBe('ascending');

    // Proposals: the status filter.
    await list.filter('minAmount').fill('');
    const proposals = (await wb.call('proposals.list', {})).items;
    await shell.open('proposals');
    const plist = new ListPage(page, 'proposals');
    expect(await plist.waitForRows()).toBe(proposals.length);
    await plist.filter('status').selectOption('won');
    const won = proposals.filter((p) => p.status === 'won');
    expect(won.length).toBeGreaterThan(0);
    await eventually(async () => expect(await plist.waitForRows()).toBe(won.length));
    expect(new Set(await plist.columnTexts(t('proposals.status')))).toEqual(new Set([t('proposals.statuses.won')]));
    expect(wb.pageErrors).toEqual([]);
  });
});
