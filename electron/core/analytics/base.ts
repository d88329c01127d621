import { addDays } from '@shared/analytics/care';
import { collectionByClient, type MilestoneFacts } from '@shared/collection';
import type { DimensionScores } from '@shared/analytics/satisfaction';
import { yearStartOf, type AfterWinFacts, type ClientFacts, type ContactKind, type ForeignWin } from './accounts';

/**
 * One client's facts as of a **base day** B, in a shape that gives its facts on any later day D
 * by arithmetic alone (issue 18): what does not depend on the day (all-time sums, first and last
 * win, open complaints, the latest survey, top management, key account) is kept as is; what does
 * (the 12-month and calendar-year windows, the last contact, the next planned visit, overdue
 * money) is kept as the dated facts it is computed from, from B − 365 days on. A window starting
 * on D − 365 ≥ B − 365, and "this year" starting on 1 January ≥ D − 365, both fall inside what is
 * kept; contact and planned visits dated after B are kept one by one, so a planned visit becomes
 * contact on the day it is reached.
 *
 * So the first call of a new day recomputes every client's figures from memory instead of the
 * store (analytics/cache.ts), and a full load is the same code with B = today: the figures from
 * a base of an earlier day equal the figures from a base of today (the property test in
 * test/integration/analytics-incremental.test.ts holds them equal on both engines).
 */
/**
 * The client's own fields and its all-time wins in the workspace currency, as in ClientFacts; the
 * rest is what the day's facts are made from.
 */
export interface ClientBase extends Pick<
  ClientFacts,
  | 'clientId'
  | 'name'
  | 'status'
  | 'character'
  | 'professionalism'
  | 'relatedSales'
  | 'createdOn'
  | 'keyAccount'
  | 'projects'
  | 'revenue'
  | 'cost'
  | 'firstWonOn'
> {
  /** Wins in the workspace currency decided on or after B − 365, per day, ascending. */
  recentWins: { on: string; n: number; net: number; cost: number }[];
  /** Wins in other currencies, all-time: converted with the rates of their day when figures are made. */
  foreignWins: ForeignWin[];
  /** Proposals lost on or after B − 365, per day. */
  recentLost: { on: string; n: number }[];
  /** Quotes created with a discount on or after B − 365, per day. */
  recentDiscounts: { on: string; n: number }[];
  /** Visits on or after B − 365 carrying a churn signal (any date after that, planned ones too). */
  recentSignals: { on: string; signal: string; n: number }[];
  /** The latest contact of each kind on or before B ('won': the latest win, whatever its date). */
  latestContact: Partial<Record<ContactKind, string>>;
  /** Contact dated after B (visits planned, complaints, surveys, versions sent), ascending. */
  laterContact: { kind: Exclude<ContactKind, 'won'>; on: string }[];
  openComplaints: number;
  hasTopManagement: boolean;
  latestSurvey: DimensionScores | null;
  /** Cost to serve in the workspace currency: all-time, and per day on or after B − 365. */
  costToServeTotal: number;
  recentCostToServe: { on: string; cost: number }[];
  /** The client's payment milestones in the workspace currency (overdue money moves with the day). */
  milestones: MilestoneFacts[];
}

/**
 * `ClientFacts.contacts` lists the kinds in the order visit, complaint, survey, won, sent (a tie on
 * the last contact's day goes to the first listed): factsOn.
 */

/** The first day of the 12-month window ending on `day`. */
export const windowStartOf = (day: string) => addDays(day, -365);

let lastWindow = { day: '', since: '', yearStart: '' };
/** The windows of `day`: computed once per day, not once per client (10,000 date parses). */
export function windowOf(day: string): { since: string; yearStart: string } {
  if (lastWindow.day !== day) lastWindow = { day, since: windowStartOf(day), yearStart: yearStartOf(day) };
  return lastWindow;
}

