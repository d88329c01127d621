import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { localToday } from '@shared/dates/local';
import { healthyQuote } from '../../electron/core/seed/proposal-demo';
import { startWorkbench, eventually, type Workbench } from './harness';
import { ClientListPage } from './pages/ClientListPage';
import { ShellPage } from './pages/ShellPage';
import { text } from './pages/text';

const SETUP = { mode: 'empty', adminName: '王芳', companyName: '星河整合传播', language: 'zh-CN' } as const;
const t = (key: string, vars?: Record<string, string | number>) => text('zh-CN', key, vars);

/** A client with a quote (in `currency`) and a proposal on it, won on `wonOn` when given. */
async function clientWithWork(wb: Workbench, name: string, o: { currency?: 'CNY' | 'USD'; wonOn?: string } = {}) {
  const { id } = await wb.call('clients.save', {
    name,
    industry: '快消',
    status: 'active',
    priceSensitivity: 'insensitive',
    ownerId: null,
    decisionProcess: '',
    character: null,
    professionalism: null,
    tags: [],
    relatedSales: 0,
    contacts: [],
    dates: [],
  });
  const today = localToday();
  const quote = await wb.call('quotes.create', {
    clientId: id,
    title: `${name}报价`,
    document: { ...healthyQuote('zh-CN', `${name}报价`, name, today), currency: o.currency ?? 'CNY' },
  });
  const proposal = await wb.call('proposals.create', { clientId: id, title: `${name}提案`, quoteId: quote.id });
  if (o.wonOn) {
    const at = `${o.wonOn}T08:00:00.000Z`;
    await sql`update proposals set status = 'won', decided_at = ${at} where id = ${proposal.id}`.execute(
      wb.core.store.db,
    );
  }
  return { clientId: id, quote, proposal };
}

async function openClient(wb: Workbench, name: string): Promise<void> {
  const shell = new ShellPage(wb.page);
  await shell.open('clients');
  // The list's row opens the record (Enter or a click on the row).
  await new ClientListPage(wb.page).row(name).click();
  await wb.page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
}

