import { afterEach, describe, expect, it } from 'vitest';
import { startWorkbench, eventually, type Workbench } from './harness';
import { ClientFormPage } from './pages/ClientFormPage';
import { ClientListPage } from './pages/ClientListPage';
import { ClientRecordPage } from './pages/ClientRecordPage';
import { ShellPage } from './pages/ShellPage';
import { text } from './pages/text';
import { localIsoDate } from '@shared/dates/local';

const SETUP = { mode: 'empty', adminName: '王芳', companyName: '星河整合传播', language: 'zh-CN' } as const;

/** A date `days` from today (in the local day, as the core counts), `yearsAgo` years back: a birthday. */
function birthdayIn(days: number, yearsAgo = 30): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear() - yearsAgo}-${localIsoDate(d).slice(5)}`;
}

describe('clients: the record, care and satisfaction', () => {
  let wb: Workbench | undefined;
  afterEach(async () => {
    await wb?.close();
    wb = undefined;
  });

  it('creates a client with two contacts, logs a visit, a complaint and a survey, and shows the weakest dimension and the birthday reminder', async () => {
    wb = await startWorkbench({ setup: SETUP });
    const shell = new ShellPage(wb.page);
    await shell.waitForReady();
    await shell.open('clients');
    await new ClientListPage(wb.page).newClient();

    const form = new ClientFormPage(wb.page);
    await form.waitForForm();
    await form.fillBasics({ name: '青禾茶饮', industry: '餐饮', character: 'high', professionalism: 'high' });
    const birthday = birthdayIn(6);
    await form.addContact({ name: '林娜', role: '品牌总监', email: 'lin@example.cn', birthday, decisionMaker: true });
    await form.addContact({ name: '周总', role: '创始人', phone: '13800000000', wechat: 'zhou', topManagement: true });
    await form.save();

    const record = new ClientRecordPage(wb.page);
    await record.title('青禾茶饮').waitFor();
    expect(await record.clientType().textContent()).toContain('优质客户');
    expect(await record.clientType().textContent()).toContain('专业取胜');
    // Public holidays inside the window are reminders too (元旦 from early December): only the
    // contact's birthday is asserted here, wherever it sorts among them.
    const birthdays = async () => (await record.reminders().allTextContents()).filter((line) => line.includes('林娜'));
    await eventually(async () => expect(await birthdays()).toHaveLength(1));
    expect((await birthdays())[0]).toContain(text('zh-CN', 'accounts.care.inDays', { count: 6 }));

    await record.logVisit({
      purpose: '季度回顾',
      contact: '周总',
      outcome: '认可执行质量',
      nextStep: '提交下季度规划',
    });
    await record.logComplaint({ receivedBy: '王芳', description: '物料延误半天', severity: 'high' });
    await record.recordSurvey({ professional: [8, 9], value: [9, 5], personal: [7, 8], dedication: [8, 8] });
    expect(await record.weakest().textContent()).toContain('最弱维度：价值');

    const [client] = (await wb.call('clients.list', {})).items;
    expect(client).toMatchObject({ name: '青禾茶饮', contactCount: 2, clientType: 'quality' });
    expect((await wb.call('visits.list', { clientId: client!.id })).items).toHaveLength(1);
    const complaints = (await wb.call('complaints.list', { clientId: client!.id })).items;
    expect(complaints).toEqual([expect.objectContaining({ severity: 'high', daysToResolve: null })]);

    // Home lists only this week's care dates (test/e2e/home-week.test.ts), which a day 6 days out may miss.
    expect(wb.pageErrors).toEqual([]);
  });

  it('creates a client with the keyboard only, and moves through the list with ↑/↓ and Enter', async () => {
    wb = await startWorkbench({ setup: SETUP });
    const shell = new ShellPage(wb.page);
    await shell.waitForReady();
    await wb.page.keyboard.press('Alt+2');
    await shell.title('clients').waitFor();
    await wb.page.keyboard.press('n');
    const form = new ClientFormPage(wb.page);
    await form.waitForForm();
    // The name field has the focus; Enter submits the form.
    await wb.page.keyboard.type('北辰科技');
    await wb.page.keyboard.press('Enter');
    const record = new ClientRecordPage(wb.page);
    await record.title('北辰科技').waitFor();

    await wb.call('clients.save', {
      name: '云帆汽车',
      industry: '汽车',
      status: 'active',
      priceSensitivity: 'sensitive',
      ownerId: null,
      decisionProcess: '',
      character: null,
      professionalism: null,
      tags: [],
      relatedSales: 0,
      contacts: [],
      dates: [],
    });
    await wb.page.keyboard.press('Alt+2');
    const list = new ClientListPage(wb.page);
    await list.rows.nth(1).waitFor();
    // Tab into the table: the first row is the one tab stop of the rows.
    await list.rows.first().focus();
    await wb.page.keyboard.press('ArrowDown');
    await wb.page.keyboard.press('Enter');
    await wb.page.getByRole('heading', { level: 1 }).waitFor();
    const names = ['北辰科技', '云帆汽车'].sort((a, b) => a.localeCompare(b, 'zh-CN'));
    await record.title(names[1]!).waitFor();
    expect(wb.pageErrors).toEqual([]);
  });

  it('refuses an empty name, an invalid e-mail and a birthday in the future, and saves nothing', async () => {
    wb = await startWorkbench({ setup: SETUP });
    const shell = new ShellPage(wb.page);
    await shell.waitForReady();
    await shell.open('clients');
    await new ClientListPage(wb.page).newClient();
    const form = new ClientFormPage(wb.page);
    await form.waitForForm();
    await form.addContact({ name: '林娜', email: 'lin-at-example', birthday: birthdayIn(30, -1) });
    await form.save();

    await form.fieldError('name').waitFor();
    expect(await form.fieldError('name').textContent()).toBe('此项为必填');
    expect(await form.fieldError('email', 0).textContent()).toBe('电子邮箱格式无效');
    expect(await form.fieldError('birthday', 0).textContent()).toBe('生日不能晚于今天');
    expect((await wb.call('clients.list', {})).items).toEqual([]);
    expect(wb.pageErrors).toEqual([]);
  });
});
