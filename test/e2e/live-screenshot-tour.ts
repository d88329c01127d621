import { LANGS } from '@shared/i18n/lang';
import { screenshotSaver } from './screenshot-saver';
import { startWorkbench, type Workbench } from './harness';
import { QuoteEditorPage } from './pages/QuoteEditorPage';
import { ShellPage } from './pages/ShellPage';

/**
 * Issue 17's live screens in both languages: the quote editor's conflict view (someone saved the
 * title and a line meanwhile) at 1366 × 768 and 1920 wide, and the "reconnecting…" hint.
 */
export async function takeLiveScreenshots(): Promise<string[]> {
  const { shoot, saved } = screenshotSaver();
  const wb: Workbench = await startWorkbench({
    setup: { mode: 'demo', adminName: '王芳', companyName: '星河整合传播', language: 'zh-CN' },
  });
  try {
    const { page } = wb;
    const shell = new ShellPage(page);
    await shell.waitForReady();
    const quote = (await wb.call('quotes.list', {})).items[0]!;
    for (const lang of LANGS) {
      await shell.switchLanguage(lang);
      for (const width of [1920, 1366]) {
        await page.setViewportSize({ width, height: 768 });
        const editor = new QuoteEditorPage(page, lang);
        await editor.open(wb.server.url, quote.id);
        // Someone else saves a new title and a longer line meanwhile…
        const stored = await wb.call('quotes.get', { id: quote.id });
        const [first, ...rest] = stored.document.sections;
        const line = first!.lines[0]!;
        const longer = line.kind === 'labor' && line.days ? { ...line, days: String(Number(line.days) + 2) } : line;
        await wb.call('quotes.save', {
          id: quote.id,
          revision: stored.revision,
          clientId: stored.clientId,
          ownerId: stored.ownerId,
          document: {
            ...stored.document,
            title: `${stored.document.title}（财务调整）`,
            sections: [{ ...first!, lines: [longer, ...first!.lines.slice(1)] }, ...rest],
          },
          lineMeta: stored.lineMeta,
        });
        // …while this editor changes the title too, and saves.
        await editor.header('title').focus();
        await editor.replace(lang === 'en' ? 'Spring launch — my version' : '春季发布报价（我的版本）');
        await editor.save();
        await editor.conflict().waitFor();
        await editor.conflict().scrollIntoViewIfNeeded();
        await shoot(page, `${lang}-live-quote-conflict-${width}`);
        // Keep mine, so the next round starts from a clean editor.
        await editor
          .conflict()
          .getByRole('button', { name: lang === 'en' ? 'Keep mine (save over theirs)' : '保留我的（覆盖他们的）' })
          .click();
        await editor.conflict().waitFor({ state: 'detached' });
      }
      // The feed cut off (as when the server restarts): after five seconds, the hint.
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.route('**/api/events**', (route) => route.abort());
      await page.reload();
      await shell.waitForReady();
      await page.getByTestId('live-reconnecting').waitFor({ timeout: 20_000 });
      await shoot(page, `${lang}-live-reconnecting`);
      await page.unroute('**/api/events**');
      await page.reload();
      await shell.waitForReady();
      await page.getByTestId('live-reconnecting').waitFor({ state: 'detached', timeout: 60_000 });
    }
  } finally {
    await wb.close();
  }
  return saved;
}
