import type { DB } from './generated/tables';
import type { Refine } from './refine';

/** The tables of the quote builder (migration 004); see schema.ts for the conventions. */
interface MarketReferencesTableColumns {
  kind: 'role' | 'item';
  /** Minor units per person-day (role) or per unit (item). */
  unit_price: number;
}
export type MarketReferencesTable = Refine<DB['market_references'], MarketReferencesTableColumns>;

/** As generated. */
export type QuoteLineMetaTable = DB['quote_line_meta'];

interface QuoteDraftsTableColumns {
  /** The editor's working state (contract: editorQuoteSchema) as JSON. */
  state: string;
}
export type QuoteDraftsTable = Refine<DB['quote_drafts'], QuoteDraftsTableColumns>;

export interface QuoteBuilderTables {
  market_references: MarketReferencesTable;
  quote_line_meta: QuoteLineMetaTable;
  quote_drafts: QuoteDraftsTable;
}
