import type { Download, Locator, Page } from 'playwright-core';
import type { Lang } from '@shared/i18n/lang';
import { textIn } from './text';

/**
 * The screens after the win (DOMAIN.md §7), as a user works them: a proposal's payment plan,
 * acceptance and pitch time; the receivables screen; a client's profit and collection.
 */
export class AfterWinPage {
  constructor(
    readonly page: Page,
    public lang: Lang = 'zh-CN',
  ) {}

  private get t() {
    return textIn(this.lang);
  }

  async openProposal(id: number): Promise<void> {
    await this.page.goto(new URL(`/proposals/${id}`, this.page.url()).href);
  }

  async openClient(id: number): Promise<void> {
    await this.page.goto(new URL(`/clients/${id}`, this.page.url()).href);
  }

  async openReceivables(): Promise<void> {
    await this.page
      .getByRole('link', { name: this.t('nav.finance') })
      .first()
      .click();
    await this.page.getByRole('link', { name: this.t('collection.tabs.receivables') }).click();
    await this.page.getByRole('heading', { level: 1, name: this.t('collection.receivables.title') }).waitFor();
  }

  plan(): Locator {
    return this.page.getByTestId('payment-plan');
  }

  async applyTemplate(name: string): Promise<void> {
    await this.plan().getByLabel(this.t('collection.plan.template')).selectOption({ label: name });
    await this.plan()
      .getByRole('button', { name: this.t('collection.plan.apply') })
      .click();
    await this.plan().getByRole('table').waitFor();
  }

  async recordInvoice(milestone: string, number: string): Promise<void> {
    await this.choose(milestone);
    const form = this.page.getByRole('form', { name: this.t('collection.plan.addInvoice') });
    await form.getByLabel(this.t('collection.plan.invoiceNumber')).fill(number);
    await form.getByRole('button', { name: this.t('collection.plan.addInvoice') }).click();
    await this.plan()
      .getByRole('cell', { name: new RegExp(number) })
      .waitFor();
  }

  async recordPayment(milestone: string, amount: string): Promise<void> {
    await this.choose(milestone);
    const form = this.page.getByRole('form', { name: this.t('collection.plan.receive') });
    await form.getByLabel(this.t('collection.plan.receiveAmount')).fill(amount);
    await form.getByRole('button', { name: this.t('collection.plan.receive') }).click();
  }

  private async choose(milestone: string): Promise<void> {
    const select = this.plan().getByLabel(this.t('collection.plan.label'), { exact: true });
    const option = select.locator('option', { hasText: milestone });
    await select.selectOption(await option.getAttribute('value'));
  }

  async logPitchTime(role: string, days: string): Promise<void> {
    await this.page.getByRole('button', { name: this.t('collection.cost.addPitch') }).click();
    const form = this.page.getByRole('form', { name: this.t('collection.cost.addPitch') });
    await form.getByLabel(this.t('collection.cost.role'), { exact: true }).selectOption(role);
    await form.getByLabel(this.t('collection.cost.duration'), { exact: true }).fill(days);
    await form.getByRole('button', { name: this.t('common.save') }).click();
    await form.waitFor({ state: 'detached' });
  }

  async exportLetter(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page
        .getByTestId('acceptance')
        .getByRole('button', { name: this.t('collection.acceptance.letter') })
        .click(),
    ]);
    return download;
  }

  figure(testId: string): Locator {
    return this.page.getByTestId(testId);
  }
}
