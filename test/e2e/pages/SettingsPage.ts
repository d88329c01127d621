import type { Locator, Page } from 'playwright-core';
import type { Lang } from '@shared/i18n/lang';
import { textIn } from './text';

type TextField = 'companyName' | 'hoursPerDay' | 'taxPercent' | 'marginFloorPercent';

/** The settings screen: the workspace form and the users section. */
export class SettingsPage {
  constructor(
    readonly page: Page,
    public lang: Lang = 'zh-CN',
  ) {}

  private get t() {
    return textIn(this.lang);
  }

  field(name: TextField): Locator {
    return this.page.getByLabel(this.t(`settings.${name}`), { exact: true });
  }

  async waitForForm(): Promise<void> {
    await this.field('companyName').waitFor();
  }

  async set(name: TextField, value: string): Promise<void> {
    await this.field(name).fill(value);
  }

  async value(name: TextField): Promise<string> {
    return this.field(name).inputValue();
  }

  /** The workspace form's own Save: other sections of the screen (branding, clients) have theirs. */
  get saveButton(): Locator {
    return this.page.locator('form.settings-form').getByRole('button', { name: this.t('common.save'), exact: true });
  }

  async save(): Promise<void> {
    await this.saveButton.click();
  }

  savedNotice(): Locator {
    return this.page.getByText(this.t('settings.savedNotice'));
  }

  /** The message shown under a field (the element the input is described by). */
  fieldError(name: TextField): Locator {
    return this.page.locator('.field', { has: this.field(name) }).locator('.field-error');
  }

  usersHeading(): Locator {
    return this.page.getByRole('heading', { level: 2, name: this.t('users.title'), exact: true });
  }

  usersTable(): Locator {
    return this.page.getByRole('table', { name: this.t('users.caption') });
  }

  /** Add a user in the users section and wait until the list shows them. */
  async addUser(name: string, role: 'account_lead' | 'finance' | 'admin', password: string): Promise<void> {
    const form = this.page.getByRole('form', { name: this.t('users.addTitle') });
    await form.getByLabel(this.t('users.newName'), { exact: true }).fill(name);
    await form.getByLabel(this.t('users.newRole'), { exact: true }).selectOption(role);
    await form.getByLabel(this.t('auth.initialPassword'), { exact: true }).fill(password);
    await form.getByRole('button', { name: this.t('common.add'), exact: true }).click();
    await this.usersTable().getByRole('cell', { name, exact: true }).waitFor();
  }

  /** My account: set a first password, or change it (the current one is asked when there is one). */
  async changeMyPassword(next: string, current?: string): Promise<void> {
    const section = this.page.getByRole('region', { name: this.t('auth.myAccount') });
    if (current !== undefined) await section.getByLabel(this.t('auth.currentPassword'), { exact: true }).fill(current);
    await section.getByLabel(this.t('auth.newPassword'), { exact: true }).fill(next);
    await section.getByLabel(this.t('auth.confirmPassword'), { exact: true }).fill(next);
    await section
      .getByRole('button', {
        name: current === undefined ? this.t('auth.setFirstPassword') : this.t('auth.changePassword'),
      })
      .click();
    await section.getByText(this.t('auth.passwordChanged')).waitFor();
  }

  /** The workspace form is shown but disabled (a role that may not change it). */
  readOnlyNotice(call: string): Locator {
    return this.page.getByTestId(`read-only-${call}`);
  }

  lastChanged(): Locator {
    return this.page.getByTestId('settings-last-changed');
  }
}
