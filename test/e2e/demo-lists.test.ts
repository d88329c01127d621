import { afterEach, describe, expect, it } from 'vitest';
import { startWorkbench, type Workbench } from './harness';
import { ListPage } from './pages/ListPage';
import { ShellPage } from './pages/ShellPage';
import { text, texts } from './pages/text';
import { WelcomePage } from './pages/WelcomePage';

describe('the demo workspace', () => {
  let wb: Workbench | undefined;
  afterEach(async () => {
    await wb?.close();
    wb = undefined;
  });

  it('loads on first run and fills the client, quote and proposal lists', async () => {
    wb = await startWorkbench();
    const welcome = new WelcomePage(wb.page);
    await welcome.waitForVisible();
    await welcome.setUp({
      adminName: '陈晨',
      companyName: '示例传播',
      mode: 'demo',
      adminPassword: 'demo admin password',
    });

    const shell = new ShellPage(wb.page);
    // The welcome screen's submit sets the demo agency up (a few seconds quiet, several times that
    // on a loaded 2-core CI machine): the page's 15 s default is for a screen, not for that.
    await shell.waitForReady(60_000);
    const status = await wb.call('workspace.status', {});

    await shell.open('clients');
    const clients = new ListPage(wb.page, 'clients');
    expect(await clients.waitForRows()).toBe(status.counts.clients);

    await shell.open('quotes');
    const quotes = new ListPage(wb.page, 'quotes');
    expect(await quotes.waitForRows()).toBe(status.counts.quotes);
    const totals = await quotes.columnTexts(text('zh-CN', 'quotes.total'));
    expect(totals.every((t) => /^¥[\d,]+\.\d{2}$/.test(t))).toBe(true);
    const margins = await quotes.columnTexts(text('zh-CN', 'quotes.margin'));
    // A margin under the floor also carries its warning, so match the figure, not the whole cell.
    expect(margins.every((m) => /^(▼ )?-?\d+\.\d%/.test(m))).toBe(true);

    await shell.open('proposals');
    const proposals = new ListPage(wb.page, 'proposals');
    expect(await proposals.waitForRows()).toBe(status.counts.proposals);
    const statuses = new Set(await proposals.columnTexts(text('zh-CN', 'proposals.status')));
    const known = new Set(texts('zh-CN', 'proposals.statuses'));
    expect([...statuses].every((s) => known.has(s))).toBe(true);
    expect(statuses.size).toBeGreaterThanOrEqual(5);
    expect(wb.pageErrors).toEqual([]);
  });

  it('jumps between areas with Alt+1…7 and lands on the screen title', async () => {
    wb = await startWorkbench({
      setup: { mode: 'demo', adminName: 'Alex', companyName: 'Demo Agency', language: 'en' },
      lang: 'en',
    });
    const shell = new ShellPage(wb.page, 'en');
    await shell.waitForReady();

    await wb.page.keyboard.press('Alt+3');
    await shell.title('quotes').waitFor();
    expect(await wb.page.evaluate('document.activeElement?.id')).toBe('page-title');
    expect(new URL(wb.page.url()).pathname).toBe('/quotes');

    await wb.page.keyboard.press('Alt+7');
    await shell.title('settings').waitFor();
    await wb.page.keyboard.press('Alt+1');
    await shell.title('home').waitFor();
    expect(wb.pageErrors).toEqual([]);
  });
});
