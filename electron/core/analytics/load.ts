import type { Kysely } from 'kysely';
import type { AccountAnalytics, ClientSettings } from '@shared/contract';
import { addDays } from '@shared/analytics/care';
import type { Database } from '../db/schema';
import { loadClientFacts } from '../repos/account-facts';
import { readClientSettings } from '../repos/client-settings';
import { readSettings } from '../repos/settings';
import { computeAccountAnalytics } from './accounts';

/** The analytics as of `today`: the repository's facts fed to the pure computation. */
export async function accountAnalytics(
  db: Kysely<Database>,
  today: string,
): Promise<{ analytics: AccountAnalytics; settings: ClientSettings }> {
  const [{ currency }, { settings }] = await Promise.all([readSettings(db), readClientSettings(db)]);
  const facts = await loadClientFacts(db, { currency, since: addDays(today, -365) });
  return { analytics: computeAccountAnalytics(facts, today, settings, currency), settings };
}
