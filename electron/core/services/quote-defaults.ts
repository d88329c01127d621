import type { Kysely } from 'kysely';
import { quoteDefaultsOf, type QuoteDefaults } from '@shared/quote';
import type { Database } from '../db/schema';
import { readSettings } from '../repos/settings';

/** The workspace's quote defaults (what a quote inherits where it says nothing), with currency and language. */
export async function workspaceDefaults(
  db: Kysely<Database>,
): Promise<QuoteDefaults & { currency: string; lang: string }> {
  const s = await readSettings(db);
  return { ...quoteDefaultsOf(s), currency: s.currency, lang: s.documentLanguage };
}
