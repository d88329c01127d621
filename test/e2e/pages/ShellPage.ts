import type { Locator, Page } from 'playwright-core';
import type { Lang } from '@shared/i18n/lang';
import { text, textIn } from './text';

export const AREA_ORDER = ['home', 'clients', 'quotes', 'proposals', 'archive', 'finance', 'settings'] as const;
export type AreaName = (typeof AREA_ORDER)[number];

/** The frame around every screen: navigation, header (company, language, user). */
export class ShellPage {
  constructor(
    readonly page: Page,
    public lang: Lang = 'zh-CN',
  ) {}

  get t() {
    return textIn(this.lang);
  }

  get nav(): Locator {
    return this.page.getByRole('navigation', { name: this.t('nav.label') });
  }

  navLink(area: AreaName): Locator {
    return this.nav.getByRole('link', { name: this.t(`nav.${area}`), exact: true });
  }

  /** The shell is up. `timeout`: for a wait that includes a workspace set-up (the demo's, from the welcome screen). */
  async waitForReady(timeout?: number): Promise<void> {
    await this.navLink('home').waitFor(timeout === undefined ? {} : { timeout });
  }

  async navLabels(): Promise<string[]> {
    return (await this.nav.locator('.nav-label').allTextContents()).map((s) => s.trim());
  }

  /** The header's company name, once the settings have loaded (it is empty until then). */
  async companyName(): Promise<string> {
    const name = this.page.getByTestId('company-name');
    await name.filter({ hasText: /\S/ }).waitFor();
    return ((await name.textContent()) ?? '').trim();
  }

  /** Click the language's own name in the header's switcher. */
  async switchLanguage(lang: Lang): Promise<void> {
    await this.page
      .getByRole('group', { name: this.t('header.language') })
      .getByRole('button', { name: text(lang, `languages.${lang}`) })
      .click();
    this.lang = lang;
    await this.navLink('home').waitFor();
  }

  async htmlLang(): Promise<string | null> {
    return this.page.locator('html').getAttribute('lang');
  }

  /** Go to an area through the navigation and wait for its title. */
  async open(area: AreaName): Promise<void> {
    await this.navLink(area).click();
    await this.title(area).waitFor();
  }

  title(area: AreaName): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.t(`nav.${area}`), exact: true });
  }

  /** The header's "signed in as NAME (role)" (or, solo, "NAME (role)"). */
  async currentUser(): Promise<string> {
    return ((await this.page.getByTestId('session-user').textContent()) ?? '').trim();
  }

  async signOut(): Promise<void> {
    await this.page
      .getByRole('group', { name: this.t('auth.sessionLabel') })
      .getByRole('button', { name: this.t('auth.signOut') })
      .click();
  }

  /** The finance area's "awaiting my approval" count; null when there is no badge. */
  async awaitingCount(): Promise<number | null> {
    const badge = this.navLink('finance').getByTestId('awaiting-badge');
    if ((await badge.count()) === 0) return null;
    return Number((await badge.textContent()) ?? 'NaN');
  }
}
