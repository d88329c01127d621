import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountAnalytics, AnalyticsPage } from '@shared/contract';
import { localToday } from '@shared/dates/local';
import { analyticsVersion, cachedAccountAnalytics } from '../../electron/core/analytics/cache';
import { accountAnalytics } from '../../electron/core/analytics/load';
import { createRandom } from '../../electron/core/seed/random';
import { openDemoCore, type TestCore } from './support/core';

/**
 * The account analytics are computed once per data version and day and reused (issue 18,
 * electron/core/analytics/cache.ts, migration 020). Whatever is written — through a handler or a
 * raw statement, archiving a win, a visit planned for next month, a changed workspace or client
 * setting, an exchange rate — the reply equals a from-scratch computation on the store as it is,
 * and so does a reply on a later day with no write at all.
 */
let clock = new Date('2026-11-20T04:00:00.000Z');
const DAY = 86_400_000;

describe('account analytics cached by data version and day', () => {
  let t: TestCore;
  const today = () => localToday(clock);
  const fromScratch = async () => (await accountAnalytics(t.core.store.db, today())).analytics;
  const served = () => t.ok<AccountAnalytics>('accounts.analytics');
  /** The cached reply equals the computation from scratch. */
  const same = async (what: string) => {
    const reply = await served();
    expect(reply, what).toEqual(await fromScratch());
    return reply;
  };

  beforeAll(async () => {
    t = await openDemoCore(() => clock);
  });
  afterAll(() => t.dispose());

  it('reuses one computation while nothing changes, and computes again after any write', async () => {
    const db = t.core.store.db;
    const first = await cachedAccountAnalytics(db, today());
    expect(await cachedAccountAnalytics(db, today())).toBe(first);
    const version = await analyticsVersion(db);
    // A read moves nothing.
    await t.ok('clients.list');
    expect(await analyticsVersion(db)).toBe(version);
    expect(await cachedAccountAnalytics(db, today())).toBe(first);
    // A raw statement (no handler, no audit note) moves the version all the same.
    await t.query(`update clients set related_sales = related_sales + 1 where id = (select min(id) from clients)`);
    expect(await analyticsVersion(db)).not.toBe(version);
    const second = await cachedAccountAnalytics(db, today());
    expect(second).not.toBe(first);
    const id = first.analytics.clients[0]!.clientId;
    const before = first.analytics.clients.find((c) => c.clientId === id)!;
    const after = second.analytics.clients.find((c) => c.clientId === id)!;
    expect(after.relatedSales).toBe(before.relatedSales + 1);
  });

  it('equals a from-scratch computation after archiving a win, a future visit, settings and rates', async () => {
    await same('at the start');
    const clients = await t.query<{ id: number }>('select id from clients order by id');
    const won = await t.query<{ id: number; client_id: number }>(
      `select id, client_id from proposals where status = 'won' order by id limit 1`,
    );
    expect(won.length).toBe(1);
    await t.ok('proposals.transition', { id: won[0]!.id, to: 'archived' });
    await same('after archiving a won project');

    // A visit planned for next month is a plan, not contact; the day it is reached, it counts. On a
    // client with no visit planned yet (the demo plans some this week and next for a few clients).
    const soon = new Date(clock.getTime() + 20 * DAY);
    const unplanned = await t.query<{ id: number }>(
      `select id from clients where id not in (select client_id from visits where visited_on >= '${localToday(clock)}') order by id limit 1`,
    );
    const visited = unplanned[0]!.id;
    await t.ok('visits.save', {
      clientId: visited,
      visitedOn: localToday(soon),
      contactId: null,
      purpose: '季度回访',
      plan: '',
      outcome: '',
      nextStep: '',
    });
    const planned = await same('after a visit planned in the future');
    expect(planned.clients.find((c) => c.clientId === visited)!.nextVisitOn).toBe(localToday(soon));
    clock = new Date(soon.getTime() + DAY);
    const later = await same('a day after the planned visit, with no write');
    expect(later.asOf).toBe(localToday(clock));
    expect(later.clients.find((c) => c.clientId === visited)!.lastTouch).toBe(localToday(soon));

    await t.ok('clientSettings.update', {
      dozingDays: 30,
      halfAsleepDays: 60,
      asleepDays: 120,
      silenceDays: 20,
      pricePressureCount: 1,
      lostProposalsCount: 1,
      frequencyA: 2,
      frequencyB: 1,
      relationshipYears: 3,
      keyMinYearlyProfit: 1_000_000,
      keyTiers: ['A'],
      keyTypes: ['quality'],
      keyMaxAccounts: 25,
      festivals: [],
    });
    expect((await same('after the client settings changed')).relationshipYears).toBe(3);

    const settings = await t.ok<Record<string, unknown>>('settings.get');
    await t.ok('settings.update', {
      companyName: settings.companyName,
      currency: 'CNY',
      documentLanguage: settings.documentLanguage,
      difficultyMultipliers: { '1': '0.90', '2': '1.00', '3': '1.25', '4': '1.30', '5': '1.50' },
      hoursPerDay: '8',
      taxPercent: '6',
      marginFloorPercent: '30',
    });
    await same('after a workspace default changed');

    // A win in USD with no rate is listed as unconverted; a rate on its day converts it.
    const q = await t.query<{ id: number }>(
      `insert into quotes (client_id, title, currency, document, line_count, subtotal, net, tax, total, cost, created_at, updated_at)
       values (?, 'USD', 'USD', '{}', 1, 1000000, 1000000, 0, 1000000, 400000, '2026-10-01T00:00:00Z', '2026-10-01T00:00:00Z')
       returning id`,
      clients[2]!.id,
    );
    await t.query(
      `insert into proposals (client_id, quote_id, title, status, sections, created_at, updated_at, decided_at)
       values (?, ?, 'USD win', 'won', '[]', '2026-10-01T00:00:00Z', '2026-10-01T00:00:00Z', '2026-10-02T00:00:00Z')`,
      clients[2]!.id,
      q[0]!.id,
    );
    expect((await same('after a USD win without a rate')).unconverted.length).toBeGreaterThan(0);
    await t.ok('exchangeRates.save', { currency: 'USD', rateOn: '2026-10-01', rate: '7.1234' });
    const converted = await same('after the rate was entered');
    expect(converted.conversions.some((c) => c.currency === 'USD' && c.rate === '7.1234')).toBe(true);
  });

  it('equals a from-scratch computation after a random run of writes of every kind', async () => {
    const r = createRandom(18);
    const ids = async (table: string) =>
      (await t.query<{ id: number }>(`select id from ${table} order by id`)).map((x) => x.id);
    const clients = await ids('clients');
    const writes: (() => Promise<unknown>)[] = [
      () => t.query(`update quotes set net = net - 100 where id = ?`, r.pick(clients)),
      () =>
        t.query(
          `insert into complaints (client_id, received_on, received_by, severity, description, created_at)
           values (?, ?, '客服', 'low', '延误', '2026-01-01')`,
          r.pick(clients),
          localToday(new Date(clock.getTime() - r.int(0, 400) * DAY)),
        ),
      () => t.query(`update complaints set resolved_on = ? where resolved_on is null`, localToday(clock)),
      () =>
        t.query(
          `insert into visits (client_id, visited_on, purpose, created_at) values (?, ?, '拜访', '2026-01-01')`,
          r.pick(clients),
          localToday(new Date(clock.getTime() + r.int(-500, 60) * DAY)),
        ),
      () => t.query(`delete from visits where id = (select max(id) from visits)`),
      () =>
        t.query(`update clients set status = ? where id = ?`, r.pick(['active', 'paused', 'let_go']), r.pick(clients)),
      () =>
        t.query(`update contacts set top_management = not top_management where id = (select min(id) from contacts)`),
      async () => {
        const open = await t.query<{ id: number }>(`select id from proposals where status in ('sent', 'negotiating')`);
        if (open.length > 0) await t.ok('proposals.transition', { id: r.pick(open).id, to: 'won' });
      },
      async () => {
        const clientId = r.pick(clients);
        await t
          .ok('costToServe.add', {
            clientId,
            onDate: localToday(clock),
            kind: 'pitch',
            role: '高级策划',
            days: '1',
            note: '比稿',
          })
          .catch(() => undefined); // a role missing from a demo rate card is refused: nothing written
      },
      async () => {
        clock = new Date(clock.getTime() + r.int(1, 40) * DAY);
      },
    ];
    for (let step = 0; step < 30; step++) {
      await r.pick(writes)();
      await same(`after step ${step}`);
    }
  });

  it('sends one page of a list with the counts of every client', async () => {
    const full = await fromScratch();
    const page = (args: object) => t.ok<AnalyticsPage>('accounts.analyticsPage', args);
    const first = await page({ list: 'lifetime', offset: 0, limit: 3 });
    expect(first.clients).toHaveLength(Math.min(3, full.clients.length));
    expect(first.total).toBe(full.clients.length);
    expect(first.clientCount).toBe(full.clients.length);
    expect(first.tierCounts).toEqual(full.tierCounts);
    expect(first.dormancyCounts).toEqual(full.dormancyCounts);
    expect(first.pareto).toEqual([]);
    // The pages, one after another, are the whole list in the screen's order, none skipped or repeated.
    // Each page carries the conversions of its own clients only (in proposal order), and the counts of all.
    const all = [];
    const conversions = [];
    for (let offset = 0; offset < first.total; offset += 3) {
      const p = await page({ list: 'lifetime', offset, limit: 3 });
      const mine = new Set(p.clients.map((c) => c.clientId));
      expect(p.conversions).toEqual(full.conversions.filter((c) => mine.has(c.clientId)));
      expect(p.unconverted).toEqual(full.unconverted.filter((u) => mine.has(u.clientId)));
      expect([p.conversionCount, p.unconvertedCount]).toEqual([full.conversions.length, full.unconverted.length]);
      all.push(...p.clients);
      conversions.push(...p.conversions);
    }
    const expected = [...full.clients].sort((x, y) => y.lifetimeProfit - x.lifetimeProfit || x.clientId - y.clientId);
    expect(all).toEqual(expected);
    expect(full.conversions.length).toBeGreaterThan(0); // the USD win converted above
    expect(conversions.sort((a, b) => a.proposalId - b.proposalId)).toEqual(full.conversions);

    const churn = await page({ list: 'churn', limit: 500 });
    const withWarnings = full.clients.filter((c) => c.status !== 'let_go' && c.churn.length > 0);
    expect([churn.total, churn.churnCount]).toEqual([withWarnings.length, withWarnings.length]);
    expect(churn.clients.map((c) => c.churn.length)).toEqual(
      [...churn.clients.map((c) => c.churn.length)].sort((a, b) => b - a),
    );

    const pareto = await page({ list: 'pareto', limit: 500 });
    expect(pareto.pareto).toEqual(full.pareto);
    expect(pareto.clients).toEqual([]);

    // One client's own figures (a client record).
    const one = full.clients[1]!;
    const mine = await page({ list: 'lifetime', clientId: one.clientId });
    expect([mine.total, mine.clients]).toEqual([1, [one]]);

    const bad = await t.core.call('accounts.analyticsPage', { list: 'everything', limit: 100_000 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('validation');
      expect(bad.error.messages['zh-CN']).toBeTruthy();
    }
  });
});
