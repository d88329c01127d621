import { LANGS } from '@shared/i18n/lang';
import { screenshotSaver } from './screenshot-saver';
import { startWorkbench } from './harness';
import { ArchiveSearchPage } from './pages/ArchiveSearchPage';
import { seedArchiveWorld } from './pages/ArchiveWorld';
import { ShellPage } from './pages/ShellPage';

/** The archive in both languages: a search, a version compare, the pipeline. */
export async function takeArchiveScreenshots(): Promise<string[]> {
  const { shoot, saved } = screenshotSaver();
  const wb = await startWorkbench({
    setup: { mode: 'demo', adminName: '王芳', companyName: '星河整合传播', language: 'zh-CN' },
  });
  try {
    const { proposalId } = await seedArchiveWorld(wb);
    const shell = new ShellPage(wb.page);
    await shell.waitForReady();
    for (const lang of LANGS) {
      await shell.switchLanguage(lang);
      const search = new ArchiveSearchPage(wb.page, lang);
      await search.open(wb.server.url);
      await search.search('品牌');
      await wb.page.mouse.move(1278, 798);
      await shoot(wb.page, `${lang}-archive-search`);
      await wb.page.goto(new URL(`/archive/proposals/${proposalId}/compare?from=1&to=2`, wb.server.url).href);
      await wb.page.locator('.ar-cmp-lines').waitFor();
      await shoot(wb.page, `${lang}-archive-compare`);
      await wb.page.evaluate("document.getElementById('main').scrollTo(0, 1e6)");
      await shoot(wb.page, `${lang}-archive-compare-quote`);
      await wb.page.goto(new URL('/archive/pipeline', wb.server.url).href);
      await wb.page.locator('.ar-grid').waitFor();
      await shoot(wb.page, `${lang}-archive-pipeline`);
    }
  } finally {
    await wb.close();
  }
  return saved;
}
