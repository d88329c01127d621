import type { ColumnType, Generated } from 'kysely';

/**
 * The tables of DOMAIN.md §7 (migrations 014 and 015): payment plans and collection, cost to
 * serve, the weighted pipeline's settings, and acceptances. Dates are YYYY-MM-DD text; money is
 * integer minor units; quantities integer thousandths.
 */
export interface PaymentTemplatesTable {
  id: Generated<number>;
  name: string;
  position: number;
  /** JSON array (contract: paymentTemplateMilestoneSchema). */
  milestones: string;
}

export interface PaymentPlansTable {
  proposal_id: number;
  currency: string;
  total: number;
  created_at: string;
  updated_at: string;
  updated_by: number | null;
}

export interface PaymentMilestonesTable {
  id: Generated<number>;
  proposal_id: number;
  position: number;
  label: string;
  percent: string | null;
  fixed_amount: number | null;
  amount: number;
  due_on: string | null;
  trigger: 'signing' | 'delivery' | 'completion' | null;
  trigger_days: number | null;
  trigger_on: string | null;
  invoice_number: string | null;
  invoiced_on: string | null;
}

export interface PaymentReceiptsTable {
  id: Generated<number>;
  milestone_id: number;
  received_on: string;
  amount: number;
  note: ColumnType<string, string | undefined, string>;
  created_at: string;
  created_by: number | null;
}

export interface CostToServeTable {
  id: Generated<number>;
  client_id: number;
  proposal_id: number | null;
  on_date: string;
  kind: 'pitch' | 'lost_proposal' | 'account_management' | 'free_extra';
  role: string;
  unit: 'days' | 'hours';
  quantity: number;
  hours_per_day: string;
  currency: string;
  cost_rate: number;
  rate_card_role_id: number | null;
  cost: number;
  note: ColumnType<string, string | undefined, string>;
  created_at: string;
  created_by: number | null;
}

export interface ForecastSettingsTable {
  id: 1;
  probabilities: string;
  updated_at: string | null;
  updated_by: number | null;
}

export interface ProposalAcceptancesTable {
  proposal_id: number;
  version_number: number;
  accepted_on: string;
  signed_by: string;
  contract_number: string;
  scan: Uint8Array | null;
  scan_file_name: string | null;
  scan_mime_type: string | null;
  recorded_at: string;
  recorded_by: number | null;
}

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
