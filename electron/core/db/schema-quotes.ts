import type { ColumnType, Generated } from 'kysely';

/** The tables of the quote builder (migration 004); see schema.ts for the conventions. */
export interface MarketReferencesTable {
  id: Generated<number>;
  kind: 'role' | 'item';
  name: string;
  currency: string;
  /** Minor units per person-day (role) or per unit (item). */
  unit_price: number;
  unit: ColumnType<string, string | undefined, string>;
  source: string;
  date: string;
  created_at: string;
  updated_at: string;
}

export interface QuoteLineMetaTable {
  quote_id: number;
  line_id: string;
  rate_card_role_id: number | null;
  card_rate: number | null;
  card_cost_rate: number | null;
  rate_reason: ColumnType<string, string | undefined, string>;
  market_reference_id: number | null;
}

export interface QuoteDraftsTable {
  quote_id: number;
  session_id: string;
  user_id: number | null;
  base_revision: number;
  /** The editor's working state (contract: editorQuoteSchema) as JSON. */
  state: string;
  saved_at: string;
}

export interface QuoteBuilderTables {
  market_references: MarketReferencesTable;
  quote_line_meta: QuoteLineMetaTable;
  quote_drafts: QuoteDraftsTable;
}
