import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS } from '@shared/i18n/lang';
import { startWorkbench, VIEWPORT, type Workbench } from './harness';
import { DataSafetyPage } from './pages/DataSafetyPage';
import { ShellPage } from './pages/ShellPage';
import { WelcomePage } from './pages/WelcomePage';
import { textIn } from './pages/text';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const OUT = join(ROOT, 'docs/screenshots');

/** Data safety in both languages: Settings → Data & backups (with a preview), first-run import, CSV import refusal. */
export async function takeDataSafetyScreenshots(): Promise<string[]> {
  mkdirSync(OUT, { recursive: true });
  const saved: string[] = [];
  const shoot = async (wb: Workbench, name: string, scrollTo?: string) => {
    const page = wb.page;
    await page.locator('.loading-state').first().waitFor({ state: 'detached' });
    await page.evaluate('document.fonts.ready');
    await page.mouse.move(VIEWPORT.width - 2, VIEWPORT.height - 2);
    if (scrollTo) await page.locator(scrollTo).first().scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    const file = join(OUT, `${name}.png`);
    await page.screenshot({ path: file });
    saved.push(relative(ROOT, file));
  };
  const tmp = mkdtempSync(join(tmpdir(), 'workbench-shots-'));
  try {
    const wb = await startWorkbench({
      setup: { mode: 'demo', adminName: '王芳', companyName: '星河整合传播', language: 'zh-CN' },
    });
    try {
      const shell = new ShellPage(wb.page);
      await shell.waitForReady();
      await wb.call('backups.create', {});
      await new Promise((r) => setTimeout(r, 5));
      for (const lang of LANGS) {
        await shell.switchLanguage(lang);
        await shell.open('settings');
        const data = new DataSafetyPage(wb.page, lang);
        await data.waitForVisible();
        await data.preview(data.rows('manual').first());
        await data.previewPanel().scrollIntoViewIfNeeded();
        await shoot(wb, `${lang}-settings-data`);
        await wb.page.goto(new URL('/quotes/library', wb.server.url).href);
        const t = textIn(lang);
        const bad = join(tmp, 'market.csv');
        writeFileSync(bad, 'kind,name,unit,price,currency,source,date\nrole,资深策划,人天,3200,CNY,报告,2026-03-01\n');
        await wb.page.getByLabel(t('dataSafety.csvImportLabel'), { exact: true }).setInputFiles(bad);
        await wb.page.locator('.library-csv [role="alert"]').waitFor();
        await shoot(wb, `${lang}-quote-library-csv-refused`, '.library-csv');
      }
    } finally {
      await wb.close();
    }

    for (const lang of LANGS) {
      const fresh = await startWorkbench({ lang });
      try {
        const welcome = new WelcomePage(fresh.page, lang);
        await welcome.waitForVisible();
        const bogus = join(tmp, 'old-laptop.json.gz');
        writeFileSync(bogus, 'not an archive');
        await welcome.importArchive(bogus);
        await welcome.importError().waitFor();
        await shoot(fresh, `${lang}-first-run-import`, '.archive-import');
      } finally {
        await fresh.close();
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return saved;
}
