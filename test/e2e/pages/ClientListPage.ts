import type { Locator, Page } from 'playwright-core';
import type { Lang } from '@shared/i18n/lang';
import { textIn } from './text';

/** The client list: search, filters, keyboard navigation, and the way to a new client. */
export class ClientListPage {
  constructor(
    readonly page: Page,
    public lang: Lang = 'zh-CN',
  ) {}

  private get t() {
    return textIn(this.lang);
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: this.t('clients.caption') });
  }

  get rows(): Locator {
    return this.table.locator('tbody tr');
  }

  row(name: string): Locator {
    return this.rows.filter({ hasText: name });
  }

  async search(text: string): Promise<void> {
    await this.page.getByLabel(this.t('accounts.list.search')).fill(text);
  }

  tab(name: 'list' | 'keyAccounts' | 'analytics' | 'care'): Locator {
    return this.page
      .getByRole('navigation', { name: this.t('accounts.tabs.label') })
      .getByRole('link', { name: this.t(`accounts.tabs.${name}`), exact: true });
  }

  async newClient(): Promise<void> {
    await this.page.getByRole('link', { name: this.t('accounts.list.newClient') }).click();
  }
}
