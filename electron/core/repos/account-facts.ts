import { sql, type Kysely } from 'kysely';
import type { DimensionScores } from '@shared/analytics/satisfaction';
import { isCurrencyCode, type CurrencyCode } from '@shared/money';
import type { ContactKind } from '../analytics/accounts';
import { windowStartOf, type ClientBase } from '../analytics/base';
import { engineOf } from '../db/engine';
import { costToServeByClient } from './cost-to-serve';
import { loadCollectionFacts } from './payments';
import type { Database } from '../db/schema';

/**
 * What the account analytics need per client, gathered with a handful of GROUP BY queries (no
 * per-client round trips), so 10,000 clients and 200,000 quotes stay well within a screen refresh.
 * Gathered as of a base day B (analytics/base.ts): the dated facts from B − 365 on, so the
 * figures of any later day follow without reading the store again.
 *
 * - A **project** is a proposal whose outcome is won (migration 017: archiving keeps it) with a
 *   linked quote; its revenue is the quote's net and its cost the quote's cost as they were when
 *   it was won (frozen on the proposal, migration 010), dated by decided_at. Wins in the workspace
 *   currency are summed here; wins in another currency come back one by one (`foreignWins`), for
 *   the pure computation to convert with the rate of their day.
 * - **Price pressure** counts quotes created in the window with a discount (net below subtotal).
 * - **Lost** counts proposals whose outcome is lost, decided in the window.
 * - **Contact** is what happened between us and the client, each on its own date: visits that took
 *   place (on or before today), complaints and surveys received, projects won, versions sent. An
 *   edit of a proposal is not contact; a visit dated after today is a plan (`nextVisitOn`).
 * - **Signals** (敷衍, 意见不统一) are counted from visits in the window, with the latest date.
 * - **Cost to serve** and **payment milestones** in the workspace currency (DOMAIN.md §7).
 */
/** A visit's signals (a JSON array in text) as rows with a `value` column, in each engine's words. */
function signalsOf(db: Kysely<Database>) {
  return engineOf(db) === 'postgres'
    ? sql`jsonb_array_elements_text(v.signals::jsonb) as s(value)`
    : sql`json_each(v.signals) as s`;
}

/**
 * Each client's base as of `baseDay` (analytics/base.ts), keyed by client id in id order: of the
 * clients in `clientIds` only when given (a listed client that no longer exists is absent).
 */
