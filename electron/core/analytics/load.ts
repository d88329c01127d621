import type { Kysely } from 'kysely';
import type { AccountAnalytics, ClientSettings } from '@shared/contract';
import type { CurrencyCode } from '@shared/money';
import type { Database } from '../db/schema';
import { loadClientBases } from '../repos/account-facts';
import { readClientSettings } from '../repos/client-settings';
import { readSettings } from '../repos/settings';
import { exchangeRateTable } from '../repos/exchange-rates';
import { assembleAccountAnalytics, foldForeignWins, ownFigures, type OwnFigures } from './accounts';
import { factsOn, windowOf, type ClientBase } from './base';

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
  return {
    own: ownFigures(facts, g.today, g.settings, { costToServe, overdue60 }),
    conversions: converted.conversions,
    unconverted: converted.unconverted,
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
