import type { Kysely } from 'kysely';
import type { AccountAnalytics, ClientSettings } from '@shared/contract';
import type { CurrencyCode } from '@shared/money';
import type { Database } from '../db/schema';
import { loadClientBases } from '../repos/account-facts';
import { readClientSettings } from '../repos/client-settings';
import { readSettings } from '../repos/settings';
import { exchangeRateTable } from '../repos/exchange-rates';
import { dayNumber } from '@shared/analytics/care';
import {
  assembleAccountAnalytics,
  convertWin,
  figureBasis,
  figuresOn,
  foldForeignWins,
  withYearSums,
  type FigureBasis,
  type OwnFigures,
  type YearSums,
} from './accounts';
import { factsOn, factsValidUntil, windowOf, yearSumsOf, type ClientBase } from './base';

/** What every client's figures depend on alike: the day, the workspace currency, settings, rates. */
export interface AnalyticsGlobals {
  today: string;
  currency: CurrencyCode;
  settings: ClientSettings;
  rates: Map<string, { on: string; rate: string }[]>;
}

/** One client's figures before the cross-client parts, and its wins converted from other currencies. */
export interface ClientPart {
  own: OwnFigures;
  conversions: AccountAnalytics['conversions'];
  unconverted: AccountAnalytics['unconverted'];
  /** What `own` was made from besides the day (its facts on `day`, foreign wins folded in). */
  basis: FigureBasis;
  /** The day of `own`. */
  day: string;
  /** The first later day on which the facts but the year sums may differ (base.ts factsValidUntil). */
  validUntil: string;
}

export async function loadAnalyticsGlobals(db: Kysely<Database>, today: string): Promise<AnalyticsGlobals> {
  const [{ currency }, { settings }, rates] = await Promise.all([
    readSettings(db),
    readClientSettings(db),
    exchangeRateTable(db),
  ]);
  return { today, currency, settings, rates };
}

/**
 * One client's own figures on the globals' day, from its base (of that day or an earlier one):
 * its facts on the day, its wins in other currencies converted with the rates of their days, its
 * cost to serve and overdue money. Pure: no I/O.
 */
export function partOf(b: ClientBase, g: AnalyticsGlobals): ClientPart {
  const { facts, foreignWins, costToServe, overdue60 } = factsOn(b, g.today);
  const { since, yearStart } = windowOf(g.today);
  const converted =
    foreignWins.length > 0
      ? foldForeignWins(facts, foreignWins, g.rates, g.currency, since, yearStart)
      : { conversions: [], unconverted: [] };
  const basis = figureBasis(facts, g.settings, { costToServe, overdue60 });
  return {
    own: figuresOn(basis, dayNumber(g.today), g.settings),
    conversions: converted.conversions,
    unconverted: converted.unconverted,
    basis,
    day: g.today,
    validUntil: factsValidUntil(b, g.today),
  };
}

/**
 * What a new day redoes of a part made on an earlier one (partOnDay): its facts, when one crosses
 * an edge (base.ts factsValidUntil) or the day went back; its calendar-year sums alone, when the
 * year turned and nothing else crossed an edge; else only the figures that count days.
 */
export function dayChangeOf(p: ClientPart, today: string): 'facts' | 'year' | 'figures' {
  if (today < p.day || today >= p.validUntil) return 'facts';
  return p.day < windowOf(today).yearStart ? 'year' : 'figures';
}

/**
 * The calendar-year sums of a client on the globals' day from its base: its wins in the workspace
 * currency (base.ts yearSumsOf) and those in others dated in the year, converted as
 * foldForeignWins converts them (a win with no rate of its day counts nowhere).
 */
function yearSumsOn(b: ClientBase, g: AnalyticsGlobals): YearSums {
  const { yearStart } = windowOf(g.today);
  const sums = yearSumsOf(b, yearStart);
  for (const w of b.foreignWins) {
    if (w.decidedOn < yearStart) continue;
    const c = convertWin(w, g.rates, g.currency);
    if (!c) continue;
    sums.projectsYear++;
    sums.revenueYear += c.net;
    sums.costYear += c.cost;
  }
  return sums;
}

/**
 * The part of a client on a later day than `p`'s, the base, settings and rates being those `p` was
 * made with (analytics/cache.ts decides that): while its facts hold, only the figures that count
 * days are redone from its basis, and its conversions kept (they do not depend on the day, nor on
 * the year: the year sums are folded into the facts, not kept in the conversions); in a new year,
 * its year sums too; past an edge, the part is made afresh. `todayDay`: dayNumber(g.today), once
 * for every client.
 */
export function partOnDay(p: ClientPart, b: ClientBase, g: AnalyticsGlobals, todayDay: number): ClientPart {
  const change = dayChangeOf(p, g.today);
  if (change === 'facts') return partOf(b, g);
  const basis = change === 'year' ? withYearSums(p.basis, yearSumsOn(b, g)) : p.basis;
  return {
    own: figuresOn(basis, todayDay, g.settings),
    conversions: p.conversions,
    unconverted: p.unconverted,
    basis,
    day: g.today,
    validUntil: p.validUntil,
  };
}

/**
 * The analytics from every client's part (in client id order) and the globals. `converted`: the
 * list of conversions when the caller knows it did not change (a new day or a setting moves no
 * win and no rate: analytics/cache.ts), instead of gathering and sorting it again.
 */
export function assembleParts(
  parts: readonly ClientPart[],
  g: AnalyticsGlobals,
  converted?: Pick<AccountAnalytics, 'conversions' | 'unconverted'>,
): AccountAnalytics {
  // Conversions are listed in proposal order, whichever client they belong to.
  const byProposal = <T extends { proposalId: number }>(xs: T[]) => xs.sort((a, b) => a.proposalId - b.proposalId);
  return assembleAccountAnalytics(
    parts.map((p) => p.own),
    { today: g.today, currency: g.currency, relationshipYears: g.settings.relationshipYears },
    converted ?? {
      conversions: byProposal(parts.flatMap((p) => p.conversions)),
      unconverted: byProposal(parts.flatMap((p) => p.unconverted)),
    },
  );
}

/** The analytics as of `today`, from scratch: every client's base of today, its figures, the whole. */
export async function accountAnalytics(
  db: Kysely<Database>,
  today: string,
): Promise<{ analytics: AccountAnalytics; settings: ClientSettings }> {
  const g = await loadAnalyticsGlobals(db, today);
  const bases = await loadClientBases(db, { currency: g.currency, baseDay: today });
  const parts = [...bases.values()].map((b) => partOf(b, g));
  return { analytics: assembleParts(parts, g), settings: g.settings };
}
