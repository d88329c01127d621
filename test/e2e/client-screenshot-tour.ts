import { mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS } from '@shared/i18n/lang';
import { startWorkbench, VIEWPORT } from './harness';
import { ClientListPage } from './pages/ClientListPage';
import { ShellPage } from './pages/ShellPage';
import { text } from './pages/text';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const OUT = join(ROOT, 'docs/screenshots');

/** The client area of the demo agency in both languages: list, record, analytics, key accounts, care, home, settings. */
export async function takeClientScreenshots(): Promise<string[]> {
  mkdirSync(OUT, { recursive: true });
  const saved: string[] = [];
  const wb = await startWorkbench({
    setup: { mode: 'demo', adminName: '王芳', companyName: '星河整合传播', language: 'zh-CN' },
  });
  const page = wb.page;
  const shoot = async (name: string, scrollTo?: string) => {
    await page.locator('.loading-state').first().waitFor({ state: 'detached' });
    await page.evaluate('document.fonts.ready');
    await page.mouse.move(VIEWPORT.width - 2, VIEWPORT.height - 2);
    if (scrollTo) await page.locator(scrollTo).first().scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    const file = join(OUT, `${name}.png`);
    await page.screenshot({ path: file });
    saved.push(relative(ROOT, file));
  };
  const scrollMain = (y: number) => page.evaluate(`document.getElementById('main').scrollTo(0, ${y})`);
  try {
    const shell = new ShellPage(page);
    await shell.waitForReady();
    for (const lang of LANGS) {
      await shell.switchLanguage(lang);
      const list = new ClientListPage(page, lang);
      await shell.open('clients');
      await list.rows.first().waitFor();
      await shoot(`${lang}-clients-list`);
      await list.rows.first().click();
      await page.getByTestId('weakest-dimension').waitFor();
      await shoot(`${lang}-client-record`);
      await scrollMain(1e6);
      await shoot(`${lang}-client-record-care`);
      await list.tab('analytics').click();
      await page.getByRole('heading', { level: 1, name: text(lang, 'accounts.analytics.title') }).waitFor();
      await shoot(`${lang}-client-analytics`);
      await scrollMain(640);
      await shoot(`${lang}-client-analytics-tiers`);
      await scrollMain(1e6);
      await shoot(`${lang}-client-analytics-ltv`);
      await scrollMain(0);
      await page
        .getByRole('group', {
          name: `${text(lang, 'accounts.analytics.pareto')} · ${text(lang, 'accounts.analytics.view')}`,
        })
        .getByRole('button', { name: text(lang, 'accounts.analytics.table') })
        .click();
      await shoot(`${lang}-client-analytics-pareto-table`);
      await list.tab('keyAccounts').click();
      await page.getByRole('heading', { level: 1, name: text(lang, 'accounts.keyAccounts.title') }).waitFor();
      await shoot(`${lang}-client-key-accounts`);
      await list.tab('care').click();
      await page.getByRole('heading', { level: 1, name: text(lang, 'accounts.care.title') }).waitFor();
      await shoot(`${lang}-client-care`);
      await shell.open('home');
      await shoot(`${lang}-home-care`, '#care-heading');
      await shell.open('settings');
      await page.getByRole('heading', { name: text(lang, 'accounts.settings.title') }).waitFor();
      await shoot(`${lang}-settings-clients`, '#client-settings-heading');
    }
  } finally {
    await wb.close();
  }
  return saved;
}
