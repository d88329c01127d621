import type { Locator, Page } from 'playwright-core';
import type { Lang } from '@shared/i18n/lang';
import { textIn } from './text';

/** The sign-in screen of a workspace where everyone signs in. */
export class SignInPage {
  constructor(
    readonly page: Page,
    public lang: Lang = 'zh-CN',
  ) {}

  private get t() {
    return textIn(this.lang);
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.t('auth.signInTitle'), exact: true });
  }

  async waitForVisible(): Promise<void> {
    await this.heading().waitFor();
  }

  /** The names offered (option labels "NAME · role"), without the placeholder. */
  async offeredUsers(): Promise<string[]> {
    const options = await this.page.getByLabel(this.t('auth.who'), { exact: true }).locator('option').allTextContents();
    return options.slice(1).map((s) => s.trim());
  }

  async signIn(name: string, password: string): Promise<void> {
    await this.waitForVisible();
    const select = this.page.getByLabel(this.t('auth.who'), { exact: true });
    const label = (await select.locator('option').allTextContents()).find((o) => o.startsWith(`${name} · `));
    if (!label) throw new Error(`${name} is not offered on the sign-in screen`);
    await select.selectOption({ label });
    await this.page.getByLabel(this.t('auth.password'), { exact: true }).fill(password);
    await this.page.getByRole('button', { name: this.t('auth.signIn'), exact: true }).click();
  }

  error(): Locator {
    return this.page.locator('.signin-card [role="alert"]');
  }
}
