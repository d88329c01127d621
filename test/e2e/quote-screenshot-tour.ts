import { LANGS } from '@shared/i18n/lang';
import { screenshotSaver } from './screenshot-saver';
import { startWorkbench, type Workbench } from './harness';
import { QuoteEditorPage } from './pages/QuoteEditorPage';
import { ShellPage } from './pages/ShellPage';
import { bigQuote, workedExample } from './quote-fixtures';

/** The quote builder in both languages: the worked example, a 1,000-line quote, an invalid cell, the library. */
export async function takeQuoteScreenshots(): Promise<string[]> {
  const { shoot, saved } = screenshotSaver();
  const wb: Workbench = await startWorkbench({
    setup: { mode: 'demo', adminName: '王芳', companyName: '星河整合传播', language: 'zh-CN' },
  });
  try {
    const clients = await wb.call('clients.list', {});
    const clientId = clients.items[0]!.id;
    const small = await wb.call('quotes.create', { clientId, title: '2027 品牌发布会', document: workedExample() });
    const big = await wb.call('quotes.create', { clientId, title: '年度整合传播服务', document: bigQuote(1000) });
    const shell = new ShellPage(wb.page);
    await shell.waitForReady();
    for (const lang of LANGS) {
      await shell.switchLanguage(lang);
      const editor = new QuoteEditorPage(wb.page, lang);
      await editor.open(wb.server.url, small.id);
      await wb.page.mouse.move(1278, 798);
      await shoot(wb.page, `${lang}-quote-editor`);
      // A bad entry, with its message at the cell.
      await editor.cell(2, 'headcount').focus();
      await editor.replace('两个');
      await shoot(wb.page, `${lang}-quote-editor-invalid`);
      await editor.press('ControlOrMeta+Z');
      await wb.page.evaluate("document.getElementById('main').scrollTo(0, 420)");
      await shoot(wb.page, `${lang}-quote-editor-summary`);
      await editor.open(wb.server.url, big.id);
      await wb.page.evaluate("document.querySelector('.qe-grid').scrollTo(0, 17000)");
      await shoot(wb.page, `${lang}-quote-editor-1000`);
      await wb.page.goto(new URL('/quotes/library', wb.server.url).href);
      await wb.page.getByRole('table').first().waitFor();
      await shoot(wb.page, `${lang}-quote-library`);
    }
  } finally {
    await wb.close();
  }
  return saved;
}
