import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountAnalytics, ClientDetail, ClientInput, KeyAccountList, Reminder } from '@shared/contract';
import { openTestCore, snapshotTables, type TestCore } from './support/core';

const NOW = new Date('2026-11-23T08:00:00.000Z');
const CLIENT: ClientInput = {
  name: '青禾茶饮',
  industry: '餐饮',
  status: 'active',
  priceSensitivity: 'insensitive',
  ownerId: 1,
  decisionProcess: '创始人拍板',
  character: 'high',
  professionalism: 'low',
  tags: ['成长型'],
  relatedSales: 500_000,
  contacts: [
    {
      name: '林娜',
      role: '品牌总监',
      phone: '13800000000',
      email: 'lin@example.cn',
      wechat: 'linna',
      birthday: '1990-11-28',
      decisionMaker: true,
      topManagement: false,
    },
    {
      name: '周总',
      role: '创始人',
      phone: '',
      email: '',
      wechat: '',
      birthday: '',
      decisionMaker: true,
      topManagement: true,
    },
  ],
  dates: [{ label: '品牌周年庆', date: '2018-12-01' }],
};

describe('client records, care and validation', () => {
  let t: TestCore;
  beforeEach(async () => {
    t = await openTestCore(() => NOW);
    await t.ok('workspace.setup', { mode: 'empty', adminName: '王经理', companyName: '星火传播', language: 'zh-CN' });
  });
  afterEach(() => t.dispose());

  it('saves a client with contacts and dates, shows its type, and keeps contact ids on edit', async () => {
    const { id } = await t.ok<{ id: number }>('clients.save', CLIENT);
    const saved = await t.ok<ClientDetail>('clients.get', { id });
    expect(saved).toMatchObject({
      name: '青禾茶饮',
      clientType: 'potential',
      ownerName: '王经理',
      tags: ['成长型'],
      relatedSales: 500_000,
    });
    expect(saved.contacts.map((c) => [c.name, c.topManagement])).toEqual([
      ['林娜', false],
      ['周总', true],
    ]);
    const [lin] = saved.contacts;
    await t.ok('clients.save', { ...CLIENT, id, contacts: [{ ...CLIENT.contacts[0]!, id: lin!.id, role: 'CMO' }] });
    const edited = await t.ok<ClientDetail>('clients.get', { id });
    expect(edited.contacts).toEqual([expect.objectContaining({ id: lin!.id, role: 'CMO' })]);
  });

  it('refuses bad input with field paths and stores nothing', async () => {
    const before = await snapshotTables(t.core);
    const r = await t.core.call('clients.save', {
      ...CLIENT,
      name: '  ',
      contacts: [{ ...CLIENT.contacts[0]!, email: 'not-an-email', birthday: '2030-01-01' }],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('validation');
      expect(r.error.issues!.map((i) => [i.path.join('.'), i.code])).toEqual([
        ['name', 'common.required'],
        ['contacts.0.email', 'clients.invalid_email'],
        ['contacts.0.birthday', 'clients.birthday_future'],
      ]);
      expect(r.error.issues![2]!.messages['zh-CN']).toBe('生日不能晚于今天');
    }
    expect(await snapshotTables(t.core)).toBe(before);
  });

  it('deletes a client without work, and refuses one with quotes (archive instead)', async () => {
    const { id } = await t.ok<{ id: number }>('clients.save', CLIENT);
    const other = await t.ok<{ id: number }>('clients.save', { ...CLIENT, name: '另一家' });
    await t.query(
      `insert into quotes (client_id, title, currency, document, line_count, subtotal, net, tax, total, cost, created_at, updated_at) values (?, 'q', 'CNY', '{}', 1, 1, 1, 0, 1, 0, 'x', 'x')`,
      other.id,
    );
    await t.ok('clients.delete', { id });
    const refused = await t.core.call('clients.delete', { id: other.id });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('conflict');
    await t.ok('clients.archive', { id: other.id });
    expect((await t.ok<ClientDetail>('clients.get', { id: other.id })).status).toBe('let_go');
  });

  it('logs visits and complaints with the time to resolve, and reminds of birthdays, dates and festivals', async () => {
    const { id } = await t.ok<{ id: number }>('clients.save', CLIENT);
    await t.ok('visits.save', {
      clientId: id,
      visitedOn: '2026-11-20',
      contactId: null,
      purpose: '季度回顾',
      plan: '回顾',
      outcome: '认可',
      nextStep: '提交规划',
    });
    await t.ok('complaints.save', {
      clientId: id,
      receivedOn: '2026-11-01',
      receivedBy: '王经理',
      responderId: 1,
      severity: 'medium',
      description: '物料延误',
      resolution: '补发',
      resolvedOn: '2026-11-04',
    });
    const complaints = await t.ok<{ items: { daysToResolve: number | null; responderName: string }[] }>(
      'complaints.list',
      { clientId: id },
    );
    expect(complaints.items[0]).toMatchObject({ daysToResolve: 3, responderName: '王经理' });
    const backwards = await t.core.call('complaints.save', {
      clientId: id,
      receivedOn: '2026-11-05',
      receivedBy: '王',
      responderId: null,
      severity: 'low',
      description: 'x',
      resolution: '',
      resolvedOn: '2026-11-01',
    });
    expect(backwards.ok).toBe(false);

    const { items } = await t.ok<{ items: Reminder[] }>('care.upcoming', { days: 30 });
    // Today 2026-11-23: 林娜's birthday 11-28 in 5 days, the anniversary 12-01 in 8 days; 元旦 2027-01-01 is 39 days away.
    expect(items.map((r) => [r.kind, r.label, r.date, r.daysAway])).toEqual([
      ['birthday', '林娜', '2026-11-28', 5],
      ['client_date', '品牌周年庆', '2026-12-01', 8],
    ]);
    const longer = await t.ok<{ items: Reminder[] }>('care.upcoming', { days: 80 });
    expect(longer.items.filter((r) => r.kind === 'festival').map((r) => [r.label, r.date])).toEqual([
      ['元旦', '2027-01-01'],
      ['春节', '2027-02-06'],
    ]);
  });

  it('fills every analytics screen of the demo workspace', async () => {
    const demo = await openTestCore(() => NOW);
    try {
      await demo.ok('workspace.setup', {
        mode: 'demo',
        adminName: '王经理',
        companyName: '星火传播',
        language: 'zh-CN',
      });
      const a = await demo.ok<AccountAnalytics>('accounts.analytics');
      expect(a.pareto.length).toBeGreaterThanOrEqual(5);
      expect(a.tierCounts.A).toBeGreaterThan(0);
      expect(Object.values(a.dormancyCounts).every((n) => n > 0)).toBe(true);
      expect(a.clients.filter((c) => c.churn.length > 0).length).toBeGreaterThan(3);
      // The biggest client by revenue is not the most profitable one.
      expect(a.pareto[0]!.revenueRank).not.toBe(1);
      const keys = await demo.ok<KeyAccountList>('keyAccounts.list');
      expect(keys.current.length).toBeGreaterThan(0);
      expect(keys.current.some((k) => k.failing.length > 0)).toBe(true);
      const reminders = await demo.ok<{ items: Reminder[] }>('care.upcoming', { days: 30 });
      expect(reminders.items.some((r) => r.kind === 'birthday')).toBe(true);
    } finally {
      await demo.dispose();
    }
  });
});
