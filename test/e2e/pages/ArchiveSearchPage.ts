import type { Locator, Page } from 'playwright-core';
import type { Lang } from '@shared/i18n/lang';
import { textIn } from './text';

/** /archive: the search box, its results (a listbox), filters and saved searches. */
export class ArchiveSearchPage {
  constructor(
    readonly page: Page,
    public lang: Lang = 'zh-CN',
  ) {}

  private get t() {
    return textIn(this.lang);
  }

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(new URL('/archive', baseUrl).href);
    await this.box.waitFor();
  }

  get box(): Locator {
    return this.page.getByRole('combobox', { name: this.t('archiveWork.searchLabel') });
  }

  get results(): Locator {
    return this.page.getByRole('listbox', { name: this.t('archiveWork.resultsCaption') });
  }

  get options(): Locator {
    return this.results.getByRole('option');
  }

  /** Type a query as a person would, and wait until the list shows its hits. */
  async search(query: string): Promise<void> {
    await this.box.fill(query);
    await this.page.waitForURL((url) => url.searchParams.get('q') === query);
    // The list says which query its hits answer; the previous hits stay on screen until then.
    await this.page.locator(`[role="listbox"][data-query="${query.replaceAll('"', '\\"')}"]`).waitFor();
    await this.options.first().waitFor();
  }

  option(title: string | RegExp): Locator {
    return this.options.filter({ hasText: title });
  }

  /** The marked (highlighted) words of the result rows. */
  async markedWords(): Promise<string[]> {
    return (await this.results.locator('mark').allTextContents()).map((s) => s.trim());
  }

  async pressInBox(key: string): Promise<void> {
    await this.box.press(key);
  }

  async activeTitle(): Promise<string> {
    return ((await this.results.locator('[aria-selected="true"] .ar-hit-title').textContent()) ?? '').trim();
  }
}
