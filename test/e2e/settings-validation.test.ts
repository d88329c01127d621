import { afterEach, describe, expect, it } from 'vitest';
import { eventually, startWorkbench, type Workbench } from './harness';
import { SettingsPage } from './pages/SettingsPage';
import { ShellPage } from './pages/ShellPage';

describe('settings validation', () => {
  let wb: Workbench | undefined;
  afterEach(async () => {
    await wb?.close();
    wb = undefined;
  });

  it('shows a message at each invalid field, in the UI language, and saves nothing', async () => {
    wb = await startWorkbench({
      setup: { mode: 'empty', adminName: '李娜', companyName: '远山广告', language: 'zh-CN' },
    });
    const before = await wb.call('settings.get', {});

    const shell = new ShellPage(wb.page);
    await shell.waitForReady();
    await shell.open('settings');
    const settings = new SettingsPage(wb.page);
    await settings.waitForForm();

    await settings.set('companyName', '');
    await settings.set('marginFloorPercent', 'abc');
    await settings.save();

    const companyError = settings.fieldError('companyName');
    const floorError = settings.fieldError('marginFloorPercent');
    await companyError.waitFor();
    await floorError.waitFor();
    expect(await companyError.textContent()).toBe('此项为必填');
    const floorZh = (await floorError.textContent()) ?? '';
    expect(floorZh).toMatch(/[\u4e00-\u9fff]/); // worded in Chinese
    expect(await settings.field('companyName').getAttribute('aria-invalid')).toBe('true');
    expect(await settings.savedNotice().count()).toBe(0);

    // Switching the language words the messages already on screen again.
    await shell.switchLanguage('en');
    settings.lang = 'en';
    await eventually(async () =>
      expect(await settings.fieldError('companyName').textContent()).toBe('This field is required'),
    );
    await eventually(async () =>
      expect(await settings.fieldError('marginFloorPercent').textContent()).not.toBe(floorZh),
    );

    // Nothing reached the workspace.
    expect(await wb.call('settings.get', {})).toEqual(before);
    const audit = await wb.call('audit.list', { limit: 50 });
    expect(audit.items.map((e) => e.action)).not.toContain('settings.update');

    // Fixing the fields clears their messages and saves.
    await settings.set('companyName', '远山广告');
    await settings.set('marginFloorPercent', '25');
    await settings.save();
    await settings.savedNotice().waitFor();
    expect(await settings.fieldError('companyName').count()).toBe(0);
    expect((await wb.call('settings.get', {})).marginFloorPercent).toBe('25');
    expect(wb.pageErrors).toEqual([]);
  });
});

describe('settings refused by the core', () => {
  let wb: Workbench | undefined;
  afterEach(async () => {
    await wb?.close();
    wb = undefined;
  });

  it('puts each issue of the refusal on its field, and keeps it in the UI language', async () => {
    wb = await startWorkbench({
      setup: { mode: 'empty', adminName: '李娜', companyName: '远山广告', language: 'zh-CN' },
    });
    // A rule only the core can check (say, a name already in use) cannot be provoked through the
    // form, which checks the same schema first; answer the call with such a refusal instead.
    await wb.page.route('**/api/settings.update', (route) =>
      route.fulfill({
        status: 400,
        contentType: 'application/json',
        body: JSON.stringify({
          ok: false,
          error: {
            code: 'validation',
            message: '输入有误，请检查标出的字段',
            messages: { 'zh-CN': '输入有误，请检查标出的字段', en: 'Some fields are invalid; check the marked fields' },
            issues: [
              {
                path: ['companyName'],
                code: 'custom',
                message: '该名称已被另一个工作区使用',
                messages: { 'zh-CN': '该名称已被另一个工作区使用', en: 'Another workspace already uses this name' },
              },
            ],
          },
        }),
      }),
    );
    const shell = new ShellPage(wb.page);
    await shell.waitForReady();
    await shell.open('settings');
    const settings = new SettingsPage(wb.page);
    await settings.waitForForm();
    await settings.set('companyName', '远山广告集团');
    await settings.save();

    await settings.fieldError('companyName').waitFor();
    expect(await settings.fieldError('companyName').textContent()).toBe('该名称已被另一个工作区使用');
    expect(await wb.page.getByRole('alert').filter({ hasText: '输入有误，请检查标出的字段' }).count()).toBe(1);

    await shell.switchLanguage('en');
    settings.lang = 'en';
    await eventually(async () =>
      expect(await settings.fieldError('companyName').textContent()).toBe('Another workspace already uses this name'),
    );
    expect(await wb.page.getByRole('alert').filter({ hasText: 'Some fields are invalid' }).count()).toBe(1);
    expect((await wb.call('settings.get', {})).companyName).toBe('远山广告');
    expect(wb.pageErrors).toEqual([]);
  });
});
