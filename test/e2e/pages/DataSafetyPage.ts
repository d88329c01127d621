import type { Download, Locator, Page } from 'playwright-core';
import type { Lang } from '@shared/i18n/lang';
import { textIn } from './text';

type Reason = 'daily' | 'manual' | 'pre-migration' | 'pre-restore';
type MainTable = 'users' | 'clients' | 'quotes' | 'proposals' | 'proposal_versions';

/** Settings → Data & backups. */
export class DataSafetyPage {
  constructor(
    readonly page: Page,
    public lang: Lang = 'zh-CN',
  ) {}

  private get t() {
    return textIn(this.lang);
  }

  /** A catalogue text with its {{placeholders}} matching anything. */
  private pattern(key: string): RegExp {
    const escaped = this.t(key).replace(/[.*+?^$()|[\]\\]/g, '\\$&');
    return new RegExp(escaped.replace(/\{\{\w+\}\}/g, '.+'));
  }

  section(): Locator {
    return this.page.getByRole('region', { name: this.t('dataSafety.title'), exact: true });
  }

  async waitForVisible(): Promise<void> {
    await this.section()
      .getByRole('button', { name: this.t('dataSafety.backUpNow'), exact: true })
      .waitFor();
  }

  folder(): Locator {
    return this.section().getByTestId('backup-folder');
  }

  table(): Locator {
    return this.section().getByRole('table', { name: this.t('dataSafety.listCaption') });
  }

  /** The backup rows made for this reason, newest first. */
  rows(reason?: Reason): Locator {
    const all = this.table().locator('tbody tr');
    return reason ? all.filter({ hasText: this.t(`dataSafety.reasons.${reason}`) }) : all;
  }

  async backUpNow(): Promise<void> {
    const before = await this.rows().count();
    await this.section()
      .getByRole('button', { name: this.t('dataSafety.backUpNow'), exact: true })
      .click();
    await this.rows()
      .nth(before)
      .waitFor()
      .catch(() => undefined);
    await this.section()
      .getByRole('status')
      .filter({ hasText: this.pattern('dataSafety.backedUp') })
      .waitFor();
  }

  async preview(row: Locator): Promise<void> {
    await row.getByRole('button', { name: new RegExp(`^${this.t('dataSafety.preview')}`) }).click();
    await this.previewPanel().waitFor();
  }

  previewPanel(): Locator {
    return this.section().getByTestId('backup-preview');
  }

  async previewCount(table: MainTable): Promise<number> {
    const text = (await this.previewPanel().locator(`dd[data-table="${table}"]`).textContent()) ?? '';
    return Number(text.replace(/[^\d]/g, ''));
  }

  async previewIntegrity(): Promise<string> {
    return ((await this.previewPanel().locator('dd').first().textContent()) ?? '').trim();
  }

  /** Restore… → the confirm dialog (which says the live workspace is backed up first) → restore. */
  async restore(row: Locator): Promise<string> {
    await row.getByRole('button', { name: new RegExp(`^${this.t('dataSafety.restore').replace('…', '')}`) }).click();
    const dialog = this.page.getByRole('dialog', { name: this.t('dataSafety.confirmTitle') });
    await dialog.waitFor();
    const body = (await dialog.textContent()) ?? '';
    await dialog.getByRole('button', { name: this.t('dataSafety.confirmRestore'), exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await this.section()
      .getByRole('status')
      .filter({ hasText: this.pattern('dataSafety.restored') })
      .waitFor();
    return body;
  }

  /** Export workspace archive; browser mode hands it over as a download. */
  async exportArchive(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.section()
        .getByRole('button', { name: this.t('dataSafety.exportArchive'), exact: true })
        .click(),
    ]);
    return download;
  }
}
