import { afterEach, describe, expect, it } from 'vitest';
import { eventually, startWorkbench, type Workbench } from './harness';
import { SettingsPage } from './pages/SettingsPage';
import { ShellPage } from './pages/ShellPage';
import { text } from './pages/text';

const t = (key: string, vars?: Record<string, string | number>) => text('zh-CN', key, vars);
/** A real 1×1 PNG: the core reads its type and size from the bytes. */
const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * Every settings form, saved once through the UI with a change and read back — from the core and
 * from the screen after a reload. Issue 15's repro: 文档品牌 → change anything → save used to
 * answer "输入有误，请检查标出的字段" with no field marked.
 */
describe('every settings form saves', () => {
  let wb: Workbench | undefined;
  afterEach(async () => {
    await wb?.close();
    wb = undefined;
  });

  it('workspace, users, clients, branding (fields and logo) and the proposal rules', async () => {
    wb = await startWorkbench({
      setup: { mode: 'demo', adminName: '王芳', companyName: '星河整合传播', language: 'zh-CN' },
      lang: 'zh-CN',
    });
    const { page } = wb;
    const shell = new ShellPage(page);
    await shell.waitForReady();
    await shell.open('settings');
    const settings = new SettingsPage(page);
    await settings.waitForForm();

    // The workspace form.
    await settings.set('companyName', '星河整合传播集团');
    await settings.set('taxPercent', '6');
    await settings.set('marginFloorPercent', '28');
    await settings.save();
    await settings.savedNotice().waitFor();
    const ws = await wb.call('settings.get', {});
    expect(ws.companyName).toBe('星河整合传播集团');
    expect(ws.marginFloorPercent).toBe('28');

    // Users: add one, then deactivate them from the table.
    await settings.addUser('赵敏', 'account_lead', 'Zhaomin-2026-pass');
    await page.getByRole('button', { name: t('users.deactivateLabel', { name: '赵敏' }) }).click();
    await eventually(async () => {
      const user = (await wb!.call('users.list', {})).items.find((u) => u.name === '赵敏');
      expect(user?.active).toBe(false);
    });

    // The clients' settings.
    const clientForm = page.getByRole('form', { name: t('accounts.settings.title') });
    await clientForm.getByLabel(t('accounts.settings.dozingDays'), { exact: true }).fill('75');
    await clientForm.getByRole('button', { name: t('accounts.settings.save') }).click();
    await clientForm.getByText(t('accounts.settings.saved')).waitFor();
    expect((await wb.call('clientSettings.get', {})).settings.dozingDays).toBe(75);

    // Branding: the fields, then a logo.
    const branding = page.locator('section[aria-labelledby="branding-heading"]');
    await branding.getByLabel(t('branding.latinFont'), { exact: true }).fill('Calibri');
    await branding.getByLabel(t('branding.eastAsiaFont'), { exact: true }).fill('SimSun');
    await branding.getByRole('button', { name: t('branding.save') }).click();
    await branding.getByText(t('branding.saved'), { exact: true }).waitFor();
    expect(await branding.getByRole('alert').count()).toBe(0);
    const stored = await wb.call('branding.get', {});
    expect([stored.latinFont, stored.eastAsiaFont]).toEqual(['Calibri', 'SimSun']);
    await branding
      .getByLabel(t('branding.logo'), { exact: true })
      .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG_1X1 });
    await branding.getByText('logo.png · 1×1').waitFor();
    expect((await wb.call('branding.get', {})).logo?.fileName).toBe('logo.png');
    // A refused field is marked at the field, not only at the top of the form.
    await branding.getByLabel(t('branding.latinFont'), { exact: true }).fill('Bad<font>');
    await branding.getByRole('button', { name: t('branding.save') }).click();
    await expect(
      branding.getByLabel(t('branding.latinFont'), { exact: true }).getAttribute('aria-invalid'),
    ).resolves.toBe('true');
    expect((await wb.call('branding.get', {})).latinFont).toBe('Calibri');

    // The proposal rules, on the finance screen.
    await shell.open('finance');
    const rules = page.locator('section[aria-labelledby="fq-rules"]');
    await rules.getByLabel(t('financeQueue.discountLimit'), { exact: true }).fill('12.5');
    await rules.getByLabel(t('financeQueue.selfCheckThreshold'), { exact: true }).selectOption('4');
    await rules.getByRole('button', { name: t('common.save'), exact: true }).click();
    await rules.getByText(t('financeQueue.rulesSaved')).waitFor();
    const proposalRules = await wb.call('proposalSettings.get', {});
    expect([proposalRules.discountLimitPercent, proposalRules.selfCheckThreshold]).toEqual(['12.5', 4]);

    // Read back on screen after a reload: what each form shows is what was stored.
    await page.reload();
    await shell.waitForReady();
    await shell.open('settings');
    await settings.waitForForm();
    await expect(settings.value('companyName')).resolves.toBe('星河整合传播集团');
    await expect(settings.value('marginFloorPercent')).resolves.toBe('28');
    await expect(
      page
        .getByRole('form', { name: t('accounts.settings.title') })
        .getByLabel(t('accounts.settings.dozingDays'), {
          exact: true,
        })
        .inputValue(),
    ).resolves.toBe('75');
    await expect(branding.getByLabel(t('branding.latinFont'), { exact: true }).inputValue()).resolves.toBe('Calibri');
    await expect(branding.getByLabel(t('branding.eastAsiaFont'), { exact: true }).inputValue()).resolves.toBe('SimSun');
    await shell.open('finance');
    await expect(rules.getByLabel(t('financeQueue.discountLimit'), { exact: true }).inputValue()).resolves.toBe('12.5');
    expect(wb.pageErrors).toEqual([]);
  });
});
