import type { Kysely } from 'kysely';
import type { Settings, StoredSettings } from '@shared/contract';
import { sharedCatalogs } from '@shared/i18n/catalog';
import { BUILTIN_QUOTE_DEFAULTS } from '@shared/quote/defaults';
import type { Database } from '../db/schema';

export const DEFAULT_SETTINGS: Settings = {
  // Unnamed, in the default document language (below) — the name printed until Settings gives one.
  companyName: sharedCatalogs['zh-CN'].newRecords.companyName,
  currency: 'CNY',
  documentLanguage: 'zh-CN',
  ...BUILTIN_QUOTE_DEFAULTS,
};

export async function readSettings(db: Kysely<Database>): Promise<StoredSettings> {
  const row = await db
    .selectFrom('workspace_settings')
    .leftJoin('users', 'users.id', 'workspace_settings.updated_by')
    .selectAll('workspace_settings')
    .select('users.name as updated_by_name')
    .where('workspace_settings.id', '=', 1)
    .executeTakeFirst();
  if (!row) return { ...DEFAULT_SETTINGS, updatedAt: null, updatedBy: null };
  return {
    companyName: row.company_name,
    currency: row.currency as Settings['currency'],
    documentLanguage: row.document_language as Settings['documentLanguage'],
    difficultyMultipliers: JSON.parse(row.difficulty_multipliers) as Settings['difficultyMultipliers'],
    hoursPerDay: row.hours_per_day,
    taxPercent: row.tax_percent,
    marginFloorPercent: row.margin_floor_percent,
    agencyFeePercent: row.agency_fee_percent,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by_name ?? null,
  };
}

export async function isInitialized(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('workspace_settings').select('initialized_at').where('id', '=', 1).executeTakeFirst();
  return Boolean(row?.initialized_at);
}

export async function writeSettings(
  db: Kysely<Database>,
  s: Settings,
  by: number | null,
  at: string,
  initializedAt?: string,
): Promise<void> {
  const values = {
    company_name: s.companyName,
    currency: s.currency,
    document_language: s.documentLanguage,
    difficulty_multipliers: JSON.stringify(s.difficultyMultipliers),
    hours_per_day: s.hoursPerDay,
    tax_percent: s.taxPercent,
    margin_floor_percent: s.marginFloorPercent,
    // A caller that does not know the fee (an older settings form) leaves it as it was.
    ...(s.agencyFeePercent !== undefined ? { agency_fee_percent: s.agencyFeePercent } : {}),
    updated_at: at,
    updated_by: by,
    ...(initializedAt ? { initialized_at: initializedAt } : {}),
  };
  await db
    .insertInto('workspace_settings')
    .values({ id: 1, ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute();
}
