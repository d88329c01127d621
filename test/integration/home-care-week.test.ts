// "This week" is the user's week, not UTC's: 07:30 on Monday 23 November in Shanghai is still Sunday
// 22 November in UTC (whose week ran 16–22). Node reads TZ when a date is first turned into local
// fields, so it is set before anything here makes a Date.
process.env.TZ = 'Asia/Shanghai';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HomeOverview } from '@shared/contract';
import { openTestCore, type TestCore } from './support/core';

const MONDAY_MORNING = new Date('2026-11-22T23:30:00.000Z');
const WEDNESDAY_MORNING = new Date('2026-11-24T23:30:00.000Z');

describe('Home: this week’s care dates, Monday to Sunday of the user’s local day', () => {
  let t: TestCore;
  let clock = MONDAY_MORNING;

  beforeAll(async () => {
    t = await openTestCore(() => clock);
    await t.ok('workspace.setup', { mode: 'empty', adminName: '王经理', companyName: '星火传播', language: 'zh-CN' });
    const client = async (name: string, status: string) =>
      Number(
        (
          await t.query<{ id: number }>(
            `insert into clients (name, industry, status, price_sensitivity, created_at, updated_at)
             values (?, '快消', ?, 'sensitive', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z') returning id`,
            name,
            status,
          )
        )[0]!.id,
      );
    const served = await client('星河乳业', 'active');
    const gone = await client('远航物流', 'let_go');
    const contact = (clientId: number, name: string, birthday: string) =>
      t.query(`insert into contacts (client_id, name, birthday) values (?, ?, ?)`, clientId, name, birthday);
    await contact(served, '周日生', '1980-11-22'); // Sunday before: UTC's "this week", not the user's
    await contact(served, '周一生', '1985-11-23'); // today
    await contact(served, '周日末', '1990-11-29'); // last day of the week
    await contact(served, '下周一', '1979-11-30'); // next week
    await contact(gone, '已流失', '1982-11-24'); // a let-go client's contact: no care reminder
    await t.query(`insert into client_dates (client_id, label, date) values (?, '品牌周年庆', '2015-11-25')`, served);
    await t.query(`insert into festivals (name, date) values ('客户答谢日', '2026-11-26')`);
  });
  afterAll(() => t.dispose());

  it('on Monday 07:30 local (UTC still Sunday): the week is 23–29 November, its dates by day', async () => {
    clock = MONDAY_MORNING;
    const home = await t.ok<HomeOverview>('home.overview');
    expect(home).toMatchObject({ today: '2026-11-23', weekStart: '2026-11-23', weekEnd: '2026-11-29' });
    expect(home.careThisWeek.map((r) => [r.kind, r.label, r.date, r.daysAway])).toEqual([
      ['birthday', '周一生', '2026-11-23', 0],
      ['client_date', '品牌周年庆', '2026-11-25', 2],
      ['festival', '客户答谢日', '2026-11-26', 3],
      ['birthday', '周日末', '2026-11-29', 6],
    ]);
    expect(home.careThisWeek[0]).toMatchObject({ clientName: '星河乳业', contactName: '周一生' });
  });

  it('on Wednesday the days already past stay listed, counted back from today', async () => {
    clock = WEDNESDAY_MORNING;
    const home = await t.ok<HomeOverview>('home.overview');
    expect(home).toMatchObject({ today: '2026-11-25', weekStart: '2026-11-23' });
    expect(home.careThisWeek.map((r) => [r.label, r.daysAway])).toEqual([
      ['周一生', -2],
      ['品牌周年庆', 0],
      ['客户答谢日', 1],
      ['周日末', 4],
    ]);
  });
});
