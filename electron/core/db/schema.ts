import type { ColumnType, Generated } from 'kysely';

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
}

export interface RateCardRolesTable {
  id: Generated<number>;
  role: string;
  currency: string;
  rate: number;
  cost_rate: number;
  effective_from: string;
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
  revision: ColumnType<number, number | undefined, number>;
  owner_id: number | null;
  created_at: string;
  updated_at: string;
}

export interface ProposalsTable {
  id: Generated<number>;
  client_id: number;
  quote_id: number | null;
  title: string;
  status: string;
  /** The seven sections (DOMAIN.md §2) as structured JSON. */
  sections: string;
  owner_id: number | null;
  created_at: string;
  updated_at: string;
}

export interface Database {
  workspace_settings: WorkspaceSettingsTable;
  users: UsersTable;
  audit_log: AuditLogTable;
  clients: ClientsTable;
  contacts: ContactsTable;
  rate_card_roles: RateCardRolesTable;
  quotes: QuotesTable;
  proposals: ProposalsTable;
}
