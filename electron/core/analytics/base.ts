import { addDays } from '@shared/analytics/care';
import { collectionByClient, SLOW_PAYMENT_DAYS, type MilestoneFacts } from '@shared/collection';
import type { DimensionScores } from '@shared/analytics/satisfaction';
import {
  yearStartOf,
  type AfterWinFacts,
  type ClientFacts,
  type ContactKind,
  type ForeignWin,
  type YearSums,
} from './accounts';

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
 * So the first call of a new day recomputes figures from memory instead of the store
 * (analytics/cache.ts) — and a client's facts only once one of its dated facts crosses a window
 * edge (factsValidUntil) — and a full load is the same code with B = today: the figures from
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

/**
 * The calendar-year sums of the client's wins in the workspace currency on a day of the year
 * starting on `yearStart`: factsOn's, alone (1 January ≥ the day − 365, so every win of the year is
 * in the 12-month window too). The wins are ascending: the year's are the last ones.
 */
export function yearSumsOf(b: ClientBase, yearStart: string): YearSums {
  let projectsYear = 0;
  let revenueYear = 0;
  let costYear = 0;
  for (let i = b.recentWins.length - 1; i >= 0; i--) {
    const w = b.recentWins[i]!;
    if (w.on < yearStart) break;
    projectsYear += w.n;
    revenueYear += w.net;
    costYear += w.cost;
  }
  return { projectsYear, revenueYear, costYear };
}

/** No dated fact left to cross a window edge. */
const NEVER = '9999-12-31';

let lastEdges = { day: '', overdueSince: '' };
/** The day's edge besides windowOf's, once per day (one date computation, not one per client). */
function edgesOf(day: string): { overdueSince: string } {
  if (lastEdges.day !== day) lastEdges = { day, overdueSince: addDays(day, -SLOW_PAYMENT_EDGE + 1) };
  return lastEdges;
}

/** Open money counts in overdue60 from this many days after its due date on (more than 60 overdue). */
const SLOW_PAYMENT_EDGE = SLOW_PAYMENT_DAYS + 1;
/** A fact dated X is in the 12-month window of day D while X ≥ D − 365: it leaves on X + 366. */
const WINDOW_EXIT = 366;

/**
 * The first day after `day` on which the client's facts (factsOn) other than the calendar-year
 * sums may differ from those of `day` — no later than that, possibly earlier; `day` itself or
 * earlier when they may differ tomorrow. Until then a new day recomputes only its day-counting
 * figures (accounts.ts figuresOn) from the facts of `day`, and on 1 January the year sums alone
 * (yearSumsOf; load.ts partOnDay): so 1 January redoes every client's facts only where another
 * edge falls on it too (issue 18). What moves the facts with the day alone:
 * - a win (in any currency), lost proposal, discounted quote, churn signal or cost-to-serve entry
 *   leaving the 12-month window, on its day + 366;
 * - 1 January (the calendar-year sums restart: not an edge here, see above);
 * - a churn signal dated after `day` entering the window, on its day;
 * - contact dated after `day` being reached (a planned visit becomes contact, the next one is next);
 * - a payment milestone's open money becoming more than 60 days overdue, on its due day + 61.
 * The analytics property tests (test/integration/analytics-new-day.test.ts) hold the figures of
 * every day equal to a full computation across these edges.
 */
export function factsValidUntil(b: ClientBase, day: string): string {
  const { since } = windowOf(day);
  const { overdueSince } = edgesOf(day);
  // The oldest fact still in the window is the first to leave it.
  let oldest = NEVER;
  for (const w of b.recentWins) if (w.on >= since && w.on < oldest) oldest = w.on;
  for (const x of b.recentLost) if (x.on >= since && x.on < oldest) oldest = x.on;
  for (const x of b.recentDiscounts) if (x.on >= since && x.on < oldest) oldest = x.on;
  for (const x of b.recentCostToServe) if (x.on >= since && x.on < oldest) oldest = x.on;
  for (const w of b.foreignWins) if (w.decidedOn >= since && w.decidedOn < oldest) oldest = w.decidedOn;
  let until = NEVER;
  for (const s of b.recentSignals) {
    if (s.on > day) until = s.on < until ? s.on : until;
    else if (s.on >= since && s.on < oldest) oldest = s.on;
  }
  for (const c of b.laterContact)
    if (c.on > day) {
      if (c.on < until) until = c.on;
      break; // ascending: the first after the day is the soonest
    }
  let due = NEVER;
  for (const m of b.milestones) if (m.dueOn !== null && m.dueOn >= overdueSince && m.dueOn < due) due = m.dueOn;
  // A timestamp-shaped date (a contact on `day` later that day) gives its day: earlier, never later.
  const firstOf = (x: string) => x.slice(0, 10);
  if (oldest !== NEVER) until = min(until, addDays(firstOf(oldest), WINDOW_EXIT));
  if (due !== NEVER) until = min(until, addDays(firstOf(due), SLOW_PAYMENT_EDGE));
  return firstOf(until);
}

const min = (a: string, b: string) => (a < b ? a : b);
