import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountAnalytics, AnalyticsPage } from '@shared/contract';
import { addDays } from '@shared/analytics/care';
import { localToday } from '@shared/dates/local';
import { analyticsRefreshes } from '../../electron/core/analytics/cache';
import { accountAnalytics } from '../../electron/core/analytics/load';
import { SLOW_PAYMENT_DAYS } from '@shared/collection';
import { readSettings } from '../../electron/core/repos/settings';
import { openDemoCore, type TestCore } from './support/core';

/**
 * The first analytics of a new day are recomputed from the cached bases, not the store (issue 18,
 * electron/core/analytics/cache.ts), reusing what the day cannot change (the conversions). Day by
 * day across a year's turn, with no write in between, the reply and its first page must equal a
 * fresh full computation — on the days a win, a lost proposal and a perfunctory visit leave the
 * 12-month window (the win and the visit are seen to leave it), a planned visit becomes contact, a
 * visit noting disagreement is reached, open money becomes more than 60 days overdue, a contact's
 * birthday comes round and 1 January restarts "this year" (with wins on 1 January itself, one in
 * USD, and one in USD in December) — and no day may fall back to a full load; a day redoes the
 * facts (not only the figures that count days) of few clients, 1 January too (the others redo their
 * year sums alone), and a jump of several days equals a full computation too.
 */
let clock = new Date('2026-12-24T04:00:00.000Z');
const DAY = 86_400_000;
const DAYS = 14; // 25 December to 7 January

