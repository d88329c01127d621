import type { ColumnType } from 'kysely';
import type { DB } from './generated/tables';
import type { Refine } from './refine';

/** The tables of proposals, versions and approvals (migration 007); see schema.ts for the conventions. */
export type ProposalStatusHistoryTable = DB['proposal_status_history'];

interface ProposalApprovalsTableColumns {
  /** The version snapshot (shared/proposal: proposalVersionSnapshotSchema) as JSON. */
  snapshot: string;
  /** JSON array of APPROVAL_REASONS. */
  reasons: string;
  status: ColumnType<'pending' | 'approved' | 'rejected' | 'superseded', 'pending' | undefined, string>;
}
export type ProposalApprovalsTable = Refine<DB['proposal_approvals'], ProposalApprovalsTableColumns>;

/** Insert-only: triggers abort every UPDATE and DELETE. */
export type ProposalVersionsTable = DB['proposal_versions'];

/** As generated. */
export type ProposalVersionAssetsTable = DB['proposal_version_assets'];

/** As generated. */
export type ProposalTemplatesTable = DB['proposal_templates'];

interface ContentBlocksTableColumns {
  kind: 'case_study' | 'team_bio' | 'terms' | 'other';
}
export type ContentBlocksTable = Refine<DB['content_blocks'], ContentBlocksTableColumns>;

interface ProposalSettingsTableColumns {
  id: ColumnType<1, 1 | undefined, never>;
  /** Migration 011; the default for a row written before it. */
  free_line_cost_percent: ColumnType<string, string | undefined, string>;
}
export type ProposalSettingsTable = Refine<DB['proposal_settings'], ProposalSettingsTableColumns>;

/** Columns migration 007 adds to proposals (merged into ProposalsTable in schema.ts). */
export interface ProposalWorkColumns {
  language: ColumnType<string, string | undefined, string>;
  revision: ColumnType<number, number | undefined, number>;
  /** JSON (preCommunicationSchema) or null. */
  pre_communication: string | null;
  /** JSON (selfCheckSchema) or null. */
  self_check: string | null;
  /** LOSS_REASONS code; the words are in lost_reason. */
  lost_reason_code: string | null;
}

interface ProposalDraftsTableColumns {
  /** The editor's working copy (contract: proposalWorkingCopySchema) as JSON. */
  state: string;
}
export type ProposalDraftsTable = Refine<DB['proposal_drafts'], ProposalDraftsTableColumns>;

export interface ProposalWorkTables {
  proposal_drafts: ProposalDraftsTable;
  proposal_status_history: ProposalStatusHistoryTable;
  proposal_approvals: ProposalApprovalsTable;
  proposal_versions: ProposalVersionsTable;
  proposal_version_assets: ProposalVersionAssetsTable;
  proposal_templates: ProposalTemplatesTable;
  content_blocks: ContentBlocksTable;
  proposal_settings: ProposalSettingsTable;
}
