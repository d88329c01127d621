import type { Locator, Page } from 'playwright-core';
import type { Lang } from '@shared/i18n/lang';
import { textIn } from './text';

export type TotalName =
  'subtotal' | 'discount' | 'net' | 'tax' | 'total' | 'cost' | 'gross-margin' | 'margin' | 'with-options';

type HeaderField = 'title' | 'taxPercent' | 'validUntil' | 'difficulty' | 'rationale' | 'qualityAndEffect';
type DiscountField = 'discountPercent' | 'discountAmount' | 'discountReason' | 'discountCondition';
export type LineColumn =
  | 'kind'
  | 'role'
  | 'description'
  | 'headcount'
  | 'quantity'
  | 'duration'
  | 'unit'
  | 'rate'
  | 'unitPrice'
  | 'costRate'
  | 'unitCost'
  | 'rateReason'
  | 'marketPrice'
  | 'marketSource'
  | 'marketDate'
  | 'optional';

/** The quote editor (/quotes/:id): header fields, the grid of lines, the totals beside it. */
export class QuoteEditorPage {
  constructor(
    readonly page: Page,
    public lang: Lang = 'zh-CN',
  ) {}

  get t() {
    return textIn(this.lang);
  }

  /** Open a quote by its address; `baseUrl` is the server's start URL, whose #token a new tab needs. */
  async open(baseUrl: string, id: number): Promise<void> {
    const url = new URL(baseUrl);
    url.pathname = `/quotes/${id}`;
    await this.page.goto(url.href);
    await this.waitForEditor();
  }

  async waitForEditor(): Promise<void> {
    await this.page.getByTestId('total-total').waitFor();
  }

  total(name: TotalName): Locator {
    return this.page.getByTestId(`total-${name}`);
  }

  async totalText(name: TotalName): Promise<string> {
    return ((await this.total(name).textContent()) ?? '').trim();
  }

  header(field: HeaderField): Locator {
    return this.page.getByLabel(this.t(`quoteEditor.${field}`), { exact: true });
  }

  discount(field: DiscountField): Locator {
    return this.page.getByLabel(this.t(`quoteEditor.${field}`), { exact: true });
  }

  /** A cell of the grid, by its 1-based row number over the whole quote. */
  cell(row: number, column: LineColumn): Locator {
    const name = this.t('quoteEditor.cellLabel', { column: this.t(`quoteEditor.col.${column}`), n: row });
    return this.page.getByLabel(name, { exact: true });
  }

  sectionTitle(n: number): Locator {
    return this.page.getByLabel(this.t('quoteEditor.sectionTitle', { n }), { exact: true });
  }

  /** The message at an invalid cell (shown while the cell has focus). */
  cellError(cell: Locator): Locator {
    return this.page.locator('.qe-cell-invalid', { has: cell }).locator('.qe-cell-error');
  }

  /** The message under a header or discount field. */
  fieldError(field: Locator): Locator {
    return this.page.locator('.field', { has: field }).locator('.field-error');
  }

  lines(): Locator {
    return this.page.locator('.qe-line');
  }

  status(): Locator {
    return this.page.getByTestId('editor-status');
  }

  conflict(): Locator {
    return this.page.getByTestId('conflict');
  }

  draftOffer(): Locator {
    return this.page.getByTestId('draft-offer');
  }

  invalidBanner(): Locator {
    return this.page.getByTestId('invalid');
  }

  async restoreDraft(): Promise<void> {
    await this.draftOffer()
      .getByRole('button', { name: this.t('quoteEditor.draftRestore') })
      .click();
  }

  async press(keys: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i++) await this.page.keyboard.press(keys);
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  /** Replace what the focused field holds, by keyboard. */
  async replace(text: string): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.type(text);
  }

  async save(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+S');
  }

  /** Paste tab-separated text into the focused cell, as a spreadsheet puts it on the clipboard. */
  async paste(text: string): Promise<void> {
    await this.page.evaluate(`(() => {
      const data = new DataTransfer();
      data.setData('text/plain', ${JSON.stringify(text)});
      document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    })()`);
  }

  async waitForDraftSaved(): Promise<void> {
    await this.status()
      .getByText(this.t('quoteEditor.draftSavedAt', { at: '' }).trim(), { exact: false })
      .waitFor();
  }
}
