import type { Kysely } from 'kysely';
import type { Lang } from '@shared/i18n/lang';
import { quoteDefaultsOf, type QuoteDefaults } from '@shared/quote';
import type { Database } from '../db/schema';
import { readSettings } from '../repos/settings';

/** The workspace's quote defaults (what a quote inherits where it says nothing), with currency and language. */
export async function workspaceDefaults(
  db: Kysely<Database>,
): Promise<QuoteDefaults & { currency: string; lang: Lang }> {
  const s = await readSettings(db);
  return { ...quoteDefaultsOf(s), currency: s.currency, lang: s.documentLanguage };
}
