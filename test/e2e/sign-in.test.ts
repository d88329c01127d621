import { afterEach, describe, expect, it } from 'vitest';
import type { User } from '@shared/contract';
import { eventually, startWorkbench, type Workbench } from './harness';
import { FinanceQueuePage } from './pages/FinanceQueuePage';
import { SettingsPage } from './pages/SettingsPage';
import { ShellPage } from './pages/ShellPage';
import { SignInPage } from './pages/SignInPage';
import { text } from './pages/text';

const t = (key: string, vars?: Record<string, string | number>) => text('zh-CN', key, vars);

describe('sign-in and what each role may do, in Chromium', () => {
  let wb: Workbench | undefined;
  afterEach(async () => {
    await wb?.close();
    wb = undefined;
  });

  it('a one-user workspace opens without sign-in', async () => {
    wb = await startWorkbench({
      setup: { mode: 'empty', adminName: '王芳', companyName: '星河公关', language: 'zh-CN' },
      lang: 'zh-CN',
    });
    const shell = new ShellPage(wb.page);
    await shell.waitForReady();
    expect(await shell.currentUser()).toBe(t('auth.soloAs', { name: '王芳', role: t('roles.admin') }));
    // Nothing to sign out of, and no sign-in screen.
    expect(await wb.page.getByRole('button', { name: t('auth.signOut') }).count()).toBe(0);
    expect(await new SignInPage(wb.page).heading().count()).toBe(0);
    expect(wb.pageErrors).toEqual([]);
  });

  it('asks everyone to sign in; the lead cannot manage users or change the floor; finance sees the count and approves; a deactivated user cannot sign in', async () => {
    wb = await startWorkbench({
      setup: {
        mode: 'demo',
        adminName: '王芳',
        companyName: '星河整合传播',
        language: 'zh-CN',
        adminPassword: 'admin password 1',
      },
      lang: 'zh-CN',
      signedIn: false,
    });
    const { page } = wb;
    const users = (await wb.call('users.list', {})).items;
    const lead = users.find((u: User) => u.role === 'account_lead' && u.active)!;
    const finance = users.find((u: User) => u.role === 'finance')!;
    for (const u of [lead, finance]) await wb.call('users.setPassword', { id: u.id, password: `${u.role} password` });

    // Several users: the window opens on the sign-in screen, not on anyone's data.
    const signIn = new SignInPage(page);
    await signIn.waitForVisible();
    expect(await signIn.offeredUsers()).toContain(`${lead.name} · ${t('roles.account_lead')}`);
    expect(await page.getByRole('navigation').count()).toBe(0);

    // A wrong password is refused on screen.
    await signIn.signIn(lead.name, 'not the password');
    await signIn.error().waitFor();
    expect(await signIn.error().textContent()).toBe('密码错误，或该用户已停用');

    // The account lead: signed in as, no user management, the floor read-only, no approval count.
    await signIn.signIn(lead.name, 'account_lead password');
    const shell = new ShellPage(page);
    await shell.waitForReady();
    expect(await shell.currentUser()).toBe(t('auth.signedInAs', { name: lead.name, role: t('roles.account_lead') }));
    expect(await shell.awaitingCount()).toBeNull();
    await shell.open('settings');
    const settings = new SettingsPage(page);
    await settings.waitForForm();
    expect(await settings.usersHeading().count()).toBe(0);
    await settings.readOnlyNotice('settings.update').waitFor();
    expect(await settings.field('marginFloorPercent').isDisabled()).toBe(true);
    expect(await settings.saveButton.isDisabled()).toBe(true);
    // The core decides anyway: the same call from this page's session is refused.
    const direct = await page.evaluate(`fetch('/api/settings.update', { method: 'POST', headers: {
        'Content-Type': 'application/json', 'X-Workbench-Lang': 'en',
        Authorization: 'Bearer ' + sessionStorage.getItem('workbench.token') }, body: '{}' }).then((r) => r.status)`);
    expect(direct).toBe(403);

    // Finance: signs in, sees how many requests await them, approves one, the count goes down.
    const pending = (await wb.call('approvals.queue', { state: 'pending' })).items.filter((i) => i.current);
    expect(pending.length).toBeGreaterThan(0);
    await shell.signOut();
    await signIn.signIn(finance.name, 'finance password');
    await eventually(async () => expect(await shell.currentUser()).toContain(finance.name));
    await eventually(async () => expect(await shell.awaitingCount()).toBe(pending.length));
    await shell.open('finance');
    const queue = new FinanceQueuePage(page);
    await queue.select(pending[0]!.proposalTitle);
    await queue.decide('approve', '同意');
    await queue.row(pending[0]!.proposalTitle).waitFor({ state: 'detached' });
    const decided = (await wb.call('approvals.queue', { state: 'decided' })).items.find((i) => i.id === pending[0]!.id);
    expect(decided).toMatchObject({ status: 'approved', decidedBy: finance.name });
    await eventually(async () => expect(await shell.awaitingCount()).toBe(pending.length - 1 || null));

    // The admin deactivates the lead: the lead is no longer offered and cannot sign in.
    await wb.call('users.update', { id: lead.id, active: false });
    await shell.signOut();
    await signIn.waitForVisible();
    await page.reload();
    await signIn.waitForVisible();
    expect(await signIn.offeredUsers()).not.toContain(`${lead.name} · ${t('roles.account_lead')}`);
    const refused = await page.evaluate(`fetch('/api/auth.signIn', { method: 'POST', headers: {
        'Content-Type': 'application/json', 'X-Workbench-Lang': 'en',
        Authorization: 'Bearer ' + sessionStorage.getItem('workbench.token') },
        body: JSON.stringify({ userId: ${lead.id}, password: 'account_lead password' }) }).then((r) => r.status)`);
    expect(refused).toBe(401);
    expect(wb.pageErrors).toEqual([]);
  }, 120_000);
});
