import type { Kysely } from 'kysely';
import { clientSettingsSchema, type ClientSettings, type StoredClientSettings } from '@shared/contract';
import type { Database } from '../db/schema';

type StoredPart = Omit<ClientSettings, 'festivals'>;

/** What a workspace starts with; the stored row overrides it field by field. */
export const DEFAULT_CLIENT_SETTINGS: StoredPart = {
  dozingDays: 90,
  halfAsleepDays: 180,
  asleepDays: 365,
  silenceDays: 60,
  pricePressureCount: 2,
  lostProposalsCount: 2,
  frequencyA: 3,
  frequencyB: 1,
  relationshipYears: 5,
  keyMinYearlyProfit: 10_000_000,
  keyTiers: ['A'],
  keyTypes: ['quality', 'potential'],
  keyMaxAccounts: 25,
};

export async function readClientSettings(db: Kysely<Database>): Promise<StoredClientSettings> {
  const row = await db
    .selectFrom('client_settings')
    .leftJoin('users', 'users.id', 'client_settings.updated_by')
    .select(['client_settings.data', 'client_settings.updated_at', 'users.name as updatedBy'])
    .where('client_settings.id', '=', 1)
    .executeTakeFirst();
  const festivals = await db.selectFrom('festivals').select(['name', 'date']).orderBy('date').orderBy('id').execute();
  const stored = row ? (JSON.parse(row.data) as Partial<StoredPart>) : {};
  // Stored values pass the schema again, so a row written by an older build cannot leak out unchecked.
  const settings = clientSettingsSchema.parse({ ...DEFAULT_CLIENT_SETTINGS, ...stored, festivals });
  return { settings, updatedAt: row?.updated_at ?? null, updatedBy: row?.updatedBy ?? null };
}

export async function writeClientSettings(
  db: Kysely<Database>,
  s: ClientSettings,
  by: number | null,
  at: string,
): Promise<void> {
  const { festivals, ...rest } = s;
  const values = { data: JSON.stringify(rest), updated_at: at, updated_by: by };
  await db
    .insertInto('client_settings')
    .values({ id: 1, ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute();
  await db.deleteFrom('festivals').execute();
  if (festivals.length > 0) await db.insertInto('festivals').values(festivals).execute();
}
