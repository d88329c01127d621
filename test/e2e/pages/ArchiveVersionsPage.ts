import type { Locator, Page } from 'playwright-core';
import type { Lang } from '@shared/i18n/lang';
import { textIn } from './text';

/** A proposal's history (/archive/proposals/:id), a version as sent, and the compare of two. */
export class ArchiveVersionsPage {
  constructor(
    readonly page: Page,
    public lang: Lang = 'zh-CN',
  ) {}

  private get t() {
    return textIn(this.lang);
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  async openVersion(n: number): Promise<void> {
    await this.page
      .getByRole('link', { name: `${this.t('archiveWork.timeline.open')} ${this.t('archiveWork.version', { n })}` })
      .click();
    await this.heading()
      .filter({ hasText: this.t('versionView.title', { title: '', n }).trim() })
      .waitFor();
  }

  async backToHistory(): Promise<void> {
    await this.page.getByRole('link', { name: this.t('archiveWork.versionView.back') }).click();
    await this.page.getByRole('heading', { name: this.t('archiveWork.timeline.versions') }).waitFor();
  }

  /** Tick two versions and compare them. */
  async compare(a: number, b: number): Promise<void> {
    await this.page.getByRole('checkbox', { name: this.t('archiveWork.timeline.pick', { n: a }) }).check();
    await this.page.getByRole('checkbox', { name: this.t('archiveWork.timeline.pick', { n: b }) }).check();
    await this.page.getByRole('button', { name: this.t('archiveWork.timeline.compareSelected') }).click();
    await this.page.getByRole('heading', { name: this.t('archiveWork.compare.quote') }).waitFor();
  }

  section(key: string): Locator {
    return this.page
      .locator('.ar-cmp-section')
      .filter({ has: this.page.getByRole('heading', { name: this.t(`archiveWork.sections.${key}`) }) });
  }

  async inserted(key: string): Promise<string[]> {
    return this.section(key).locator('ins').allTextContents();
  }

  async deleted(key: string): Promise<string[]> {
    return this.section(key).locator('del').allTextContents();
  }

  quoteRow(label: string): Locator {
    return this.page
      .getByRole('table', { name: this.t('archiveWork.compare.quote') })
      .getByRole('row')
      .filter({ hasText: label });
  }

  /** Reuse version n for a client: the dialog, then the new draft opens. */
  async clone(n: number, clientName: string, title: string): Promise<void> {
    await this.page
      .getByRole('row')
      .filter({ hasText: this.t('archiveWork.version', { n }) })
      .getByRole('button', { name: this.t('archiveWork.timeline.clone') })
      .click();
    const dialog = this.page.getByRole('dialog', { name: this.t('archiveWork.clone.title', { n }) });
    await dialog.getByLabel(this.t('archiveWork.clone.client')).selectOption({ label: clientName });
    await dialog.getByLabel(this.t('archiveWork.clone.name')).fill(title);
    await dialog.getByRole('button', { name: this.t('archiveWork.clone.create') }).click();
    await this.page.waitForURL((url) => /^\/proposals\/\d+$/.test(url.pathname));
  }
}
