import { sql, type Kysely } from 'kysely';
import type { DimensionScores } from '@shared/analytics/satisfaction';
import { isCurrencyCode, type CurrencyCode } from '@shared/money';
import { yearStartOf, type ClientFacts, type ContactKind, type ForeignWin } from '../analytics/accounts';
import { engineOf } from '../db/engine';
import type { Database } from '../db/schema';

/**
 * What the account analytics need per client, gathered with a handful of GROUP BY queries (no
 * per-client round trips), so 10,000 clients and 200,000 quotes stay well within a screen refresh.
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
 */
/** A visit's signals (a JSON array in text) as rows with a `value` column, in each engine's words. */
function signalsOf(db: Kysely<Database>) {
  return engineOf(db) === 'postgres'
    ? sql`jsonb_array_elements_text(v.signals::jsonb) as s(value)`
    : sql`json_each(v.signals) as s`;
}

export async function loadClientFacts(
  db: Kysely<Database>,
  {
    currency,
    since,
    today,
    clientIds,
  }: { currency: string; since: string; today: string; clientIds?: readonly number[] },
): Promise<{ facts: ClientFacts[]; foreignWins: ForeignWin[] }> {
  // A proposal decided by an editor that does not set decided_at still has its last change.
  const decided = sql<string>`coalesce(p.decided_at, p.updated_at)`;
  const recent = sql<boolean>`${decided} >= ${since}`;
  // The calendar year holding today: the client record's "this year" (issue 15).
  const thisYear = sql<boolean>`${decided} >= ${yearStartOf(today)}`;
  const endOfToday = `${today}\uffff`;
  // An empty IN list is not SQL: no client has id −1.
  const ids = clientIds !== undefined && clientIds.length > 0 ? [...clientIds] : [-1];
  // Only these clients (the ones writes touched since a cached computation, analytics/cache.ts),
  // or every client. Each query keeps its shape; the filter rides the client_id indexes.
  const of = (column: string) => (clientIds === undefined ? sql`` : sql`and ${sql.ref(column)} in (${sql.join(ids)})`);
  const [clients, won, foreign, lost, contacts, nextVisits, signals, discounts, complaints, tops, keys, surveys] =
    await Promise.all([
      db
        .selectFrom('clients')
        .select(['id', 'name', 'status', 'character_level', 'professionalism_level', 'related_sales', 'created_at'])
        .$if(clientIds !== undefined, (q) => q.where('id', 'in', ids))
        .orderBy('id')
        .execute(),
      // Revenue and cost frozen on the won proposal (migrations 010, 017): one covering index.
      sql<{
        client_id: number;
        projects: number;
        revenue: number;
        cost: number;
        first_won: string;
        projects12m: number;
        revenue12m: number;
        cost12m: number;
        projects_year: number;
        revenue_year: number;
        cost_year: number;
      }>`
      select p.client_id,
        count(*) as projects,
        sum(p.won_net) as revenue,
        sum(p.won_cost) as cost,
        min(${decided}) as first_won,
        sum(case when ${recent} then 1 else 0 end) as projects12m,
        sum(case when ${recent} then p.won_net else 0 end) as revenue12m,
        sum(case when ${recent} then p.won_cost else 0 end) as cost12m,
        sum(case when ${thisYear} then 1 else 0 end) as projects_year,
        sum(case when ${thisYear} then p.won_net else 0 end) as revenue_year,
        sum(case when ${thisYear} then p.won_cost else 0 end) as cost_year
      from proposals p
      where p.outcome = 'won' and p.won_currency = ${currency} ${of('p.client_id')}
      group by p.client_id`.execute(db),
      sql<{ id: number; client_id: number; won_currency: string; won_net: number; won_cost: number; decided: string }>`
      select p.id, p.client_id, p.won_currency, p.won_net, p.won_cost, ${decided} as decided
      from proposals p
      where p.outcome = 'won' and p.won_currency is not null and p.won_currency <> ${currency} ${of('p.client_id')}
      order by p.id`.execute(db),
      sql<{ client_id: number; lost12m: number }>`
      select p.client_id, count(*) as lost12m
      from proposals p
      where p.outcome = 'lost' and ${recent} ${of('p.client_id')}
      group by p.client_id`.execute(db),
      // The latest contact of each kind per client; the pure side picks the latest of them.
      sql<{ client_id: number; kind: ContactKind; on_day: string }>`
      select client_id, 'visit' as kind, max(visited_on) as on_day from visits
        where visited_on <= ${today} ${of('client_id')} group by client_id
      union all
      select client_id, 'complaint', max(received_on) from complaints
        where received_on <= ${today} ${of('client_id')} group by client_id
      union all
      select client_id, 'survey', max(surveyed_on) from surveys
        where surveyed_on <= ${today} ${of('client_id')} group by client_id
      union all
      select p.client_id, 'won', max(${decided}) from proposals p
        where p.outcome = 'won' ${of('p.client_id')} group by p.client_id
      union all
      select p.client_id, 'sent', max(v.sent_at) from proposal_versions v
        join proposals p on p.id = v.proposal_id
        where v.sent_at <= ${endOfToday} ${of('p.client_id')} group by p.client_id`.execute(db),
      db
        .selectFrom('visits')
        .select(['client_id', (e) => e.fn.min('visited_on').as('next')])
        .where('visited_on', '>', today)
        .$if(clientIds !== undefined, (q) => q.where('client_id', 'in', ids))
        .groupBy('client_id')
        .execute(),
      sql<{ client_id: number; signal: string; n: number; last: string }>`
      select v.client_id, s.value as signal, count(*) as n, max(v.visited_on) as last
      from visits v, ${signalsOf(db)}
      where v.visited_on >= ${since.slice(0, 10)} and v.visited_on <= ${today} ${of('v.client_id')}
      group by v.client_id, s.value`.execute(db),
      db
        .selectFrom('quotes')
        .select(['client_id', (e) => e.fn.countAll<number>().as('n')])
        .whereRef('net', '<', 'subtotal')
        .where('created_at', '>=', since)
        .$if(clientIds !== undefined, (q) => q.where('client_id', 'in', ids))
        .groupBy('client_id')
        .execute(),
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
  const wonBy = new Map(won.rows.map((w) => [w.client_id, w]));
  const lostBy = new Map(lost.rows.map((l) => [l.client_id, Number(l.lost12m)]));
  const countBy = (rows: { client_id: number; n: number }[]) => new Map(rows.map((r) => [r.client_id, Number(r.n)]));
  const discountBy = countBy(discounts);
  const complaintBy = countBy(complaints);
  const nextVisitBy = new Map(nextVisits.map((v) => [v.client_id, String(v.next)]));
  const topSet = new Set(tops.map((t) => t.client_id));
  const keySet = new Set(keys.map((k) => k.client_id));
  // Ordered by date, so the last one written per client is the latest survey.
  const surveyBy = new Map(surveys.map((s) => [s.client_id, s.dimensions]));
  const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : null);
  const contactsBy = new Map<number, { kind: ContactKind; on: string }[]>();
  for (const c of contacts.rows) {
    if (!c.on_day) continue;
    contactsBy.set(c.client_id, [...(contactsBy.get(c.client_id) ?? []), { kind: c.kind, on: c.on_day.slice(0, 10) }]);
  }
  const signalsBy = new Map<number, ClientFacts['signals']>();
  for (const s of signals.rows) {
    if (s.signal !== 'perfunctory' && s.signal !== 'disagreement') continue;
    const of = signalsBy.get(s.client_id) ?? {};
    of[s.signal] = { count: Number(s.n), last: s.last };
    signalsBy.set(s.client_id, of);
  }
  const facts = clients.map((c): ClientFacts => {
    const w = wonBy.get(c.id);
    const survey = surveyBy.get(c.id);
    return {
      clientId: c.id,
      name: c.name,
      status: c.status,
      character: c.character_level,
      professionalism: c.professionalism_level,
      relatedSales: c.related_sales,
      createdOn: c.created_at.slice(0, 10),
      keyAccount: keySet.has(c.id),
      projects: Number(w?.projects ?? 0),
      revenue: Number(w?.revenue ?? 0),
      cost: Number(w?.cost ?? 0),
      firstWonOn: day(w?.first_won),
      projects12m: Number(w?.projects12m ?? 0),
      revenue12m: Number(w?.revenue12m ?? 0),
      cost12m: Number(w?.cost12m ?? 0),
      projectsYear: Number(w?.projects_year ?? 0),
      revenueYear: Number(w?.revenue_year ?? 0),
      costYear: Number(w?.cost_year ?? 0),
      lost12m: lostBy.get(c.id) ?? 0,
      contacts: contactsBy.get(c.id) ?? [],
      nextVisitOn: nextVisitBy.get(c.id) ?? null,
      signals: signalsBy.get(c.id) ?? {},
      openComplaints: complaintBy.get(c.id) ?? 0,
      discounted12m: discountBy.get(c.id) ?? 0,
      hasTopManagement: topSet.has(c.id),
      latestSurvey: survey ? (JSON.parse(survey) as DimensionScores) : null,
    };
  });
  const foreignWins = foreign.rows
    .filter((f): f is typeof f & { won_currency: CurrencyCode } => isCurrencyCode(f.won_currency))
    .map((f) => ({
      proposalId: f.id,
      clientId: f.client_id,
      currency: f.won_currency,
      net: Number(f.won_net),
      cost: Number(f.won_cost),
      decidedOn: f.decided.slice(0, 10),
    }));
  return { facts, foreignWins };
}
