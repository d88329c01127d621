import type { Kysely } from 'kysely';
import type { AccountAnalytics, ClientSettings } from '@shared/contract';
import { addDays } from '@shared/analytics/care';
import type { Database } from '../db/schema';
import { loadClientFacts } from '../repos/account-facts';
import { readClientSettings } from '../repos/client-settings';
import { readSettings } from '../repos/settings';
import { collectionByClient } from '@shared/collection';
import { costToServeByClient } from '../repos/cost-to-serve';
import { exchangeRateTable } from '../repos/exchange-rates';
import { loadCollectionFacts } from '../repos/payments';
import { computeAccountAnalytics, convertForeignWins, yearStartOf } from './accounts';
import { applyAfterWin } from './after-win';

/** The analytics as of `today`: the repository's facts fed to the pure computation. */
export async function accountAnalytics(
  db: Kysely<Database>,
  today: string,
): Promise<{ analytics: AccountAnalytics; settings: ClientSettings }> {
  const [{ currency }, { settings }] = await Promise.all([readSettings(db), readClientSettings(db)]);
  const since = addDays(today, -365);
  const [loaded, rates, costToServe, collection] = await Promise.all([
    loadClientFacts(db, { currency, since, today }),
    exchangeRateTable(db),
    costToServeByClient(db, currency, since),
    loadCollectionFacts(db, currency),
  ]);
  const { facts, conversions, unconverted } = convertForeignWins(
    loaded.facts,
    loaded.foreignWins,
    rates,
    currency,
    since,
    yearStartOf(today),
  );
  const overdue60 = new Map(
    [...collectionByClient(collection.milestones, collection.receipts, today).values()].map((c) => [
      c.clientId,
      c.overdue60,
    ]),
  );
  const analytics = applyAfterWin(
    computeAccountAnalytics(facts, today, settings, currency, { conversions, unconverted }),
    facts,
    { costToServe, overdue60 },
    today,
  );
  return { analytics, settings };
}
