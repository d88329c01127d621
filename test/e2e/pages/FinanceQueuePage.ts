import type { Locator, Page } from 'playwright-core';
import type { Lang } from '@shared/i18n/lang';
import { textIn } from './text';

/** The finance screen: the approval queue, one request's detail, the proposal rules. */
export class FinanceQueuePage {
  constructor(
    readonly page: Page,
    public lang: Lang = 'zh-CN',
  ) {}

  get t() {
    return textIn(this.lang);
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: this.t('financeQueue.caption') });
  }

  row(proposalTitle: string): Locator {
    return this.table.locator('tbody tr', { hasText: proposalTitle });
  }

  async select(proposalTitle: string): Promise<Locator> {
    await this.row(proposalTitle).getByRole('button', { name: proposalTitle }).click();
    const detail = this.detail();
    await detail.getByRole('heading', { name: proposalTitle }).waitFor();
    return detail;
  }

  detail(): Locator {
    return this.page.getByTestId('approval-detail');
  }

  async decide(decision: 'approve' | 'reject', comment: string): Promise<void> {
    const detail = this.detail();
    await detail.getByLabel(this.t('financeQueue.comment')).fill(comment);
    await detail.getByRole('button', { name: this.t(`financeQueue.${decision}`), exact: true }).click();
  }

  async showDecided(): Promise<void> {
    await this.page.getByRole('tab', { name: this.t('financeQueue.decided') }).click();
  }
}
