import type { Kysely } from 'kysely';
import type { AccountAnalytics, ClientSettings } from '@shared/contract';
import { addDays } from '@shared/analytics/care';
import type { Database } from '../db/schema';
import { loadClientFacts } from '../repos/account-facts';
import { readClientSettings } from '../repos/client-settings';
import { readSettings } from '../repos/settings';
import { exchangeRateTable } from '../repos/exchange-rates';
import { computeAccountAnalytics, convertForeignWins } from './accounts';

/** The analytics as of `today`: the repository's facts fed to the pure computation. */
export async function accountAnalytics(
  db: Kysely<Database>,
  today: string,
): Promise<{ analytics: AccountAnalytics; settings: ClientSettings }> {
  const [{ currency }, { settings }] = await Promise.all([readSettings(db), readClientSettings(db)]);
  const since = addDays(today, -365);
  const [loaded, rates] = await Promise.all([loadClientFacts(db, { currency, since, today }), exchangeRateTable(db)]);
  const { facts, conversions, unconverted } = convertForeignWins(
    loaded.facts,
    loaded.foreignWins,
    rates,
    currency,
    since,
  );
  return {
    analytics: computeAccountAnalytics(facts, today, settings, currency, { conversions, unconverted }),
    settings,
  };
}
