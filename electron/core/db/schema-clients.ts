import type { ColumnType } from 'kysely';
import type { DB } from './generated/tables';
import type { Refine } from './refine';

/** The tables of the client area added by migration 005 (DOMAIN.md §4). Dates are YYYY-MM-DD text. */
export type ClientDatesTable = DB['client_dates'];

interface VisitsTableColumns {
  plan: string;
  outcome: string;
  next_step: string;
  /** Churn signals noticed on the visit, a JSON array of VISIT_SIGNALS (migration 017). */
  signals: ColumnType<string, string | undefined, string>;
}
export type VisitsTable = Refine<DB['visits'], VisitsTableColumns>;

/** Units of the workspace currency for one unit of `currency` on a day, entered by finance. */
export type ExchangeRatesTable = DB['exchange_rates'];

interface ComplaintsTableColumns {
  severity: 'low' | 'medium' | 'high';
  resolution: string;
}
export type ComplaintsTable = Refine<DB['complaints'], ComplaintsTableColumns>;

interface SurveysTableColumns {
  /** JSON, see the contract's surveyDimensionsSchema. */
  dimensions: string;
  /** JSON, see the contract's surveyAspectsSchema. */
  aspects: string;
  note: string;
}
export type SurveysTable = Refine<DB['surveys'], SurveysTableColumns>;

/** As generated. */
export type KeyAccountsTable = DB['key_accounts'];

interface ClientSettingsTableColumns {
  id: 1;
  /** JSON of the contract's clientSettingsSchema. */
  data: string;
}
export type ClientSettingsTable = Refine<DB['client_settings'], ClientSettingsTableColumns>;

/** As generated. */
export type FestivalsTable = DB['festivals'];

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
