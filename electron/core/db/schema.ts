import type { ColumnType } from 'kysely';
import type { DB } from './generated/tables';
import type { Refine } from './refine';
import type { ArchiveTables } from './schema-archive';
import type { ClientAreaTables } from './schema-clients';
import type { CollectionTables, ProposalForecastColumns } from './schema-collection';
import type { QuoteBuilderTables } from './schema-quotes';
import type { ProposalWorkColumns, ProposalWorkTables } from './schema-proposals';

/**
 * The tables as Kysely sees them: the types generated from the migrated database
 * (generated/tables.ts, `npm run db:types`), each narrowed where the code knows more than SQLite
 * says (Refine: literal unions, trigger-written columns, singleton ids, what a JSON text holds).
 * Money columns are integers in minor units beside a currency code; quantities are integer
 * thousandths; decimal settings are exact strings. No REAL anywhere. Generated from SQLite: the
 * PostgreSQL migrations create the same tables and columns (test/integration/postgres-migrations).
 */
interface WorkspaceSettingsTableColumns {
  id: ColumnType<1, 1 | undefined, never>;
  /** JSON object level → multiplier string, e.g. {"3":"1.15"}. */
  difficulty_multipliers: string;
  /** 代理服务费 default (migration 014). */
  agency_fee_percent: ColumnType<string, string | undefined, string>;
}
export type WorkspaceSettingsTable = Refine<DB['workspace_settings'], WorkspaceSettingsTableColumns>;

interface UsersTableColumns {
  role: 'account_lead' | 'finance' | 'admin';
  /** scrypt hash (electron/core/auth/password.ts); null until an admin sets a password. */
  password_hash: ColumnType<string | null, string | null | undefined, string | null>;
}
export type UsersTable = Refine<DB['users'], UsersTableColumns>;

/** As generated. */
export type AuditLogTable = DB['audit_log'];

interface ClientsTableColumns {
  industry: string;
  status: 'active' | 'paused' | 'let_go';
  price_sensitivity: 'sensitive' | 'insensitive';
  character_level: 'high' | 'low' | null;
  professionalism_level: 'high' | 'low' | null;
  /** JSON array of strings. */
  tags: ColumnType<string, string | undefined, string>;
}
export type ClientsTable = Refine<DB['clients'], ClientsTableColumns>;

interface ContactsTableColumns {
  role: string;
  decision_maker: number;
}
export type ContactsTable = Refine<DB['contacts'], ContactsTableColumns>;

/** As generated. */
export type RateCardRolesTable = DB['rate_card_roles'];

interface QuotesTableColumns {
  /** The interchange document (DOMAIN.md §6), as JSON. */
  document: string;
}
export type QuotesTable = Refine<DB['quotes'], QuotesTableColumns>;

interface ProposalsTableColumns extends ProposalWorkColumns, ProposalForecastColumns {
  status: string;
  /** The seven sections (DOMAIN.md §2) as structured JSON. */
  sections: string;
  /** Frozen when won (migration 010 triggers): the linked quote's net, cost and currency then. */
  won_net: ColumnType<number | null, never, never>;
  won_cost: ColumnType<number | null, never, never>;
  won_currency: ColumnType<string | null, never, never>;
  /** What was decided, kept when the proposal is archived (migration 017 triggers). */
  outcome: ColumnType<'won' | 'lost' | null, never, never>;
}
export type ProposalsTable = Refine<DB['proposals'], ProposalsTableColumns>;

/** One row (id 1): how the agency's documents look. Absent until first saved: defaults apply. */
interface BrandingTableColumns {
  id: ColumnType<1, 1 | undefined, never>;
  use_template_styles: number;
}
export type BrandingTable = Refine<DB['branding'], BrandingTableColumns>;

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

/** Every table named here exists in the migrated database: a dropped or renamed one fails to type-check. */
type Exists<T extends never> = T;
export type TablesExist = Exists<Exclude<keyof Database, keyof DB>>;
