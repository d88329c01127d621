import type { Locator, Page } from 'playwright-core';
import type { Lang } from '@shared/i18n/lang';
import { textIn } from './text';

/** One client's record: type, figures, contacts, reminders, visits, complaints, surveys. */
export class ClientRecordPage {
  constructor(
    readonly page: Page,
    public lang: Lang = 'zh-CN',
  ) {}

  private get t() {
    return textIn(this.lang);
  }

  title(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name, exact: true });
  }

  section(titleKey: string): Locator {
    return this.page.locator('section.panel', {
      has: this.page.getByRole('heading', { name: this.t(titleKey), exact: true }),
    });
  }

  clientType(): Locator {
    return this.page.getByTestId('client-type');
  }

  reminders(): Locator {
    return this.section('accounts.record.reminders').locator('.reminder');
  }

  async logVisit(v: { purpose: string; outcome?: string; nextStep?: string; contact?: string }): Promise<void> {
    await this.section('accounts.visits.title')
      .getByRole('button', { name: this.t('accounts.visits.add') })
      .click();
    const form = this.page.getByRole('form', { name: this.t('accounts.visits.add') });
    await form.getByLabel(this.t('accounts.visits.purpose'), { exact: true }).fill(v.purpose);
    if (v.contact)
      await form.getByLabel(this.t('accounts.visits.contact'), { exact: true }).selectOption({ label: v.contact });
    if (v.outcome) await form.getByLabel(this.t('accounts.visits.outcome'), { exact: true }).fill(v.outcome);
    if (v.nextStep) await form.getByLabel(this.t('accounts.visits.nextStep'), { exact: true }).fill(v.nextStep);
    await form.getByRole('button', { name: this.t('common.save'), exact: true }).click();
    await this.section('accounts.visits.title').getByRole('cell', { name: v.purpose, exact: true }).waitFor();
  }

  async logComplaint(c: {
    receivedBy: string;
    description: string;
    severity?: 'low' | 'medium' | 'high';
  }): Promise<void> {
    await this.section('accounts.complaints.title')
      .getByRole('button', { name: this.t('accounts.complaints.add') })
      .click();
    const form = this.page.getByRole('form', { name: this.t('accounts.complaints.add') });
    await form.getByLabel(this.t('accounts.complaints.receivedBy'), { exact: true }).fill(c.receivedBy);
    await form.getByLabel(this.t('accounts.complaints.description'), { exact: true }).fill(c.description);
    if (c.severity)
      await form.getByLabel(this.t('accounts.complaints.severity'), { exact: true }).selectOption(c.severity);
    await form.getByRole('button', { name: this.t('common.save'), exact: true }).click();
    await this.section('accounts.complaints.title').getByRole('cell', { name: c.description, exact: true }).waitFor();
  }

  /** Scores by dimension key: { professional: [expectation, experience], … }; the rest keep their defaults. */
  async recordSurvey(scores: Partial<Record<'professional' | 'value' | 'personal' | 'dedication', [number, number]>>) {
    await this.section('accounts.surveys.title')
      .getByRole('button', { name: this.t('accounts.surveys.add') })
      .click();
    const form = this.page.getByRole('form', { name: this.t('accounts.surveys.add') });
    for (const [dim, [expectation, experience]] of Object.entries(scores)) {
      const name = this.t(`accounts.surveys.dimensions.${dim}`);
      await form
        .getByLabel(`${name} · ${this.t('accounts.surveys.expectation')}`, { exact: true })
        .fill(String(expectation));
      await form
        .getByLabel(`${name} · ${this.t('accounts.surveys.experience')}`, { exact: true })
        .fill(String(experience));
    }
    await form.getByRole('button', { name: this.t('common.save'), exact: true }).click();
    await this.weakest().waitFor();
  }

  weakest(): Locator {
    return this.page.getByTestId('weakest-dimension');
  }
}
