import type { ColumnType, Generated } from 'kysely';
import type { ArchiveTables } from './schema-archive';
import type { ClientAreaTables } from './schema-clients';
import type { CollectionTables, ProposalForecastColumns } from './schema-collection';
import type { QuoteBuilderTables } from './schema-quotes';
import type { ProposalWorkColumns, ProposalWorkTables } from './schema-proposals';

/**
 * The tables as Kysely sees them. Money columns are integers in minor units beside a currency
 * code; quantities are integer thousandths; decimal settings are exact strings. No REAL anywhere.
 */
export interface WorkspaceSettingsTable {
  id: ColumnType<1, 1 | undefined, never>;
  company_name: string;
  currency: string;
  document_language: string;
  /** JSON object level → multiplier string, e.g. {"3":"1.15"}. */
  difficulty_multipliers: string;
  hours_per_day: string;
  tax_percent: string;
  margin_floor_percent: string;
  /** 代理服务费 default (migration 014). */
  agency_fee_percent: ColumnType<string, string | undefined, string>;
  initialized_at: string | null;
  updated_at: string | null;
  updated_by: number | null;
}

export interface UsersTable {
  id: Generated<number>;
  name: string;
  role: 'account_lead' | 'finance' | 'admin';
  active: ColumnType<number, number | undefined, number>;
  created_at: string;
  /** scrypt hash (electron/core/auth/password.ts); null until an admin sets a password. */
  password_hash: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  user_id: number | null;
  action: string;
  entity: string | null;
  entity_id: string | null;
  detail: string | null;
}

export interface ClientsTable {
  id: Generated<number>;
  name: string;
  industry: string;
  status: 'active' | 'paused' | 'let_go';
  price_sensitivity: 'sensitive' | 'insensitive';
  decision_process: ColumnType<string, string | undefined, string>;
  character_level: 'high' | 'low' | null;
  professionalism_level: 'high' | 'low' | null;
  /** JSON array of strings. */
  tags: ColumnType<string, string | undefined, string>;
  related_sales: ColumnType<number, number | undefined, number>;
  owner_id: number | null;
  created_at: string;
  updated_at: string;
}

export interface ContactsTable {
  id: Generated<number>;
  client_id: number;
  name: string;
  role: string;
  phone: string | null;
  email: string | null;
  birthday: string | null;
  decision_maker: number;
  wechat: string | null;
  top_management: ColumnType<number, number | undefined, number>;
}

export interface RateCardRolesTable {
  id: Generated<number>;
  role: string;
  currency: string;
  rate: number;
  cost_rate: number;
  effective_from: string;
  updated_at: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface QuotesTable {
  id: Generated<number>;
  client_id: number;
  title: string;
  currency: string;
  /** The interchange document (DOMAIN.md §6), as JSON. */
  document: string;
  line_count: number;
  subtotal: number;
  net: number;
  tax: number;
  total: number;
  cost: number;
  margin_percent: string | null;
  discount: ColumnType<number, number | undefined, number>;
  deviation_percent: ColumnType<string | null, string | null | undefined, string | null>;
  updated_by: ColumnType<number | null, number | null | undefined, number | null>;
  revision: ColumnType<number, number | undefined, number>;
  owner_id: number | null;
  created_at: string;
  updated_at: string;
}

export interface ProposalsTable extends ProposalWorkColumns, ProposalForecastColumns {
  id: Generated<number>;
  client_id: number;
  quote_id: number | null;
  title: string;
  status: string;
  /** The seven sections (DOMAIN.md §2) as structured JSON. */
  sections: string;
  owner_id: number | null;
  decided_at: string | null;
  lost_reason: string | null;
  /** Frozen when won (migration 010 triggers): the linked quote's net, cost and currency then. */
  won_net: ColumnType<number | null, never, never>;
  won_cost: ColumnType<number | null, never, never>;
  won_currency: ColumnType<string | null, never, never>;
  /** What was decided, kept when the proposal is archived (migration 017 triggers). */
  outcome: ColumnType<'won' | 'lost' | null, never, never>;
  created_at: string;
  updated_at: string;
}

/** One row (id 1): how the agency's documents look. Absent until first saved: defaults apply. */
export interface BrandingTable {
  id: ColumnType<1, 1 | undefined, never>;
  primary_color: string;
  latin_font: string;
  east_asia_font: string;
  use_template_styles: number;
  logo: Uint8Array | null;
  logo_file_name: string | null;
  logo_mime_type: string | null;
  logo_width: number | null;
  logo_height: number | null;
  template: Uint8Array | null;
  template_file_name: string | null;
  updated_at: string | null;
  updated_by: number | null;
}

export interface Database
  extends ClientAreaTables, QuoteBuilderTables, ProposalWorkTables, ArchiveTables, CollectionTables {
  workspace_settings: WorkspaceSettingsTable;
  users: UsersTable;
  audit_log: AuditLogTable;
  clients: ClientsTable;
  contacts: ContactsTable;
  rate_card_roles: RateCardRolesTable;
  quotes: QuotesTable;
  proposals: ProposalsTable;
  branding: BrandingTable;
}
