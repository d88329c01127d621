import { LANGS } from '@shared/i18n/lang';
import { screenshotSaver } from './screenshot-saver';
import { startWorkbench } from './harness';
import { ClientListPage } from './pages/ClientListPage';
import { ShellPage } from './pages/ShellPage';
import { text } from './pages/text';

/** The client area of the demo agency in both languages: list, record, analytics, key accounts, care, home, settings. */
export async function takeClientScreenshots(): Promise<string[]> {
  const saver = screenshotSaver();
  const { saved } = saver;
  const wb = await startWorkbench({
    setup: { mode: 'demo', adminName: '王芳', companyName: '星河整合传播', language: 'zh-CN' },
  });
  const page = wb.page;
  const shoot = (name: string, scrollTo?: string) => saver.shoot(page, name, { scrollTo, settle: true });
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
          name: `${text(lang, 'accounts.analytics.pareto')} · ${text(lang, 'common.chartView')}`,
        })
        .getByRole('button', { name: text(lang, 'common.table') })
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
