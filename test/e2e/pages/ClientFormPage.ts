import type { Locator, Page } from 'playwright-core';
import type { Lang } from '@shared/i18n/lang';
import { textIn } from './text';

export interface ContactData {
  name: string;
  role?: string;
  phone?: string;
  email?: string;
  wechat?: string;
  birthday?: string;
  decisionMaker?: boolean;
  topManagement?: boolean;
}

/** The client form (new or edit): basics, contacts, dates. */
export class ClientFormPage {
  constructor(
    readonly page: Page,
    public lang: Lang = 'zh-CN',
  ) {}

  private get t() {
    return textIn(this.lang);
  }

  field(key: string): Locator {
    return this.page.getByLabel(this.t(`accounts.form.${key}`), { exact: true });
  }

  async waitForForm(): Promise<void> {
    await this.field('name').waitFor();
  }

  contact(index: number): Locator {
    return this.page.getByRole('group', { name: `${this.t('accounts.form.contacts')} ${index + 1}`, exact: true });
  }

  async fillBasics(b: {
    name: string;
    industry?: string;
    character?: 'high' | 'low';
    professionalism?: 'high' | 'low';
  }) {
    await this.field('name').fill(b.name);
    if (b.industry) await this.field('industry').fill(b.industry);
    if (b.character) await this.field('character').selectOption(b.character);
    if (b.professionalism) await this.field('professionalism').selectOption(b.professionalism);
  }

  async addContact(c: ContactData): Promise<void> {
    const index = await this.page.locator('fieldset.contact-row').count();
    await this.page.getByRole('button', { name: this.t('accounts.form.addContact') }).click();
    const row = this.contact(index);
    const fill = async (key: string, value?: string) => {
      if (value !== undefined) await row.getByLabel(this.t(`accounts.form.${key}`), { exact: true }).fill(value);
    };
    await fill('contactName', c.name);
    await fill('role', c.role);
    await fill('phone', c.phone);
    await fill('email', c.email);
    await fill('wechat', c.wechat);
    await fill('birthday', c.birthday);
    if (c.decisionMaker) await row.getByLabel(this.t('accounts.form.decisionMaker')).check();
    if (c.topManagement) await row.getByLabel(this.t('accounts.form.topManagement')).check();
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: this.t('accounts.form.save') }).click();
  }

  /** The message under a field; `contact` scopes it to one contact's fields. */
  fieldError(key: string, contact?: number): Locator {
    const scope = contact === undefined ? this.page : this.contact(contact);
    const label = this.t(`accounts.form.${key}`);
    return scope.locator('.field', { has: this.page.getByLabel(label, { exact: true }) }).locator('.field-error');
  }
}
