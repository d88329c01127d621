import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountAnalytics, AnalyticsPage } from '@shared/contract';
import { addDays } from '@shared/analytics/care';
import { localToday } from '@shared/dates/local';
import { analyticsRefreshes } from '../../electron/core/analytics/cache';
import { accountAnalytics } from '../../electron/core/analytics/load';
import { openDemoCore, type TestCore } from './support/core';

/**
 * The first analytics of a new day are recomputed from the cached bases, not the store (issue 18,
 * electron/core/analytics/cache.ts), reusing what the day cannot change (the conversions). Day by
 * day across a year's turn, with no write in between, the reply and its first page must equal a
 * fresh full computation — on the days a win, a lost proposal and a perfunctory visit leave the
 * 12-month window (the win and the visit are seen to leave it), a planned visit becomes contact, a contact's birthday comes round and 1 January
 * restarts "this year" — and no day may fall back to a full load.
 */
let clock = new Date('2026-12-24T04:00:00.000Z');
const DAY = 86_400_000;
const DAYS = 14; // 25 December to 7 January

describe('account analytics on each new day: from memory, equal to a full computation', () => {
  let t: TestCore;
  const today = () => localToday(clock);

  beforeAll(async () => {
    t = await openDemoCore(() => clock);
  });
  afterAll(() => t.dispose());

  it('equals a fresh computation every day, as facts leave the window and plans become contact', async () => {
    const db = t.core.store.db;
    const start = today();
    const [won] = await t.query<{ id: number; client_id: number }>(
      `select id, client_id from proposals where outcome = 'won' order by id limit 1`,
    );
    const [lost] = await t.query<{ id: number; client_id: number }>(
      `select id, client_id from proposals where outcome = 'lost' order by id limit 1`,
    );
    // A client we serve with no visit planned and none perfunctory: the two visits below are its own.
    const [quiet] = await t.query<{ id: number }>(
      `select id from clients where status <> 'let_go' and id not in
         (select client_id from visits where visited_on >= ? or signals like '%perfunctory%') order by id limit 1`,
      start,
    );
    // Dated so that each leaves the 12-month window (day − 365) partway through the run.
    const leaves = (daysIn: number) => addDays(addDays(start, daysIn), -365);
    await t.query(`update proposals set decided_at = ? where id = ?`, `${leaves(3)}T10:00:00.000Z`, won!.id);
    await t.query(`update proposals set decided_at = ? where id = ?`, `${leaves(5)}T10:00:00.000Z`, lost!.id);
    await t.query(
      `insert into visits (client_id, visited_on, purpose, created_at, signals) values (?, ?, 'v', ?, '["perfunctory"]')`,
      quiet!.id,
      leaves(6),
      clock.toISOString(),
    );
    // A visit planned for a day of the run; a birthday on another (the care calendar's, not a figure).
    const plannedOn = addDays(start, 8);
    await t.query(
      `insert into visits (client_id, visited_on, purpose, created_at, signals) values (?, ?, 'v', ?, '[]')`,
      quiet!.id,
      plannedOn,
      clock.toISOString(),
    );
    await t.query(
      `update contacts set birthday = ? where id = (select min(id) from contacts)`,
      `1990-${addDays(start, 4).slice(5)}`,
    );

    const served = await t.ok<AccountAnalytics>('accounts.analytics');
    expect(served).toEqual((await accountAnalytics(db, today())).analytics);
    const fullLoads = analyticsRefreshes(db).full;
    const figuresOf = (a: AccountAnalytics, id: number) => a.clients.find((c) => c.clientId === id)!;
    const seen = { winLeft: false, signalLeft: false, planReached: false, yearTurned: false };
    let before = served;
    for (let d = 1; d <= DAYS; d++) {
      clock = new Date(clock.getTime() + DAY);
      const reply = await t.ok<AccountAnalytics>('accounts.analytics');
      const fresh = (await accountAnalytics(db, today())).analytics;
      expect(reply, today()).toEqual(fresh);
      const page = await t.ok<AnalyticsPage>('accounts.analyticsPage', { list: 'lifetime', limit: 50 });
      const top = [...fresh.clients]
        .sort((x, y) => y.lifetimeProfit - x.lifetimeProfit || x.clientId - y.clientId)
        .slice(0, 50);
      expect(page.clients, today()).toEqual(top);
      expect(page.conversionCount).toBe(fresh.conversions.length);

      const was = (id: number) => figuresOf(before, id);
      const is = (id: number) => figuresOf(reply, id);
      if (is(won!.client_id).projects12m === was(won!.client_id).projects12m - 1) seen.winLeft = true;
      const perfunctory = (c: AccountAnalytics['clients'][number]) => c.churn.some((r) => r.code === 'perfunctory');
      if (perfunctory(was(quiet!.id)) && !perfunctory(is(quiet!.id))) seen.signalLeft = true;
      if (was(quiet!.id).nextVisitOn === plannedOn && is(quiet!.id).lastTouch === plannedOn) seen.planReached = true;
      if (
        today().endsWith('-01-01') &&
        before.clients.some((c) => c.revenueThisYear > 0) &&
        reply.clients.every((c) => c.revenueThisYear === 0)
      )
        seen.yearTurned = true;
      before = reply;
    }
    expect(seen).toEqual({ winLeft: true, signalLeft: true, planReached: true, yearTurned: true });
    // Every day came from memory: no full load since the first.
    expect(analyticsRefreshes(db).full).toBe(fullLoads);
  }, 120_000);
});
