import { afterEach, describe, expect, it } from 'vitest';
import { startWorkbench, type Workbench } from './harness';
import { SettingsPage } from './pages/SettingsPage';
import { AREA_ORDER, ShellPage } from './pages/ShellPage';
import { text } from './pages/text';
import { WelcomePage } from './pages/WelcomePage';

describe('first run, language and settings', () => {
  let wb: Workbench | undefined;
  afterEach(async () => {
    await wb?.close();
    wb = undefined;
  });

  it('starts empty, switches language, and keeps an edited setting and the language across a reload', async () => {
    wb = await startWorkbench();
    const { page } = wb;

    // The token left the address bar as soon as the page read it.
    expect(page.url()).not.toContain('token=');

    const welcome = new WelcomePage(page);
    await welcome.waitForVisible();
    await welcome.setUp({ adminName: '王芳', companyName: '星河公关', mode: 'empty' });

    const shell = new ShellPage(page);
    await shell.waitForReady();
    await expect.poll(() => shell.companyName(), { timeout: 10_000 }).toBe('星河公关');
    expect(await shell.navLabels()).toEqual(AREA_ORDER.map((a) => text('zh-CN', `nav.${a}`)));
    expect(await shell.htmlLang()).toBe('zh-CN');
    expect(await shell.currentUser()).toContain('王芳');

    await shell.switchLanguage('en');
    expect(await shell.navLabels()).toEqual([
      'Home',
      'Clients',
      'Quotes',
      'Proposals',
      'Archive',
      'Finance',
      'Settings',
    ]);
    expect(await shell.htmlLang()).toBe('en');

    await shell.switchLanguage('zh-CN');
    expect(await shell.navLabels()).toEqual(['首页', '客户', '报价', '提案', '档案', '财务', '设置']);
    await shell.switchLanguage('en');

    await shell.open('settings');
    const settings = new SettingsPage(page, 'en');
    await settings.waitForForm();
    expect(await settings.saveButton.isDisabled()).toBe(true); // nothing changed yet
    await settings.set('companyName', '星河公关 Galaxy PR');
    await settings.set('taxPercent', '9');
    expect(await settings.saveButton.isEnabled()).toBe(true);
    await settings.save();
    await settings.savedNotice().waitFor();
    expect(await settings.saveButton.isDisabled()).toBe(true);
    expect(await settings.lastChanged().textContent()).toContain('王芳');
    await expect.poll(() => shell.companyName(), { timeout: 10_000 }).toBe('星河公关 Galaxy PR');

    await page.reload();
    await shell.waitForReady(); // still English, still authorised (the token survived in sessionStorage)
    expect(await shell.htmlLang()).toBe('en');
    await settings.waitForForm();
    expect(await settings.value('companyName')).toBe('星河公关 Galaxy PR');
    expect(await settings.value('taxPercent')).toBe('9');
    await expect.poll(() => shell.companyName(), { timeout: 10_000 }).toBe('星河公关 Galaxy PR');

    const stored = await wb.call('settings.get', {});
    expect(stored).toMatchObject({ companyName: '星河公关 Galaxy PR', taxPercent: '9', updatedBy: '王芳' });
    expect(wb.pageErrors).toEqual([]);
  });
});
