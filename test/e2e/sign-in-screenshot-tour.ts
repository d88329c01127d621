import type { User } from '@shared/contract';
import { LANGS, type Lang } from '@shared/i18n/lang';
import { screenshotSaver } from './screenshot-saver';
import { startWorkbench, type Workbench } from './harness';
import { SettingsPage } from './pages/SettingsPage';
import { ShellPage } from './pages/ShellPage';
import { SignInPage } from './pages/SignInPage';

const SIZES = { '': { width: 1366, height: 768 }, '-wide': { width: 1920, height: 1080 } } as const;

/**
 * Sign-in in both languages, at 1366×768 and 1920×1080: the sign-in screen, finance's header and
 * awaiting-approval count, the admin's user management and My account, the lead's read-only settings.
 */
export async function takeSignInScreenshots(): Promise<string[]> {
  const saver = screenshotSaver();
  const { saved } = saver;
  const shoot = (wb: Workbench, name: string, scrollTo?: string) =>
    saver.shoot(wb.page, name, { scrollTo, settle: true, sizes: SIZES });
  for (const lang of LANGS) {
    const wb = await startWorkbench({
      setup: {
        mode: 'demo',
        adminName: '王芳',
        companyName: '星河整合传播',
        language: lang,
        adminPassword: 'admin password 1',
      },
      lang,
      signedIn: false,
    });
    try {
      const users = (await wb.call('users.list', {})).items;
      const lead = users.find((u: User) => u.role === 'account_lead' && u.active)!;
      const finance = users.find((u: User) => u.role === 'finance')!;
      for (const u of [lead, finance]) await wb.call('users.setPassword', { id: u.id, password: `${u.role} password` });
      const signIn = new SignInPage(wb.page, lang as Lang);
      const shell = new ShellPage(wb.page, lang as Lang);
      await signIn.waitForVisible();
      await shoot(wb, `${lang}-sign-in`);

      await signIn.signIn(finance.name, 'finance password');
      await shell.waitForReady();
      await wb.page.getByTestId('awaiting-badge').waitFor();
      await shell.open('finance');
      await shoot(wb, `${lang}-finance-signed-in`);

      await shell.signOut();
      await signIn.signIn(lead.name, 'account_lead password');
      await shell.waitForReady();
      await shell.open('settings');
      await new SettingsPage(wb.page, lang as Lang).waitForForm();
      await shoot(wb, `${lang}-settings-lead-read-only`, '[data-testid="read-only-settings.update"]');

      await shell.signOut();
      await signIn.signIn('王芳', 'admin password 1');
      await shell.waitForReady();
      await shell.open('settings');
      await new SettingsPage(wb.page, lang as Lang).usersHeading().waitFor();
      await shoot(wb, `${lang}-settings-users-admin`, '#users-heading');
    } finally {
      await wb.close();
    }
  }
  return saved;
}

const saved = await takeSignInScreenshots();
process.stdout.write(`Saved ${saved.length} screenshots:\n${saved.map((f) => `  ${f}`).join('\n')}\n`);
