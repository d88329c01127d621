import { mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { LANGS, type Lang } from '@shared/i18n/lang';
import { startWorkbench, VIEWPORT, type Workbench } from './harness';
import { ListPage } from './pages/ListPage';
import { SettingsPage } from './pages/SettingsPage';
import { AREA_ORDER, ShellPage } from './pages/ShellPage';
import { WelcomePage } from './pages/WelcomePage';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const OUT = join(ROOT, 'docs/screenshots');

async function settle(page: Page): Promise<void> {
  // Home has several panels loading at once: wait until none is left (15 s at most).
  const deadline = Date.now() + 15_000;
  while ((await page.locator('.loading-state').count()) > 0 && Date.now() < deadline) await page.waitForTimeout(100);
  await page.evaluate('document.fonts.ready');
  // Park the pointer away from the navigation so no hover hint is caught mid-fade.
  await page.mouse.move(VIEWPORT.width - 2, VIEWPORT.height - 2);
  await page.waitForTimeout(200);
}

/** The tour: first run, every area in both languages with the demo agency, then empty and error states. */
export async function takeScreenshots(): Promise<string[]> {
  mkdirSync(OUT, { recursive: true });
  const saved: string[] = [];
  const shoot = async (page: Page, name: string) => {
    await settle(page);
    const file = join(OUT, `${name}.png`);
    await page.screenshot({ path: file });
    saved.push(relative(ROOT, file));
  };

  let wb: Workbench = await startWorkbench();
  try {
    const welcome = new WelcomePage(wb.page);
    await welcome.waitForVisible();
    await shoot(wb.page, 'zh-CN-first-run');
    await welcome.chooseLanguage('en');
    await shoot(wb.page, 'en-first-run');
    await welcome.chooseLanguage('zh-CN');
    await welcome.setUp({
      adminName: '王芳',
      companyName: '星河整合传播',
      mode: 'demo',
      adminPassword: 'demo admin password',
    });

    const shell = new ShellPage(wb.page);
    await shell.waitForReady();
    // Keyboard: the first Tab shows the skip link, with its focus ring.
    await wb.page.keyboard.press('Tab');
    await shoot(wb.page, 'zh-CN-skip-link');
    await wb.page.keyboard.press('Tab');
    await shoot(wb.page, 'zh-CN-focus-ring');
    for (const lang of LANGS) {
      await shell.switchLanguage(lang);
      for (const area of AREA_ORDER) {
        await shell.open(area);
        await shoot(wb.page, `${lang}-${area}`);
      }
      await shootInvalidSettings(wb.page, lang, shoot);
      await shootUsers(wb.page, lang, shoot);
    }
  } finally {
    await wb.close();
  }

  // An empty workspace: the teaching empty states of the lists.
  wb = await startWorkbench({
    setup: { mode: 'empty', adminName: 'Alex', companyName: 'Northwind PR', language: 'en' },
  });
  try {
    const shell = new ShellPage(wb.page);
    await shell.waitForReady();
    for (const lang of LANGS) {
      await shell.switchLanguage(lang);
      for (const area of ['clients', 'quotes', 'proposals'] as const) {
        await shell.open(area);
        await new ListPage(wb.page, area, lang).emptyState().waitFor();
        await shoot(wb.page, `${lang}-${area}-empty`);
      }
      await shell.open('home');
      await shoot(wb.page, `${lang}-home-empty`);
    }
    // A read that fails: the network refuses the list call.
    await wb.page.route('**/api/clients.list', (route) => route.abort('connectionrefused'));
    for (const lang of LANGS) {
      await shell.switchLanguage(lang);
      await shell.open('clients');
      await wb.page.reload(); // past the cache, so the list is asked for again
      await wb.page.locator('.error-state').waitFor();
      await shoot(wb.page, `${lang}-clients-error`);
    }
  } finally {
    await wb.close().catch(() => {});
  }

  // Browser mode opened without its token.
  wb = await startWorkbench({ open: false });
  try {
    for (const lang of LANGS) {
      await wb.context.addInitScript(`localStorage.setItem('workbench.lang', ${JSON.stringify(lang)});`);
      await wb.page.goto(`http://127.0.0.1:${wb.server.port}/`);
      await wb.page.locator('#token-title').waitFor();
      await shoot(wb.page, `${lang}-token-missing`);
    }
  } finally {
    await wb.close();
  }
  return saved;
}

async function shootInvalidSettings(page: Page, lang: Lang, shoot: (page: Page, name: string) => Promise<void>) {
  const shell = new ShellPage(page, lang);
  await shell.open('settings');
  const settings = new SettingsPage(page, lang);
  await settings.waitForForm();
  const company = await settings.value('companyName');
  const floor = await settings.value('marginFloorPercent');
  await settings.set('companyName', '');
  await settings.set('marginFloorPercent', 'abc');
  await settings.save();
  await settings.fieldError('marginFloorPercent').waitFor();
  await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
  await shoot(page, `${lang}-settings-invalid`);
  await settings.set('companyName', company);
  await settings.set('marginFloorPercent', floor);
}

async function shootUsers(page: Page, lang: Lang, shoot: (page: Page, name: string) => Promise<void>) {
  const users = new SettingsPage(page, lang);
  if (lang === 'zh-CN') await users.addUser('李静', 'finance', 'finance password');
  await users.usersHeading().waitFor();
  // The main column scrolls, not the window.
  await page.evaluate("document.getElementById('main').scrollTo(0, 1e6)");
  await shoot(page, `${lang}-settings-users`);
}
