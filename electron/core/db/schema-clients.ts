import type { ColumnType, Generated } from 'kysely';

/** The tables of the client area added by migration 005 (DOMAIN.md §4). Dates are YYYY-MM-DD text. */
export interface ClientDatesTable {
  id: Generated<number>;
  client_id: number;
  label: string;
  date: string;
}

export interface VisitsTable {
  id: Generated<number>;
  client_id: number;
  contact_id: number | null;
  visited_on: string;
  purpose: string;
  plan: string;
  outcome: string;
  next_step: string;
  owner_id: number | null;
  created_at: string;
  /** Churn signals noticed on the visit, a JSON array of VISIT_SIGNALS (migration 017). */
  signals: ColumnType<string, string | undefined, string>;
}

/** Units of the workspace currency for one unit of `currency` on a day, entered by finance. */
export interface ExchangeRatesTable {
  id: Generated<number>;
  currency: string;
  rate_on: string;
  rate: string;
  created_at: string;
  created_by: number | null;
}

export interface ComplaintsTable {
  id: Generated<number>;
  client_id: number;
  received_on: string;
  received_by: string;
  responder_id: number | null;
  severity: 'low' | 'medium' | 'high';
  description: string;
  resolution: string;
  resolved_on: string | null;
  created_at: string;
}

export interface SurveysTable {
  id: Generated<number>;
  client_id: number;
  surveyed_on: string;
  /** JSON, see the contract's surveyDimensionsSchema. */
  dimensions: string;
  /** JSON, see the contract's surveyAspectsSchema. */
  aspects: string;
  note: string;
  created_at: string;
}

export interface KeyAccountsTable {
  id: Generated<number>;
  client_id: number;
  added_at: string;
  added_by: number | null;
  add_reason: string;
  retired_at: string | null;
  retired_by: number | null;
  retire_reason: string | null;
}

export interface ClientSettingsTable {
  id: 1;
  /** JSON of the contract's clientSettingsSchema. */
  data: string;
  updated_at: string | null;
  updated_by: number | null;
}

export interface FestivalsTable {
  id: Generated<number>;
  name: string;
  date: string;
}

export interface ClientAreaTables {
  client_dates: ClientDatesTable;
  visits: VisitsTable;
  exchange_rates: ExchangeRatesTable;
  complaints: ComplaintsTable;
  surveys: SurveysTable;
  key_accounts: KeyAccountsTable;
  client_settings: ClientSettingsTable;
  festivals: FestivalsTable;
}
