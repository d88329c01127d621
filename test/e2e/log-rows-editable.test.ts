import { afterEach, describe, expect, it } from 'vitest';
import { eventually, startWorkbench, type Workbench } from './harness';
import { ClientRecordPage } from './pages/ClientRecordPage';
import { ShellPage } from './pages/ShellPage';
import { text } from './pages/text';

const t = (key: string, vars?: Record<string, string | number>) => text('zh-CN', key, vars);

/**
 * Issue 15: complaints could not be resolved (so the churn warning stayed forever); visits,
 * rate-card rows and market items could not be edited. Every log row is editable and deletable,
 * and each change is in the audit trail.
 */
describe('log rows, rate-card rows and market items are editable and deletable', () => {
  let wb: Workbench | undefined;
  afterEach(async () => {
    await wb?.close();
    wb = undefined;
  });

  it('resolves a complaint (the churn warning goes), edits and deletes a visit', async () => {
    wb = await startWorkbench({
      setup: { mode: 'empty', adminName: '王芳', companyName: '星河整合传播', language: 'zh-CN' },
      lang: 'zh-CN',
    });
    const { page } = wb;
    const { id: clientId } = await wb.call('clients.save', {
      name: '青禾茶饮',
      industry: '餐饮',
      status: 'active',
      priceSensitivity: 'sensitive',
      ownerId: null,
      decisionProcess: '',
      character: 'high',
      professionalism: 'high',
      tags: [],
      relatedSales: 0,
      contacts: [],
      dates: [],
    });
    const shell = new ShellPage(page);
    await shell.waitForReady();
    await page.goto(`${new URL(wb.server.url).origin}/clients/${clientId}`);
    const record = new ClientRecordPage(page);
    await record.title('青禾茶饮').waitFor();

    await record.logComplaint({ receivedBy: '王芳', description: '物料延误半天', severity: 'high' });
    const churn = page.locator('.churn-line');
    await churn.filter({ hasText: '投诉' }).waitFor();

    // Resolve it: the form opens on the complaint with today's date, the resolution typed.
    const complaints = record.section('accounts.complaints.title');
    await complaints.getByRole('button', { name: new RegExp(`^${t('accounts.complaints.resolve')}`) }).click();
    const form = page.getByRole('form', { name: t('accounts.complaints.edit') });
    await form.getByLabel(t('accounts.complaints.resolution'), { exact: true }).fill('补发物料并致歉');
    await form.getByRole('button', { name: t('common.save'), exact: true }).click();
    await complaints.getByRole('cell', { name: '补发物料并致歉', exact: true }).waitFor();
    const [stored] = (await wb.call('complaints.list', { clientId })).items;
    expect(stored).toMatchObject({ resolution: '补发物料并致歉', daysToResolve: 0 });
    expect(stored!.resolvedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await complaints.getByText(t('accounts.complaints.open'), { exact: true }).count()).toBe(0);
    await eventually(async () => expect(await churn.textContent()).not.toContain('投诉'));

    // A visit: logged, edited in place, then deleted.
    await record.logVisit({ purpose: '季度回顾', outcome: '认可执行质量' });
    const visits = record.section('accounts.visits.title');
    const name = async (purpose: string) =>
      `${(await visits.getByRole('cell').first().textContent())!.trim()} ${purpose}`;
    await visits.getByRole('button', { name: t('accounts.log.editLabel', { name: await name('季度回顾') }) }).click();
    const visitForm = page.getByRole('form', { name: t('accounts.visits.edit') });
    await visitForm.getByLabel(t('accounts.visits.purpose'), { exact: true }).fill('年度回顾');
    await visitForm.getByRole('button', { name: t('common.save'), exact: true }).click();
    await visits.getByRole('cell', { name: '年度回顾', exact: true }).waitFor();
    const visitList = (await wb.call('visits.list', { clientId })).items;
    expect(visitList.map((v) => v.purpose)).toEqual(['年度回顾']);

    page.once('dialog', (d) => void d.accept());
    await visits.getByRole('button', { name: t('accounts.log.deleteLabel', { name: await name('年度回顾') }) }).click();
    await visits.getByText(t('accounts.visits.empty')).waitFor();
    expect((await wb.call('visits.list', { clientId })).items).toEqual([]);

    // Every change is in the audit trail.
    const actions = (await wb.call('audit.list', { limit: 50 })).items.map((e) => `${e.action}:${e.entity}`);
    expect(actions).toEqual(
      expect.arrayContaining(['complaints.save:complaint', 'visits.save:visit', 'visits.delete:visit']),
    );
    expect(actions.filter((a) => a === 'complaints.save:complaint')).toHaveLength(2);
    expect(wb.pageErrors).toEqual([]);
  });

  it('edits and deletes a rate-card row and a market item, and adds one of each', async () => {
    wb = await startWorkbench({
      setup: { mode: 'demo', adminName: '王芳', companyName: '星河整合传播', language: 'zh-CN' },
      lang: 'zh-CN',
    });
    const { page } = wb;
    const shell = new ShellPage(page);
    await shell.waitForReady();
    await page.goto(`${new URL(wb.server.url).origin}/quotes/library`);
    const entry = (await wb.call('rateCard.list', {})).items[0]!;
    await page
      .getByRole('button', { name: t('library.editLabel', { name: entry.role }) })
      .first()
      .click();
    const rateForm = page.getByRole('form', { name: t('library.addRole') });
    await expect(rateForm.getByLabel(t('library.role'), { exact: true }).inputValue()).resolves.toBe(entry.role);
    await rateForm.getByLabel(t('library.rate'), { exact: true }).fill('3,333.33');
    await rateForm.getByRole('button', { name: t('library.saveChanges') }).click();
    await eventually(async () => {
      const changed = (await wb!.call('rateCard.list', {})).items.find((e) => e.id === entry.id);
      expect(changed?.rate).toBe(333333);
    });

    const market = (await wb.call('market.list', {})).items[0]!;
    page.once('dialog', (d) => void d.accept());
    await page
      .getByRole('button', { name: t('library.deleteLabel', { name: market.name }) })
      .first()
      .click();
    await eventually(async () =>
      expect((await wb!.call('market.list', {})).items.map((r) => r.id)).not.toContain(market.id),
    );
    const ref = (await wb.call('market.list', {})).items[0]!;
    await page
      .getByRole('button', { name: t('library.editLabel', { name: ref.name }) })
      .first()
      .click();
    const marketForm = page.getByRole('form', { name: t('library.addReference') });
    await marketForm.getByLabel(t('library.source'), { exact: true }).fill('2027 行业薪酬报告');
    await marketForm.getByRole('button', { name: t('library.saveChanges') }).click();
    await eventually(async () =>
      expect((await wb!.call('market.list', {})).items.find((r) => r.id === ref.id)?.source).toBe('2027 行业薪酬报告'),
    );
    // With nothing being changed, each form's one button adds a new entry and the form is blank again.
    await rateForm.getByLabel(t('library.role'), { exact: true }).fill('视频剪辑师');
    await rateForm.getByLabel(t('library.rate'), { exact: true }).fill('1,200');
    await rateForm.getByLabel(t('library.costRate'), { exact: true }).fill('600');
    await rateForm.getByRole('button', { name: t('common.add'), exact: true }).click();
    await eventually(async () => {
      const added = (await wb!.call('rateCard.list', {})).items.find((e) => e.role === '视频剪辑师');
      expect([added?.rate, added?.costRate]).toEqual([120000, 60000]);
    });
    // The form clears when the page has the save's reply, a moment after the row is stored.
    await eventually(async () =>
      expect(await rateForm.getByLabel(t('library.role'), { exact: true }).inputValue()).toBe(''),
    );
    await marketForm.getByLabel(t('library.name'), { exact: true }).fill('短视频拍摄');
    await marketForm.getByLabel(t('library.unitPrice'), { exact: true }).fill('8,000');
    await marketForm.getByLabel(t('library.unit'), { exact: true }).fill('条');
    await marketForm.getByLabel(t('library.source'), { exact: true }).fill('2026 报价调研');
    await marketForm.getByRole('button', { name: t('common.add'), exact: true }).click();
    await eventually(async () => {
      const added = (await wb!.call('market.list', {})).items.find((r) => r.name === '短视频拍摄');
      expect([added?.unitPrice, added?.unit, added?.source]).toEqual([800000, '条', '2026 报价调研']);
    });
    // The form clears when the page has the save's reply, a moment after the row is stored.
    await eventually(async () =>
      expect(await marketForm.getByLabel(t('library.name'), { exact: true }).inputValue()).toBe(''),
    );

    const actions = (await wb.call('audit.list', { limit: 20 })).items.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['rateCard.save', 'market.delete', 'market.save']));
    expect(wb.pageErrors).toEqual([]);
  });
});
