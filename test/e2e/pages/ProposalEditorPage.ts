import type { Locator, Page } from 'playwright-core';
import type { Lang } from '@shared/i18n/lang';
import type { ProposalSectionKey } from '@shared/export';
import { textIn } from './text';

/** The proposals list's “new proposal” dialog and the proposal editor (/proposals/:id). */
export class ProposalEditorPage {
  constructor(
    readonly page: Page,
    public lang: Lang = 'zh-CN',
  ) {}

  get t() {
    return textIn(this.lang);
  }

  private button(key: string, vars?: Record<string, string | number>): Locator {
    return this.page.getByRole('button', { name: this.t(key, vars), exact: true });
  }

  /** From the proposals list: client, title, template and quote, then into the editor. */
  async create(o: { client: string; title: string; template?: string; quote?: string }): Promise<void> {
    await this.page.getByRole('button', { name: `+ ${this.t('proposalEditor.newProposal')}` }).click();
    const dialog = this.page.getByRole('dialog', { name: this.t('proposalEditor.newProposal') });
    await dialog.getByLabel(this.t('proposalEditor.client'), { exact: true }).selectOption({ label: o.client });
    await dialog.getByLabel(this.t('proposalEditor.title'), { exact: true }).fill(o.title);
    if (o.template)
      await dialog.getByLabel(this.t('proposalEditor.template'), { exact: true }).selectOption({ label: o.template });
    if (o.quote)
      await dialog.getByLabel(this.t('proposalEditor.quote'), { exact: true }).selectOption({ label: o.quote });
    await dialog.getByRole('button', { name: this.t('proposalEditor.create') }).click();
    await this.heading(o.title).waitFor();
  }

  heading(title: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: title, exact: true });
  }

  sectionEditor(key: ProposalSectionKey): Locator {
    const section = this.t(`proposalEditor.sections.${key}`);
    return this.page.getByRole('textbox', { name: this.t('proposalEditor.editorLabel', { section }) });
  }

  /** Type at the end of a section's rich text. */
  async typeInSection(key: ProposalSectionKey, text: string): Promise<void> {
    const editor = this.sectionEditor(key);
    await editor.click();
    await this.page.keyboard.press('Control+End');
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.type(text);
  }

  /** The cost section's linked quote, by its option text (title · total). */
  async linkQuote(titleStart: string): Promise<void> {
    const select = this.page.getByLabel(this.t('proposalEditor.costQuote'), { exact: true });
    const options = await select.locator('option').allTextContents();
    const label = options.find((o) => o.startsWith(titleStart));
    if (!label) throw new Error(`No quote “${titleStart}” among ${options.join(' | ')}`);
    await select.selectOption({ label });
  }

  async recordPreCommunication(o: { withWhom: string; cost: string; disputed?: string }): Promise<void> {
    await this.page.getByLabel(this.t('proposalEditor.preCommWith'), { exact: true }).fill(o.withWhom);
    await this.page.getByLabel(this.t('proposalEditor.preCommCost'), { exact: true }).fill(o.cost);
    if (o.disputed)
      await this.page.getByLabel(this.t('proposalEditor.preCommDisputed'), { exact: true }).fill(o.disputed);
  }

  async scoreSelfCheck(score: number): Promise<void> {
    for (const d of ['practicality', 'dataSupport', 'strategy', 'creativity', 'feasibility', 'costEconomy'])
      await this.page.getByLabel(this.t(`proposalEditor.dimensions.${d}`), { exact: true }).selectOption(String(score));
  }

  async save(): Promise<void> {
    await this.button('proposalEditor.save').click();
    await this.page
      .getByRole('status')
      .filter({ hasText: this.t('proposalEditor.saved') })
      .waitFor();
  }

  async action(name: 'pre_communicated' | 'negotiating' | 'won' | 'archived' | 'reopen'): Promise<void> {
    await this.button(`proposalEditor.actions.${name}`).click();
  }

  async statusIs(status: string): Promise<void> {
    await this.page.locator('.page-subtitle .badge', { hasText: this.t(`proposals.statuses.${status}`) }).waitFor();
  }

  async markLost(reason: string, note: string): Promise<void> {
    await this.button('proposalEditor.actions.lost').click();
    const dialog = this.lostDialog();
    await dialog.getByLabel(this.t('proposalEditor.lostReason'), { exact: true }).selectOption(reason);
    await dialog.getByLabel(this.t('proposalEditor.lostNote'), { exact: true }).fill(note);
    await dialog.getByRole('button', { name: this.t('proposalEditor.confirm') }).click();
  }

  lostDialog(): Locator {
    return this.page.getByRole('dialog', { name: this.t('proposalEditor.lostTitle') });
  }

  sendDialog(): Locator {
    return this.page.getByRole('dialog', { name: this.t('proposalEditor.sendTitle') });
  }

  async openSend(): Promise<Locator> {
    await this.button('proposalEditor.send').click();
    await this.sendDialog().waitFor();
    return this.sendDialog();
  }

  sendButton(n: number): Locator {
    return this.sendDialog().getByRole('button', { name: this.t('proposalEditor.sendNow', { n }) });
  }

  async send(n: number): Promise<void> {
    const dialog = await this.openSend();
    const ack = dialog.getByRole('checkbox', { name: this.t('proposalEditor.acknowledge') });
    if (await ack.count()) await ack.check();
    await this.sendButton(n).click();
    await this.page.getByText(this.t('proposalEditor.sentNotice', { n })).waitFor();
  }

  versionLabel(): Locator {
    return this.page.getByTestId('proposal-version');
  }

  approvalState(): Locator {
    return this.page.getByTestId('approval-state');
  }

  async requestApproval(note: string): Promise<void> {
    await this.page.getByLabel(this.t('proposalEditor.requestNote'), { exact: true }).fill(note);
    await this.button('proposalEditor.requestApproval').click();
    await this.page.locator('[data-testid="approval-state"][data-state="pending"]').waitFor();
  }

  blocker(code: string): Locator {
    return this.page.getByTestId('proposal-checks').locator(`li[data-code="${code}"]`);
  }
}
