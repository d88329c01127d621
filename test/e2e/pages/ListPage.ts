import type { Locator, Page } from 'playwright-core';
import type { Lang } from '@shared/i18n/lang';
import { textIn } from './text';

type ListArea = 'clients' | 'quotes' | 'proposals';

/** A list screen (clients, quotes, proposals): its table, or its teaching empty state. */
export class ListPage {
  constructor(
    readonly page: Page,
    readonly area: ListArea,
    public lang: Lang = 'zh-CN',
  ) {}

  private get t() {
    return textIn(this.lang);
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: this.t(`${this.area}.caption`) });
  }

  get rows(): Locator {
    return this.table.locator('tbody tr');
  }

  async waitForRows(): Promise<number> {
    await this.rows.first().waitFor();
    return this.rows.count();
  }

  async columnTexts(header: string): Promise<string[]> {
    const headers = (await this.table.locator('thead th').allTextContents()).map((s) => s.trim());
    const index = headers.indexOf(header);
    if (index < 0) throw new Error(`No column "${header}" in ${headers.join(', ')}`);
    return (await this.rows.locator(`td:nth-child(${index + 1})`).allTextContents()).map((s) => s.trim());
  }

  emptyState(): Locator {
    return this.page.getByRole('heading', { name: this.t(`${this.area}.emptyTitle`) });
  }
}
