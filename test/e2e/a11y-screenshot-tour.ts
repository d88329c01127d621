import { LANGS } from '@shared/i18n/lang';
import { screenshotSaver } from './screenshot-saver';
import { startWorkbench } from './harness';
import { seedArchiveWorld } from './pages/ArchiveWorld';
import { textIn } from './pages/text';

/** The screens issue 20 changed: dialogs over the whole window, the grid's focus ring, a toolbar's focus. */
export async function takeA11yScreenshots(): Promise<string[]> {
  const { shoot, saved } = screenshotSaver();
  for (const lang of LANGS) {
    const wb = await startWorkbench({
      setup: { mode: 'demo', adminName: '王芳', companyName: '星河整合传播', language: lang },
      lang,
    });
    try {
      const t = textIn(lang);
      const { page } = wb;
      const world = await seedArchiveWorld(wb);
      const quote = (await wb.call('quotes.list', {})).items.find((q) => q.title === '品牌焕新发布会报价')!;
      const go = async (path: string) => {
        await page.goto(new URL(path, wb.server.url).href);
        await page.locator('.loading-state').first().waitFor({ state: 'detached' });
        await page.getByRole('heading', { level: 1 }).first().waitFor();
      };
      for (const width of [1366, 1920]) {
        await page.setViewportSize({ width, height: width === 1366 ? 768 : 1080 });
        await go(`/quotes/${quote.id}`);
        // Keyboard focus in the grid: into a cell, then one row down with ↓.
        await page.locator('[data-cell="a:qty"]').focus();
        await page.keyboard.press('ArrowDown');
        await shoot(page, `${lang}-a11y-grid-focus-${width}`);
      }
      await page.setViewportSize({ width: 1366, height: 768 });
      await go('/quotes');
      await page.getByRole('button', { name: t('quoteEditor.newQuote') }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('dialog').waitFor();
      await shoot(page, `${lang}-a11y-dialog`);
      await page.keyboard.press('Escape');
      await go(`/proposals/${world.proposalId}`);
      await page.getByRole('toolbar').first().getByRole('button').first().focus();
      await page.keyboard.press('ArrowRight');
      await shoot(page, `${lang}-a11y-toolbar-focus`);
    } finally {
      await wb.close();
    }
  }
  return saved;
}
