import type { Kysely } from 'kysely';
import type { AccountAnalytics, ClientSettings } from '@shared/contract';
import { addDays } from '@shared/analytics/care';
import type { CurrencyCode } from '@shared/money';
import type { Database } from '../db/schema';
import { loadClientFacts } from '../repos/account-facts';
import { readClientSettings } from '../repos/client-settings';
import { readSettings } from '../repos/settings';
import { collectionByClient } from '@shared/collection';
import { costToServeByClient } from '../repos/cost-to-serve';
import { exchangeRateTable } from '../repos/exchange-rates';
import { loadCollectionFacts } from '../repos/payments';
import {
  assembleAccountAnalytics,
  convertForeignWins,
  ownFigures,
  yearStartOf,
  type ForeignWin,
  type OwnFigures,
} from './accounts';

/** What every client's figures depend on alike: the day, the workspace currency, settings, rates. */
export interface AnalyticsGlobals {
  today: string;
  since: string;
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
  return { today, since: addDays(today, -365), currency, settings, rates };
}

/**
 * The figures of the clients in `clientIds` (every client when absent), keyed by client id in id
 * order; a listed client that no longer exists is absent from the map.
 */
export async function loadClientParts(
  db: Kysely<Database>,
  g: AnalyticsGlobals,
  clientIds?: readonly number[],
): Promise<Map<number, ClientPart>> {
  const { today, since, currency, settings, rates } = g;
  const [loaded, costToServe, collection] = await Promise.all([
    loadClientFacts(db, { currency, since, today, clientIds }),
    costToServeByClient(db, currency, since, clientIds),
    loadCollectionFacts(db, currency, clientIds),
  ]);
  const overdue60 = new Map(
    [...collectionByClient(collection.milestones, collection.receipts, today).values()].map((c) => [
      c.clientId,
      c.overdue60,
    ]),
  );
  const winsBy = new Map<number, ForeignWin[]>();
  for (const w of loaded.foreignWins) winsBy.set(w.clientId, [...(winsBy.get(w.clientId) ?? []), w]);
  const parts = new Map<number, ClientPart>();
  for (const raw of loaded.facts) {
    const wins = winsBy.get(raw.clientId);
    const converted = wins
      ? convertForeignWins([raw], wins, rates, currency, since, yearStartOf(today))
      : { facts: [raw], conversions: [], unconverted: [] };
    const f = converted.facts[0]!;
    const own = ownFigures(f, today, settings, {
      costToServe: costToServe.get(f.clientId) ?? { total: 0, recent: 0 },
      overdue60: overdue60.get(f.clientId) ?? 0,
    });
    parts.set(f.clientId, { own, conversions: converted.conversions, unconverted: converted.unconverted });
  }
  return parts;
}

/** The analytics from every client's part (in client id order) and the globals. */
export function assembleParts(parts: readonly ClientPart[], g: AnalyticsGlobals): AccountAnalytics {
  // Conversions are listed in proposal order, whichever client they belong to.
  const byProposal = <T extends { proposalId: number }>(xs: T[]) => xs.sort((a, b) => a.proposalId - b.proposalId);
  return assembleAccountAnalytics(
    parts.map((p) => p.own),
    { today: g.today, currency: g.currency, relationshipYears: g.settings.relationshipYears },
    {
      conversions: byProposal(parts.flatMap((p) => p.conversions)),
      unconverted: byProposal(parts.flatMap((p) => p.unconverted)),
    },
  );
}

/** The analytics as of `today`, from scratch: the repository's facts fed to the pure computation. */
export async function accountAnalytics(
  db: Kysely<Database>,
  today: string,
): Promise<{ analytics: AccountAnalytics; settings: ClientSettings }> {
  const g = await loadAnalyticsGlobals(db, today);
  const parts = await loadClientParts(db, g);
  return { analytics: assembleParts([...parts.values()], g), settings: g.settings };
}
