import { sql, type Kysely } from 'kysely';
import type { DimensionScores } from '@shared/analytics/satisfaction';
import type { ClientFacts } from '../analytics/accounts';
import type { Database } from '../db/schema';

/**
 * What the account analytics need per client, gathered with a handful of GROUP BY queries (no
 * per-client round trips), so 10,000 clients and 200,000 quotes stay well within a screen refresh.
 *
 * - A **project** is a won proposal with a linked quote in the workspace currency; its revenue is
 *   the quote's net (after discount, before tax) and its cost the quote's cost as they were when
 *   it was won (frozen on the proposal, migration 010), dated by the proposal's decided_at
 *   (migration 005; backfilled from updated_at).
 * - **Price pressure** counts quotes created in the window with a discount (net below subtotal).
 * - **Lost** counts proposals lost in the window.
 * - The **last touch** is the latest of: a proposal's last change (created, edited, decided), a visit.
 */
export async function loadClientFacts(
  db: Kysely<Database>,
  { currency, since }: { currency: string; since: string },
): Promise<ClientFacts[]> {
  // A proposal decided by an editor that does not set decided_at still has its last change.
  const decided = sql<string>`coalesce(p.decided_at, p.updated_at)`;
  const recent = sql<boolean>`${decided} >= ${since}`;
  const [clients, won, activity, discounts, visits, complaints, tops, keys, surveys] = await Promise.all([
    db
      .selectFrom('clients')
      .select(['id', 'name', 'status', 'character_level', 'professionalism_level', 'related_sales', 'created_at'])
      .orderBy('id')
      .execute(),
    // Revenue and cost frozen on the won proposal (migration 010): one covering index, no lookups.
    sql<{
      client_id: number;
      projects: number;
      revenue: number;
      cost: number;
      first_won: string;
      projects12m: number;
      revenue12m: number;
      cost12m: number;
    }>`
      select p.client_id,
        count(*) as projects,
        sum(p.won_net) as revenue,
        sum(p.won_cost) as cost,
        min(${decided}) as first_won,
        sum(case when ${recent} then 1 else 0 end) as projects12m,
        sum(case when ${recent} then p.won_net else 0 end) as revenue12m,
        sum(case when ${recent} then p.won_cost else 0 end) as cost12m
      from proposals p
      where p.status = 'won' and p.won_currency = ${currency}
      group by p.client_id`.execute(db),
    sql<{ client_id: number; last_activity: string; lost12m: number }>`
      select p.client_id,
        max(p.updated_at) as last_activity,
        sum(case when p.status = 'lost' and ${recent} then 1 else 0 end) as lost12m
      from proposals p
      group by p.client_id`.execute(db),
    db
      .selectFrom('quotes')
      .select(['client_id', (e) => e.fn.countAll<number>().as('n')])
      .whereRef('net', '<', 'subtotal')
      .where('created_at', '>=', since)
      .groupBy('client_id')
      .execute(),
    db
      .selectFrom('visits')
      .select(['client_id', (e) => e.fn.max('visited_on').as('last')])
      .groupBy('client_id')
      .execute(),
    db
      .selectFrom('complaints')
      .select(['client_id', (e) => e.fn.countAll<number>().as('n')])
      .where('resolved_on', 'is', null)
      .groupBy('client_id')
      .execute(),
    db.selectFrom('contacts').select('client_id').distinct().where('top_management', '=', 1).execute(),
    db.selectFrom('key_accounts').select('client_id').where('retired_at', 'is', null).execute(),
    db
      .selectFrom('surveys')
      .select(['client_id', 'dimensions'])
      .orderBy('client_id')
      .orderBy('surveyed_on')
      .orderBy('id')
      .execute(),
  ]);
  const wonBy = new Map(won.rows.map((w) => [w.client_id, w]));
  const activityBy = new Map(activity.rows.map((a) => [a.client_id, a]));
  const countBy = (rows: { client_id: number; n: number }[]) => new Map(rows.map((r) => [r.client_id, Number(r.n)]));
  const discountBy = countBy(discounts);
  const complaintBy = countBy(complaints);
  const visitBy = new Map(visits.map((v) => [v.client_id, String(v.last)]));
  const topSet = new Set(tops.map((t) => t.client_id));
  const keySet = new Set(keys.map((k) => k.client_id));
  // Ordered by date, so the last one written per client is the latest survey.
  const surveyBy = new Map(surveys.map((s) => [s.client_id, s.dimensions]));
  const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : null);
  return clients.map((c) => {
    const w = wonBy.get(c.id);
    const a = activityBy.get(c.id);
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
      lost12m: Number(a?.lost12m ?? 0),
      lastProposalOn: day(a?.last_activity),
      lastVisitOn: visitBy.get(c.id) ?? null,
      openComplaints: complaintBy.get(c.id) ?? 0,
      discounted12m: discountBy.get(c.id) ?? 0,
      hasTopManagement: topSet.has(c.id),
      latestSurvey: survey ? (JSON.parse(survey) as DimensionScores) : null,
    };
  });
}
