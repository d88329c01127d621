import type { AccountAnalytics, AnalyticsPage, ClientFigures } from '@shared/contract';
import type { ANALYTICS_LISTS } from '@shared/contract';
import { sortFromLast } from './presorted';

type List = (typeof ANALYTICS_LISTS)[number];

const byId = (x: ClientFigures, y: ClientFigures) => x.clientId - y.clientId;
/** A list sorted starting from its last order (after a write few clients move: presorted.ts). */
const sorted = (kind: string, cs: readonly ClientFigures[], compare: (x: ClientFigures, y: ClientFigures) => number) =>
  sortFromLast(`page.${kind}`, cs, (c) => c.clientId, compare);
const dormant = (c: ClientFigures) => c.status !== 'let_go' && c.dormancy !== null;
const churning = (c: ClientFigures) => c.status !== 'let_go' && c.churn.length > 0;

/**
 * The analytics screen's lists, each in its own order (ties by client id, so pages never skip or
 * repeat a client): lifetime profit, largest first; ABC tier, then 12-month revenue; dormant
 * clients we still serve, longest silence first; churn warnings, most reasons first.
 */
const ORDERS: Record<Exclude<List, 'pareto'>, (clients: readonly ClientFigures[]) => ClientFigures[]> = {
  lifetime: (cs) => sorted('lifetime', cs, (x, y) => y.lifetimeProfit - x.lifetimeProfit || byId(x, y)),
  tier: (cs) => sorted('tier', cs, (x, y) => x.tier.localeCompare(y.tier) || y.revenue12m - x.revenue12m || byId(x, y)),
  dormant: (cs) => sorted('dormant', cs.filter(dormant), (x, y) => y.daysSinceTouch - x.daysSinceTouch || byId(x, y)),
  churn: (cs) => sorted('churn', cs.filter(churning), (x, y) => y.churn.length - x.churn.length || byId(x, y)),
};

/** Sorted lists per computed analytics object (computed once, reused by every page of it). */
const sortedLists = new WeakMap<AccountAnalytics, Map<List, ClientFigures[]>>();
/** Clients with churn warnings per analytics object: every page shows the count, not the list. */
const churnCounts = new WeakMap<AccountAnalytics, number>();

function churnCountOf(a: AccountAnalytics): number {
  let n = churnCounts.get(a);
  if (n === undefined) {
    n = 0;
    for (const c of a.clients) if (churning(c)) n++;
    churnCounts.set(a, n);
  }
  return n;
}

function listOf(a: AccountAnalytics, list: Exclude<List, 'pareto'>): ClientFigures[] {
  let lists = sortedLists.get(a);
  if (!lists) sortedLists.set(a, (lists = new Map()));
  let rows = lists.get(list);
  if (!rows) lists.set(list, (rows = ORDERS[list](a.clients)));
  return rows;
}

/** One page of a list, with the counts of every client and the conversions of the page's clients. Pure: the analytics are computed elsewhere. */
export function analyticsPage(
  a: AccountAnalytics,
  { list, offset, limit, clientId }: { list: List; offset: number; limit: number; clientId?: number },
): AnalyticsPage {
  const only = <T extends { clientId: number }>(rows: T[]) =>
    clientId === undefined ? rows : rows.filter((r) => r.clientId === clientId);
  const rows = list === 'pareto' ? only(a.pareto) : only(listOf(a, list));
  const page = rows.slice(offset, offset + limit);
  // The conversions of this page's clients only, with the counts of all: every conversion on every
  // page was most of a page's bytes (222 kB at 10,000 clients, issue 18).
  const onPage = new Set(page.map((r) => r.clientId));
  return {
    ...a,
    clients: list === 'pareto' ? [] : (page as ClientFigures[]),
    pareto: list === 'pareto' ? (page as AccountAnalytics['pareto']) : [],
    conversions: a.conversions.filter((c) => onPage.has(c.clientId)),
    unconverted: a.unconverted.filter((u) => onPage.has(u.clientId)),
    conversionCount: a.conversions.length,
    unconvertedCount: a.unconverted.length,
    list,
    offset,
    total: rows.length,
    clientCount: a.clients.length,
    churnCount: churnCountOf(a),
  };
}
