import { failingCriteria, keyCandidates } from '../analytics/key-accounts';
import { cachedAccountAnalytics as accountAnalytics } from '../analytics/cache';
import { analyticsPage } from '../analytics/page';
import { CoreError } from '../errors';
import { findClientDetail } from '../repos/clients';
import { addKeyAccount, isKeyAccount, listKeyAccountPeriods, retireKeyAccount } from '../repos/key-accounts';
import { isoNow } from '../time';
import { defineHandlers } from './types';
import { localToday } from '@shared/dates/local';

const today = (now: Date) => localToday(now);

/** Account analytics and the key-account list, both computed from the store as of today. */
export const accountHandlers = defineHandlers({
  'accounts.analytics': async (_args, { db, now }) => (await accountAnalytics(db, today(now))).analytics,
  'accounts.analyticsPage': async (args, { db, now }) =>
    analyticsPage((await accountAnalytics(db, today(now))).analytics, args),
  'keyAccounts.list': async (_args, { db, now }) => {
    const { analytics, settings } = await accountAnalytics(db, today(now));
    const periods = await listKeyAccountPeriods(db);
    const figures = new Map(analytics.clients.map((c) => [c.clientId, c]));
    const current = periods
      .filter((p) => p.retiredAt === null)
      .map((p) => {
        const f = figures.get(p.clientId)!;
        return {
          clientId: p.clientId,
          name: p.name,
          addedAt: p.addedAt,
          addedBy: p.addedBy ?? null,
          reason: p.addReason,
          yearlyProfit: f.yearlyProfit,
          tier: f.tier,
          clientType: f.clientType,
          failing: failingCriteria(f, settings),
        };
      });
    return {
      current,
      candidates: keyCandidates(analytics.clients, settings).map((c) => ({
        clientId: c.clientId,
        name: c.name,
        yearlyProfit: c.yearlyProfit,
        tier: c.tier,
        clientType: c.clientType,
      })),
      history: periods.map((p) => ({ ...p, addedBy: p.addedBy ?? null, retiredBy: p.retiredBy ?? null })),
      maxAccounts: settings.keyMaxAccounts,
      overLimit: current.length > settings.keyMaxAccounts,
      currency: analytics.currency,
    };
  },
  'keyAccounts.add': async ({ clientId, reason }, ctx) => {
    if (!(await findClientDetail(ctx.db, clientId))) throw new CoreError('not_found', 'error.not_found');
    if (await isKeyAccount(ctx.db, clientId)) throw new CoreError('conflict', 'error.key_account_exists');
    await addKeyAccount(ctx.db, { clientId, reason, by: ctx.actor?.id ?? null, at: isoNow(ctx.now) });
    ctx.audit({ entity: 'client', entityId: clientId, detail: { keyAccount: 'added', reason } });
    ctx.emit({ type: 'client.saved', clientId });
    return { clientId };
  },
  'keyAccounts.retire': async ({ clientId, reason }, ctx) => {
    if (!(await isKeyAccount(ctx.db, clientId))) throw new CoreError('conflict', 'error.key_account_missing');
    await retireKeyAccount(ctx.db, { clientId, reason, by: ctx.actor?.id ?? null, at: isoNow(ctx.now) });
    ctx.audit({ entity: 'client', entityId: clientId, detail: { keyAccount: 'retired', reason } });
    ctx.emit({ type: 'client.saved', clientId });
    return { clientId };
  },
});