export async function loadClientBases(
  db: Kysely<Database>,
  { currency, baseDay, clientIds }: { currency: string; baseDay: string; clientIds?: readonly number[] },
): Promise<Map<number, ClientBase>> {
  const since = windowStartOf(baseDay);
  // A proposal decided by an editor that does not set decided_at still has its last change.
  const decided = sql<string>`coalesce(p.decided_at, p.updated_at)`;
  // Timestamps compared with a day compare as their day does ('2026-12-02T…' ≥ '2026-12-02').
  const recent = sql<boolean>`${decided} >= ${since}`;
  const endOfBase = `${baseDay}\uffff`;
  // An empty IN list is not SQL: no client has id −1.
  const ids = clientIds !== undefined && clientIds.length > 0 ? [...clientIds] : [-1];
  // Only these clients (the ones writes touched since a cached computation, analytics/cache.ts),
  // or every client. Each query keeps its shape; the filter rides the client_id indexes.
  const of = (column: string) => (clientIds === undefined ? sql`` : sql`and ${sql.ref(column)} in (${sql.join(ids)})`);
  const [
    clients,
    won,
    recentWins,
    foreign,
    lost,
    contacts,
    later,
    signals,
    discounts,
    complaints,
    tops,
    keys,
    surveys,
  ] = await Promise.all([
    db
      .selectFrom('clients')
      .select(['id', 'name', 'status', 'character_level', 'professionalism_level', 'related_sales', 'created_at'])
      .$if(clientIds !== undefined, (q) => q.where('id', 'in', ids))
      .orderBy('id')
      .execute(),
    // Revenue and cost frozen on the won proposal (migrations 010, 017): one covering index.
    sql<{ client_id: number; projects: number; revenue: number; cost: number; first_won: string }>`
      select p.client_id, count(*) as projects, sum(p.won_net) as revenue, sum(p.won_cost) as cost,
        min(${decided}) as first_won
      from proposals p
      where p.outcome = 'won' and p.won_currency = ${currency} ${of('p.client_id')}
      group by p.client_id`.execute(db),
    sql<{ client_id: number; on_day: string; n: number; net: number; cost: number }>`
      select p.client_id, substr(${decided}, 1, 10) as on_day, count(*) as n, sum(p.won_net) as net,
        sum(p.won_cost) as cost
      from proposals p
      where p.outcome = 'won' and p.won_currency = ${currency} and ${recent} ${of('p.client_id')}
      group by 1, 2
      order by 1, 2`.execute(db),
    sql<{ id: number; client_id: number; won_currency: string; won_net: number; won_cost: number; decided: string }>`
      select p.id, p.client_id, p.won_currency, p.won_net, p.won_cost, ${decided} as decided
      from proposals p
      where p.outcome = 'won' and p.won_currency is not null and p.won_currency <> ${currency} ${of('p.client_id')}
      order by p.id`.execute(db),
    sql<{ client_id: number; on_day: string; n: number }>`
      select p.client_id, substr(${decided}, 1, 10) as on_day, count(*) as n
      from proposals p
      where p.outcome = 'lost' and ${recent} ${of('p.client_id')}
      group by 1, 2`.execute(db),
    // The latest contact of each kind per client up to the base day (a win whatever its date).
    sql<{ client_id: number; kind: ContactKind; on_day: string }>`
      select client_id, 'visit' as kind, max(visited_on) as on_day from visits
        where visited_on <= ${baseDay} ${of('client_id')} group by client_id
      union all
      select client_id, 'complaint', max(received_on) from complaints
        where received_on <= ${baseDay} ${of('client_id')} group by client_id
      union all
      select client_id, 'survey', max(surveyed_on) from surveys
        where surveyed_on <= ${baseDay} ${of('client_id')} group by client_id
      union all
      select p.client_id, 'won', max(${decided}) from proposals p
        where p.outcome = 'won' ${of('p.client_id')} group by p.client_id
      union all
      select p.client_id, 'sent', max(v.sent_at) from proposal_versions v
        join proposals p on p.id = v.proposal_id
        where v.sent_at <= ${endOfBase} ${of('p.client_id')} group by p.client_id`.execute(db),
    // Contact dated after the base day: a visit planned, or anything entered ahead of its date.
    sql<{ client_id: number; kind: Exclude<ContactKind, 'won'>; on_day: string }>`
      select client_id, 'visit' as kind, visited_on as on_day from visits
        where visited_on > ${baseDay} ${of('client_id')}
      union all
      select client_id, 'complaint', received_on from complaints
        where received_on > ${baseDay} ${of('client_id')}
      union all
      select client_id, 'survey', surveyed_on from surveys
        where surveyed_on > ${baseDay} ${of('client_id')}
      union all
      select p.client_id, 'sent', substr(v.sent_at, 1, 10) from proposal_versions v
        join proposals p on p.id = v.proposal_id
        where v.sent_at > ${endOfBase} ${of('p.client_id')}`.execute(db),
    sql<{ client_id: number; signal: string; on_day: string; n: number }>`
      select v.client_id, s.value as signal, v.visited_on as on_day, count(*) as n
      from visits v, ${signalsOf(db)}
      where v.visited_on >= ${since} ${of('v.client_id')}
      group by v.client_id, s.value, v.visited_on`.execute(db),
    sql<{ client_id: number; on_day: string; n: number }>`
      select client_id, substr(created_at, 1, 10) as on_day, count(*) as n
      from quotes
      where net < subtotal and created_at >= ${since} ${of('client_id')}
      group by 1, 2`.execute(db),
    db
      .selectFrom('complaints')
      .select(['client_id', (e) => e.fn.countAll<number>().as('n')])
      .where('resolved_on', 'is', null)
      .$if(clientIds !== undefined, (q) => q.where('client_id', 'in', ids))
      .groupBy('client_id')
      .execute(),
    db
      .selectFrom('contacts')
      .select('client_id')
      .distinct()
      .where('top_management', '=', 1)
      .$if(clientIds !== undefined, (q) => q.where('client_id', 'in', ids))
      .execute(),
    db
      .selectFrom('key_accounts')
      .select('client_id')
      .where('retired_at', 'is', null)
      .$if(clientIds !== undefined, (q) => q.where('client_id', 'in', ids))
      .execute(),
    db
      .selectFrom('surveys')
      .select(['client_id', 'dimensions'])
      .$if(clientIds !== undefined, (q) => q.where('client_id', 'in', ids))
      .orderBy('client_id')
      .orderBy('surveyed_on')
      .orderBy('id')
      .execute(),
  ]);
  const [costToServe, collection] = await Promise.all([
    costToServeByClient(db, currency, since, clientIds),
    loadCollectionFacts(db, currency, clientIds),
  ]);
  const bases = new Map<number, ClientBase>();
  for (const c of clients) {
    const cts = costToServe.get(c.id);
    bases.set(c.id, {
      clientId: c.id,
      name: c.name,
      status: c.status,
      character: c.character_level,
      professionalism: c.professionalism_level,
      relatedSales: c.related_sales,
      createdOn: c.created_at.slice(0, 10),
      keyAccount: false,
      projects: 0,
      revenue: 0,
      cost: 0,
      firstWonOn: null,
      recentWins: [],
      foreignWins: [],
      recentLost: [],
      recentDiscounts: [],
      recentSignals: [],
      latestContact: {},
      laterContact: [],
      openComplaints: 0,
      hasTopManagement: false,
      latestSurvey: null,
      costToServeTotal: cts?.total ?? 0,
      recentCostToServe: cts?.recent ?? [],
      milestones: [],
    });
  }
  // Each row to its client's base; a row of a client not loaded (gone meanwhile) is dropped.
  const each = <T extends { client_id: number }>(rows: readonly T[], put: (b: ClientBase, r: T) => void) => {
    for (const r of rows) {
      const b = bases.get(Number(r.client_id));
      if (b) put(b, r);
    }
  };
  each(won.rows, (b, w) => {
    b.projects = Number(w.projects);
    b.revenue = Number(w.revenue);
    b.cost = Number(w.cost);
    b.firstWonOn = w.first_won ? w.first_won.slice(0, 10) : null;
  });
  each(recentWins.rows, (b, w) =>
    b.recentWins.push({ on: w.on_day, n: Number(w.n), net: Number(w.net), cost: Number(w.cost) }),
  );
  each(lost.rows, (b, l) => b.recentLost.push({ on: l.on_day, n: Number(l.n) }));
  each(discounts.rows, (b, d) => b.recentDiscounts.push({ on: d.on_day, n: Number(d.n) }));
  each(signals.rows, (b, s) => b.recentSignals.push({ on: s.on_day, signal: s.signal, n: Number(s.n) }));
  each(contacts.rows, (b, c) => {
    if (c.on_day) b.latestContact[c.kind] = c.on_day.slice(0, 10);
  });
  each(later.rows, (b, c) => b.laterContact.push({ kind: c.kind, on: c.on_day }));
  for (const b of bases.values())
    if (b.laterContact.length > 1) b.laterContact.sort((x, y) => x.on.localeCompare(y.on));
  each(complaints, (b, c) => (b.openComplaints = Number(c.n)));
  each(tops, (b) => (b.hasTopManagement = true));
  each(keys, (b) => (b.keyAccount = true));
  // Ordered by date, so the last one written per client is the latest survey.
  each(surveys, (b, s) => (b.latestSurvey = JSON.parse(s.dimensions) as DimensionScores));
  each(
    foreign.rows.filter((f): f is typeof f & { won_currency: CurrencyCode } => isCurrencyCode(f.won_currency)),
    (b, f) =>
      b.foreignWins.push({
        proposalId: f.id,
        clientId: b.clientId,
        currency: f.won_currency,
        net: Number(f.won_net),
        cost: Number(f.won_cost),
        decidedOn: f.decided.slice(0, 10),
      }),
  );
  for (const m of collection.milestones) bases.get(m.clientId)?.milestones.push(m);
  return bases;
}