describe('account analytics on each new day: from memory, equal to a full computation', () => {
  let t: TestCore;
  const today = () => localToday(clock);

  beforeAll(async () => {
    t = await openDemoCore(() => clock);
  }, 120_000); // a demo workspace, on a machine shared by several test runs (as analytics-incremental)
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
    // A client we serve with no visit planned and no churn signal: the visits below are its own.
    const [quiet] = await t.query<{ id: number }>(
      `select id from clients where status <> 'let_go' and id not in
         (select client_id from visits
           where visited_on >= ? or signals like '%perfunctory%' or signals like '%disagreement%') order by id limit 1`,
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
    // A visit planned for a later day noting disagreement: the signal enters the figures that day.
    const disagreedOn = addDays(start, 10);
    await t.query(
      `insert into visits (client_id, visited_on, purpose, created_at, signals) values (?, ?, 'v', ?, '["disagreement"]')`,
      quiet!.id,
      disagreedOn,
      clock.toISOString(),
    );
    // Open money of a client without 回款慢, falling due so that it is more than 60 days overdue
    // from day 7 on (the warning appears that day, with no write).
    const { currency } = await readSettings(db);
    const unpaid = await t.query<{ id: number; client_id: number }>(
      `select m.id, p.client_id from payment_milestones m
         join payment_plans pp on pp.proposal_id = m.proposal_id
         join proposals p on p.id = m.proposal_id
         join clients c on c.id = p.client_id
        where c.status <> 'let_go' and pp.currency = ?
          and m.amount > (select coalesce(sum(r.amount), 0) from payment_receipts r where r.milestone_id = m.id)
        order by m.id`,
      currency,
    );
    const slow = (c: AccountAnalytics['clients'][number]) => c.churn.some((r) => r.code === 'slow_payment');
    const initially = (await accountAnalytics(db, today())).analytics;
    const late = unpaid.find((m) => !slow(initially.clients.find((c) => c.clientId === m.client_id)!));
    expect(late, 'an unpaid milestone of a client without 回款慢').toBeDefined();
    await t.query(
      `update payment_milestones set due_on = ? where id = ?`,
      addDays(addDays(start, 7), -(SLOW_PAYMENT_DAYS + 1)),
      late!.id,
    );

    // A client whose calendar-year sums change on 1 January from more than zero to more than zero,
    // with a win in another currency on each side of the turn: a win in the workspace currency and
    // one in USD on 1 January itself, one in USD in December (the USD rate dated before them all).
    // A new client, with nothing else that could cross an edge: on 1 January its year sums alone are
    // redone. Written now, dated ahead: a write on the day would reload the client instead.
    const newYear = `${Number(start.slice(0, 4)) + 1}-01-01`;
    const [yearly] = await t.query<{ id: number }>(
      `insert into clients (name, industry, status, price_sensitivity, related_sales, created_at, updated_at)
       values ('跨年客户', '快消', 'active', 'sensitive', 0, ?, ?) returning id`,
      clock.toISOString(),
      clock.toISOString(),
    );
    await t.ok('exchangeRates.save', { currency: 'USD', rateOn: addDays(start, -30), rate: '7.1234' });
    const win = async (quoteCurrency: string, net: number, decidedOn: string) => {
      const [q] = await t.query<{ id: number }>(
        `insert into quotes (client_id, title, currency, document, line_count, subtotal, net, tax, total, cost, created_at, updated_at)
         values (?, 'q', ?, '{}', 1, ?, ?, 0, ?, ?, ?, ?) returning id`,
        yearly!.id,
        quoteCurrency,
        net,
        net,
        net,
        Math.floor(net / 3),
        clock.toISOString(),
        clock.toISOString(),
      );
      const [p] = await t.query<{ id: number }>(
        `insert into proposals (client_id, quote_id, title, status, sections, created_at, updated_at, decided_at)
         values (?, ?, 'p', 'won', '[]', ?, ?, ?) returning id`,
        yearly!.id,
        q!.id,
        clock.toISOString(),
        clock.toISOString(),
        `${decidedOn}T10:00:00.000Z`,
      );
      return p!.id;
    };
    await win(currency, 300_000, newYear);
    const usdDecember = await win('USD', 100_000, addDays(start, 4));
    const usdNewYear = await win('USD', 200_000, newYear);

    const served = await t.ok<AccountAnalytics>('accounts.analytics');
    expect(served).toEqual((await accountAnalytics(db, today())).analytics);
    const fullLoads = analyticsRefreshes(db).full;
    const figuresOf = (a: AccountAnalytics, id: number) => a.clients.find((c) => c.clientId === id)!;
    const seen = {
      winLeft: false,
      signalLeft: false,
      planReached: false,
      yearTurned: false,
      signalEntered: false,
      becameOverdue: false,
    };
    // Clients whose facts each day redid, and whose year sums alone (the others only their figures
    // that count days).
    const factsRedone: number[] = [];
    const yearSumsRedone: number[] = [];
    let facts = analyticsRefreshes(db).facts;
    let yearSums = analyticsRefreshes(db).yearSums;
    let before = served;
    for (let d = 1; d <= DAYS; d++) {
      clock = new Date(clock.getTime() + DAY);
      const reply = await t.ok<AccountAnalytics>('accounts.analytics');
      const fresh = (await accountAnalytics(db, today())).analytics;
      expect(reply, today()).toEqual(fresh);
      factsRedone.push(analyticsRefreshes(db).facts - facts);
      facts = analyticsRefreshes(db).facts;
      yearSumsRedone.push(analyticsRefreshes(db).yearSums - yearSums);
      yearSums = analyticsRefreshes(db).yearSums;
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
      const disagreement = (c: AccountAnalytics['clients'][number]) => c.churn.some((r) => r.code === 'disagreement');
      if (today() === disagreedOn && !disagreement(was(quiet!.id)) && disagreement(is(quiet!.id)))
        seen.signalEntered = true;
      if (!slow(was(late!.client_id)) && slow(is(late!.client_id))) seen.becameOverdue = today() === addDays(start, 7);
      // The year's sums restart: only the wins of 1 January count, the one in USD converted, not
      // the December one.
      const converted = (id: number) => reply.conversions.find((c) => c.proposalId === id)!.convertedNet;
      if (
        today() === newYear &&
        before.clients.some((c) => c.clientId !== yearly!.id && c.revenueThisYear > 0) &&
        reply.clients.every((c) => c.clientId === yearly!.id || c.revenueThisYear === 0)
      ) {
        expect(is(yearly!.id).projectsThisYear).toBe(2);
        expect(is(yearly!.id).revenueThisYear).toBe(300_000 + converted(usdNewYear));
        expect(is(yearly!.id).revenue12m).toBe(300_000 + converted(usdNewYear) + converted(usdDecember));
        seen.yearTurned = true;
      }
      before = reply;
    }
    expect(seen).toEqual({
      winLeft: true,
      signalLeft: true,
      planReached: true,
      yearTurned: true,
      signalEntered: true,
      becameOverdue: true,
    });
    // A day redoes the facts of the clients with a fact crossing an edge that day only, 1 January
    // (day 8 of the run) too; that day the others redo their year sums, no other day.
    const clients = served.clients.length;
    expect(factsRedone.filter((n) => n < clients / 2)).toHaveLength(DAYS);
    expect(factsRedone.some((n) => n > 0)).toBe(true);
    expect(factsRedone[7]! + yearSumsRedone[7]!).toBe(clients);
    expect(yearSumsRedone.filter((n, d) => d !== 7 && n === 0)).toHaveLength(DAYS - 1);

    // Several days at once (a computer left off over a holiday): the same from memory.
    clock = new Date(clock.getTime() + 45 * DAY);
    expect(await t.ok<AccountAnalytics>('accounts.analytics'), today()).toEqual(
      (await accountAnalytics(db, today())).analytics,
    );
    // Every day came from memory: no full load since the first.
    expect(analyticsRefreshes(db).full).toBe(fullLoads);
  }, 120_000);
});
