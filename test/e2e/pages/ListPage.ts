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

  /** The rows drawn (a virtualized list draws those in view; spacer rows are not rows). */
  get rows(): Locator {
    return this.table.locator('tbody tr:not(.vt-spacer)');
  }

  /** How many rows the list has: a virtualized table says so in `aria-rowcount` (header included). */
  async waitForRows(): Promise<number> {
    await this.rows.first().waitFor();
    const count = await this.table.getAttribute('aria-rowcount');
    return count === null ? this.rows.count() : Number(count) - 1;
  }

  get search(): Locator {
    return this.page.getByRole('searchbox', { name: this.t('lists.search') });
  }

  filter(name: 'client' | 'owner' | 'status' | 'from' | 'to' | 'minAmount' | 'maxAmount'): Locator {
    return this.page.getByLabel(this.t(`lists.${name}`), { exact: true });
  }

  /** A column's header cell (its `aria-sort` says how the list is sorted). */
  header(text: string): Locator {
    return this.table.locator('thead th').filter({ hasText: text });
  }

  /** The button that sorts by a column (its name gains ▲/▼ once sorted, so found by its cell). */
  sortButton(header: string): Locator {
    return this.header(header).getByRole('button');
  }

  async titles(): Promise<string[]> {
    return (await this.rows.locator('td:first-child').allTextContents()).map((s) => s.trim());
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
