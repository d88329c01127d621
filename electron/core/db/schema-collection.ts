import type { ColumnType } from 'kysely';
import type { DB } from './generated/tables';
import type { Refine } from './refine';

/**
 * The tables of DOMAIN.md §7 (migrations 014 and 015): payment plans and collection, cost to
 * serve, the weighted pipeline's settings, and acceptances. Dates are YYYY-MM-DD text; money is
 * integer minor units; quantities integer thousandths.
 */
interface PaymentTemplatesTableColumns {
  /** JSON array (contract: paymentTemplateMilestoneSchema). */
  milestones: string;
}
export type PaymentTemplatesTable = Refine<DB['payment_templates'], PaymentTemplatesTableColumns>;

interface PaymentPlansTableColumns {
  proposal_id: number;
}
export type PaymentPlansTable = Refine<DB['payment_plans'], PaymentPlansTableColumns>;

interface PaymentMilestonesTableColumns {
  trigger: 'signing' | 'delivery' | 'completion' | null;
}
export type PaymentMilestonesTable = Refine<DB['payment_milestones'], PaymentMilestonesTableColumns>;

/** As generated. */
export type PaymentReceiptsTable = DB['payment_receipts'];

interface CostToServeTableColumns {
  kind: 'pitch' | 'lost_proposal' | 'account_management' | 'free_extra';
  unit: 'days' | 'hours';
}
export type CostToServeTable = Refine<DB['cost_to_serve'], CostToServeTableColumns>;

interface ForecastSettingsTableColumns {
  id: 1;
}
export type ForecastSettingsTable = Refine<DB['forecast_settings'], ForecastSettingsTableColumns>;

interface ProposalAcceptancesTableColumns {
  proposal_id: number;
}
export type ProposalAcceptancesTable = Refine<DB['proposal_acceptances'], ProposalAcceptancesTableColumns>;

/** Columns migration 014 added to proposals: the forecast override and expected decision month. */
export interface ProposalForecastColumns {
  win_probability: ColumnType<string | null, string | null | undefined, string | null>;
  win_probability_reason: ColumnType<string | null, string | null | undefined, string | null>;
  expected_decision_month: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface CollectionTables {
  payment_templates: PaymentTemplatesTable;
  payment_plans: PaymentPlansTable;
  payment_milestones: PaymentMilestonesTable;
  payment_receipts: PaymentReceiptsTable;
  cost_to_serve: CostToServeTable;
  forecast_settings: ForecastSettingsTable;
  proposal_acceptances: ProposalAcceptancesTable;
}