/** The counts dated on or after `since` (a module function: factsOn runs for every client). */
function countSince(xs: readonly { on: string; n: number }[], since: string): number {
  let n = 0;
  for (const x of xs) if (x.on >= since) n += x.n;
  return n;
}

/**
 * The client's facts on `day` (on or after its base day), with its wins in other currencies and
 * what its figures after the cost to serve need. Pure.
 */
export function factsOn(b: ClientBase, day: string): { facts: ClientFacts; foreignWins: ForeignWin[] } & AfterWinFacts {
  const { since, yearStart } = windowOf(day);
  let projects12m = 0;
  let revenue12m = 0;
  let cost12m = 0;
  let projectsYear = 0;
  let revenueYear = 0;
  let costYear = 0;
  for (const w of b.recentWins) {
    if (w.on < since) continue;
    projects12m += w.n;
    revenue12m += w.net;
    cost12m += w.cost;
    if (w.on < yearStart) continue;
    projectsYear += w.n;
    revenueYear += w.net;
    costYear += w.cost;
  }
  const signals: ClientFacts['signals'] = {};
  for (const s of b.recentSignals) {
    if (s.on < since || s.on > day || (s.signal !== 'perfunctory' && s.signal !== 'disagreement')) continue;
    const seen = signals[s.signal];
    if (seen) {
      seen.count += s.n;
      if (s.on > seen.last) seen.last = s.on;
    } else signals[s.signal] = { count: s.n, last: s.on };
  }
  // The latest contact of each kind on `day`: the one up to the base day, or a later one reached.
  let { visit, complaint, survey, sent } = b.latestContact;
  let nextVisitOn: string | null = null;
  for (const c of b.laterContact) {
    if (c.on > day) {
      if (c.kind === 'visit' && nextVisitOn === null) nextVisitOn = c.on; // ascending: the first is the soonest
      continue;
    }
    if (c.kind === 'visit') visit = visit === undefined || c.on > visit ? c.on : visit;
    else if (c.kind === 'complaint') complaint = complaint === undefined || c.on > complaint ? c.on : complaint;
    else if (c.kind === 'survey') survey = survey === undefined || c.on > survey ? c.on : survey;
    else sent = sent === undefined || c.on > sent ? c.on : sent;
  }
  const contacts: ClientFacts['contacts'] = [];
  if (visit !== undefined) contacts.push({ kind: 'visit', on: visit });
  if (complaint !== undefined) contacts.push({ kind: 'complaint', on: complaint });
  if (survey !== undefined) contacts.push({ kind: 'survey', on: survey });
  if (b.latestContact.won !== undefined) contacts.push({ kind: 'won', on: b.latestContact.won });
  if (sent !== undefined) contacts.push({ kind: 'sent', on: sent });
  let recentCost = 0;
  for (const e of b.recentCostToServe) if (e.on >= since) recentCost += e.cost;
  const overdue60 =
    b.milestones.length === 0 ? 0 : (collectionByClient(b.milestones, [], day).get(b.clientId)?.overdue60 ?? 0);
  return {
    facts: {
      clientId: b.clientId,
      name: b.name,
      status: b.status,
      character: b.character,
      professionalism: b.professionalism,
      relatedSales: b.relatedSales,
      createdOn: b.createdOn,
      keyAccount: b.keyAccount,
      projects: b.projects,
      revenue: b.revenue,
      cost: b.cost,
      firstWonOn: b.firstWonOn,
      projects12m,
      revenue12m,
      cost12m,
      projectsYear,
      revenueYear,
      costYear,
      lost12m: countSince(b.recentLost, since),
      contacts,
      nextVisitOn,
      signals,
      openComplaints: b.openComplaints,
      discounted12m: countSince(b.recentDiscounts, since),
      hasTopManagement: b.hasTopManagement,
      latestSurvey: b.latestSurvey,
    },
    foreignWins: b.foreignWins,
    costToServe: { total: b.costToServeTotal, recent: recentCost },
    overdue60,
  };
}
