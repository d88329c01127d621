import type { Page } from 'playwright-core';
import type { WorkspaceSetup } from '@shared/contract';
import type { Lang } from '@shared/i18n/lang';
import { textIn } from './text';

/** The first-run screen. */
export class WelcomePage {
  constructor(
    readonly page: Page,
    public lang: Lang = 'zh-CN',
  ) {}

  private get t() {
    return textIn(this.lang);
  }

  async waitForVisible(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: this.t('firstRun.title') }).waitFor();
  }

  /** Choosing a language on this screen switches the interface to it at once. */
  async chooseLanguage(lang: Lang): Promise<void> {
    await this.page.getByLabel(this.t('firstRun.language'), { exact: true }).selectOption(lang);
    this.lang = lang;
    await this.waitForVisible();
  }

  async fill(setup: Omit<WorkspaceSetup, 'language'>): Promise<void> {
    await this.page.getByLabel(this.t('firstRun.adminName'), { exact: true }).fill(setup.adminName);
    await this.page.getByLabel(this.t('firstRun.companyName'), { exact: true }).fill(setup.companyName);
    const mode = setup.mode === 'demo' ? this.t('firstRun.modeDemo') : this.t('firstRun.modeEmpty');
    await this.page.getByRole('radio', { name: mode }).check();
    if (setup.adminPassword)
      await this.page.getByLabel(this.t('auth.adminPassword'), { exact: true }).fill(setup.adminPassword);
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: this.t('firstRun.submit') }).click();
  }

  /** The third way to start: a whole workspace from an archive file. */
  async importArchive(path: string): Promise<void> {
    await this.page.getByLabel(this.t('dataSafety.welcomeImportFile'), { exact: true }).setInputFiles(path);
  }

  importError() {
    return this.page.locator('.archive-import [role="alert"]');
  }

  async setUp(setup: Omit<WorkspaceSetup, 'language'>): Promise<void> {
    await this.fill(setup);
    await this.submit();
  }
}