describe('issue 14’s missing UI and issue 15’s client hub, Home and audit trail', () => {
  let wb: Workbench | undefined;
  afterEach(async () => {
    await wb?.close();
    wb = undefined;
  });

  it('finance enters an exchange rate; the analytics show the rate used and list what could not be converted', async () => {
    wb = await startWorkbench({ setup: SETUP });
    const shell = new ShellPage(wb.page);
    await shell.waitForReady();
    await clientWithWork(wb, '美元客户', { currency: 'USD', wonOn: '2026-03-01' });
    await clientWithWork(wb, '早年客户', { currency: 'USD', wonOn: '2020-03-01' });

    await shell.open('settings');
    const form = wb.page.getByRole('form', { name: t('accounts.rates.add') });
    await form.getByLabel(t('accounts.rates.currency')).selectOption('USD');
    await form.getByLabel(t('accounts.rates.rateOn')).fill('2026-01-02');
    await form.getByLabel(t('accounts.rates.rate', { base: 'CNY' })).fill('7.1');
    await form.getByRole('button', { name: t('accounts.rates.add') }).click();
    await wb.page.getByText(t('accounts.rates.perUnit', { currency: 'USD', rate: '7.1', base: 'CNY' })).waitFor();
    expect((await wb.call('exchangeRates.list', {})).items).toEqual([
      expect.objectContaining({ currency: 'USD', rateOn: '2026-01-02', rate: '7.1' }),
    ]);

    await shell.open('clients');
    await wb.page.getByRole('link', { name: t('accounts.tabs.analytics'), exact: true }).click();
    const converted = wb.page.getByTestId('conversions');
    await converted.waitFor();
    expect(await converted.textContent()).toContain('美元客户');
    expect(await converted.textContent()).toContain('1 USD = 7.1 CNY');
    // The 2020 win has no rate on or before its day: left out, and said so.
    const missing = wb.page.getByTestId('unconverted');
    expect(await missing.textContent()).toContain('早年客户');
    expect(await missing.textContent()).toContain(t('accounts.analytics.unconverted', { count: 1 }));
    expect(wb.pageErrors).toEqual([]);
  });

  it('a visit carries the churn signal 敷衍, shown in the warnings with its date; a let-go client shows historic value', async () => {
    wb = await startWorkbench({ setup: SETUP });
    const shell = new ShellPage(wb.page);
    await shell.waitForReady();
    const { clientId } = await clientWithWork(wb, '青禾茶饮', { wonOn: '2026-03-01' });
    await openClient(wb, '青禾茶饮');

    const visits = wb.page.locator('section.panel', {
      has: wb.page.getByRole('heading', { name: t('accounts.visits.title'), exact: true }),
    });
    await visits.getByRole('button', { name: t('accounts.visits.add') }).click();
    const form = wb.page.getByRole('form', { name: t('accounts.visits.add') });
    await form.getByLabel(t('accounts.visits.purpose'), { exact: true }).fill('季度回顾');
    await form.getByLabel(t('accounts.signals.perfunctory')).check();
    await form.getByRole('button', { name: t('common.save'), exact: true }).click();
    await visits.getByText(t('accounts.signals.perfunctory')).waitFor();
    expect((await wb.call('visits.list', { clientId })).items[0]?.signals).toEqual(['perfunctory']);
    // The warning counts it, with the visit's date.
    const warning = wb.page.locator('.churn-line').getByText(/答复敷衍（近一年 1 次/);
    await warning.waitFor();

    // Let go: the lifetime figures are what the client brought, marked historic.
    await wb.page.getByRole('button', { name: t('accounts.record.archive') }).click();
    await wb.page.getByText(t('accounts.analytics.historic'), { exact: true }).first().waitFor();
    const figures = (await wb.call('accounts.analytics', {})).clients.find((c) => c.clientId === clientId)!;
    expect(figures.valueBasis).toBe('historic');
    expect(wb.pageErrors).toEqual([]);
  });

  it('the client record is the hub: its work and figures, a new quote for this client prefilled; Home and the audit trail', async () => {
    wb = await startWorkbench({ setup: SETUP });
    const shell = new ShellPage(wb.page);
    await shell.waitForReady();
    const year = localToday().slice(0, 4);
    const { clientId, proposal } = await clientWithWork(wb, '星河乳业', { wonOn: `${year}-01-05` });
    await wb.call('proposals.create', { clientId, title: '年中活动提案' });
    const analytics = await wb.call('accounts.analytics', {});
    const f = analytics.clients.find((c) => c.clientId === clientId)!;

    await openClient(wb, '星河乳业');
    const hub = wb.page.getByTestId('hub-figures');
    await hub.getByText(t('accounts.hub.revenueThisYear')).waitFor();
    const figuresText = (await hub.textContent()) ?? '';
    // The analytics' own figures, this year and all time.
    expect(f.revenueThisYear).toBeGreaterThan(0);
    expect(figuresText).toContain(`${f.marginPercentThisYear}%`);
    await wb.page.getByRole('link', { name: '星河乳业提案', exact: true }).waitFor();
    await wb.page.getByRole('link', { name: '年中活动提案', exact: true }).waitFor();

    // A new quote for this client: the dialog opens with the client chosen.
    await wb.page.getByRole('button', { name: t('accounts.hub.newQuote') }).click();
    const dialog = wb.page.getByRole('dialog');
    await dialog.getByRole('textbox').first().fill('追加报价');
    await dialog.locator('form').evaluate((form) => (form as unknown as { requestSubmit(): void }).requestSubmit());
    await wb.page.waitForURL(/\/quotes\/\d+$/);
    const created = (await wb.call('quotes.list', {})).items.find((q) => q.title === '追加报价');
    expect(created?.clientId).toBe(clientId);

    // Home: the checklist until the first send, and my open proposals with their next step.
    await shell.open('home');
    await wb.page.getByRole('heading', { name: t('home.checklist') }).waitFor();
    const mine = wb.page.locator('section.panel', {
      has: wb.page.getByRole('heading', { name: t('home.myProposals'), exact: true }),
    });
    await mine.getByText(t('home.nextSteps.finish_and_send')).first().waitFor();
    // The won proposal is no longer open: only the draft is listed (and the header row).
    expect(await mine.getByRole('row').count()).toBe(1 + 1);
    await mine.getByRole('link', { name: '年中活动提案', exact: true }).waitFor();

    // The audit trail: "新建了提案" names the proposal and opens it.
    await wb.page.getByRole('link', { name: t('home.allActivity') }).click();
    await wb.page.getByRole('heading', { level: 1, name: t('audit.title') }).waitFor();
    const filters = wb.page.getByRole('form', { name: t('audit.filters') });
    await filters
      .getByLabel(t('audit.what'), { exact: true })
      .selectOption({ label: t('audit.actions.proposals_create') });
    await filters.getByRole('button', { name: t('audit.apply'), exact: true }).click();
    const link = wb.page.getByRole('link', { name: t('audit.objectName', { kind: '提案', name: '星河乳业提案' }) });
    await eventually(async () => expect(await wb!.page.getByRole('row').count()).toBe(2 + 1));
    await link.click();
    await wb.page.waitForURL(new RegExp(`/proposals/${proposal.id}$`));
    expect(wb.pageErrors).toEqual([]);
  });
});
