import type { ColumnType, Generated } from 'kysely';

/** The tables of proposals, versions and approvals (migration 007); see schema.ts for the conventions. */
export interface ProposalStatusHistoryTable {
  id: Generated<number>;
  proposal_id: number;
  at: string;
  user_id: number | null;
  from_status: string | null;
  to_status: string;
  reason_code: string | null;
  note: string | null;
  version: number | null;
}

export interface ProposalApprovalsTable {
  id: Generated<number>;
  proposal_id: number;
  content_hash: string;
  /** The version snapshot (shared/proposal: proposalVersionSnapshotSchema) as JSON. */
  snapshot: string;
  /** JSON array of APPROVAL_REASONS. */
  reasons: string;
  status: ColumnType<'pending' | 'approved' | 'rejected' | 'superseded', 'pending' | undefined, string>;
  requested_by: number | null;
  requested_at: string;
  request_note: ColumnType<string, string | undefined, string>;
  decided_by: number | null;
  decided_at: string | null;
  comment: string | null;
}

/** Insert-only: triggers abort every UPDATE and DELETE. */
export interface ProposalVersionsTable {
  id: Generated<number>;
  proposal_id: number;
  number: number;
  snapshot: string;
  content_hash: string;
  currency: string;
  total: number;
  margin_percent: string | null;
  language: string;
  sent_at: string;
  sent_by: number | null;
  approval_id: number | null;
  no_pre_communication_reason: string | null;
}

export interface ProposalVersionAssetsTable {
  sha256: string;
  bytes: Uint8Array;
}

export interface ProposalTemplatesTable {
  id: Generated<number>;
  name: string;
  sections: string;
  created_by: number | null;
  created_at: string;
}

export interface ContentBlocksTable {
  id: Generated<number>;
  kind: 'case_study' | 'team_bio' | 'terms' | 'other';
  title: string;
  blocks: string;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface ProposalSettingsTable {
  id: ColumnType<1, 1 | undefined, never>;
  discount_limit_percent: string;
  self_check_threshold: number;
  /** Migration 011; the default for a row written before it. */
  free_line_cost_percent: ColumnType<string, string | undefined, string>;
  updated_at: string | null;
  updated_by: number | null;
}

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

export interface ProposalDraftsTable {
  proposal_id: number;
  session_id: string;
  user_id: number | null;
  base_revision: number;
  /** The editor's working copy (contract: proposalWorkingCopySchema) as JSON. */
  state: string;
  saved_at: string;
}

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
