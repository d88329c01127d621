import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LANGS } from '@shared/i18n/lang';
import { screenshotSaver } from './screenshot-saver';
import { startWorkbench, type Workbench } from './harness';
import { DataSafetyPage } from './pages/DataSafetyPage';
import { ShellPage } from './pages/ShellPage';
import { WelcomePage } from './pages/WelcomePage';
import { textIn } from './pages/text';

/** Data safety in both languages: Settings → Data & backups (with a preview), first-run import, CSV import refusal. */
export async function takeDataSafetyScreenshots(): Promise<string[]> {
  const saver = screenshotSaver();
  const { saved } = saver;
  const shoot = (wb: Workbench, name: string, scrollTo?: string) =>
    saver.shoot(wb.page, name, { scrollTo, settle: true });
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
