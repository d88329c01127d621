import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountAnalytics } from '@shared/contract';
import { localToday } from '@shared/dates/local';
import { analyticsRefreshes, analyticsVersion, pruneMarks } from '../../electron/core/analytics/cache';
import { accountAnalytics } from '../../electron/core/analytics/load';
import { openTestCore, type TestCore } from './support/core';

/**
 * The account analytics warmed off the user's path (issue 18, analytics/warm.ts): computed after
 * start-up and again when the day turns, so the first page of a day is served from the cache with
 * no refresh of its own — and the marks the cache consumed are pruned (analytics/cache.ts).
 */
let clock = new Date('2026-11-20T04:00:00.000Z');
const DAY = 86_400_000;

describe('account analytics warm-up', () => {
  let t: TestCore;
  const today = () => localToday(clock);
  const db = () => t.core.store.db;
  /** Waits until the warm-up has run for today (it looks at the day every 20 ms here). */
  async function warmedToday(): Promise<void> {
    for (let i = 0; i < 500; i++) {
      await t.core.analyticsWarmer!.settled();
      const before = analyticsRefreshes(db());
      // A cached reply for today moves no counter: the warm-up got there first.
      const { ok } = await t.core.call('accounts.analytics', {});
      expect(ok).toBe(true);
      const after = analyticsRefreshes(db());
      if (after.full === before.full && after.incremental === before.incremental) return;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error('the warm-up never ran');
  }

  beforeAll(async () => {
    t = await openTestCore(() => clock, { warmAnalytics: { firstDelayMs: 0, checkMs: 20 } });
    await t.ok('workspace.setup', { mode: 'demo', adminName: '王经理', companyName: '星火传播', language: 'zh-CN' });
  }, 120_000);
  afterAll(() => t.dispose());

  it('computes the first page of a new day before anyone asks, equal to a from-scratch computation', async () => {
    expect(t.core.analyticsWarmer).toBeDefined();
    // Warmed for today (first as an empty workspace, perhaps; the demo's writes then make the
    // first call refresh): a call now, then the day turns with nobody calling.
    await t.ok('accounts.analytics');
    const before = analyticsRefreshes(db());
    clock = new Date(clock.getTime() + DAY);
    // Poll with no call of our own until the warm-up has refreshed for the new day.
    for (let i = 0; i < 500 && analyticsRefreshes(db()).incremental === before.incremental; i++)
      await new Promise((r) => setTimeout(r, 20));
    await t.core.analyticsWarmer!.settled();
    const warmed = analyticsRefreshes(db());
    // The new day from memory: no full load.
    expect([warmed.full, warmed.incremental]).toEqual([before.full, before.incremental + 1]);
    const served = await t.ok<AccountAnalytics>('accounts.analytics');
    expect(analyticsRefreshes(db())).toEqual(warmed); // served from the cache, no refresh of its own
    expect(served.asOf).toBe(today());
    expect(served).toEqual((await accountAnalytics(db(), today())).analytics);
  });

  it('loads afresh off the user path once the base is over a month old', async () => {
    clock = new Date(clock.getTime() + 40 * DAY);
    await warmedToday();
    const served = await t.ok<AccountAnalytics>('accounts.analytics');
    expect(served).toEqual((await accountAnalytics(db(), today())).analytics);
  });

  it('prunes the marks it consumed, keeping the latest versions', async () => {
    const clients = await t.query<{ id: number }>('select id from clients order by id');
    for (const c of clients.slice(0, 5))
      await t.query(`update clients set related_sales = related_sales + 1 where id = ?`, c.id);
    await t.ok('accounts.analytics');
    const marks = async () => Number((await t.query<{ n: number }>('select count(*) as n from analytics_dirty'))[0]!.n);
    expect(await marks()).toBeGreaterThan(5);
    const version = Number(await analyticsVersion(db()));
    // Keeping the last 2 versions: the marks of the last two writes stay, with the watermark.
    await pruneMarks(db(), version, 2);
    expect(await marks()).toBe(3);
    const kept = await t.query<{ client_id: number; n: number }>('select client_id, n from analytics_dirty order by n');
    expect(kept.map((r) => Number(r.client_id))).toEqual([-1, clients[3]!.id, clients[4]!.id]);
    expect(Number(kept[0]!.n)).toBe(version - 2);
    // The cache at this version goes on incrementally and right.
    const before = analyticsRefreshes(db());
    await t.query(`update clients set related_sales = related_sales + 1 where id = ?`, clients[0]!.id);
    expect(await t.ok('accounts.analytics')).toEqual((await accountAnalytics(db(), today())).analytics);
    expect(analyticsRefreshes(db()).full).toBe(before.full);
  });
});
