import { createHash } from 'node:crypto';
import type SQLite from 'better-sqlite3';
import { approvalContent, proposalVersionSnapshotSchema, type ProposalVersionSnapshot } from '@shared/proposal';

/**
 * Why a row of evidence cannot be trusted. A frozen version or an approval from a file (a backup,
 * a workspace archive) is taken only if it is what the app itself would have written: the content
 * hashes to the stored hash, and a decision was made by finance or an admin who did not ask.
 */
export type EvidenceProblem =
  | 'version_unreadable'
  | 'version_hash'
  | 'version_figures'
  | 'version_approval'
  | 'approval_unreadable'
  | 'approval_hash'
  | 'approval_no_decider'
  | 'approval_decider_role'
  | 'approval_decider_is_requester';

export interface EvidenceFailure {
  table: 'proposal_versions' | 'proposal_approvals';
  id: number;
  problem: EvidenceProblem;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function hasTable(sqlite: SQLite.Database, name: string): boolean {
  return sqlite.prepare(`select 1 from sqlite_master where type = 'table' and name = ?`).get(name) !== undefined;
}

interface ReadSnapshot {
  /** Checked against the snapshot schema. */
  data: ProposalVersionSnapshot;
  /** The hash of the content as stored: the JSON as written, not as the schema re-reads it. */
  hash: string;
}

function readSnapshot(json: string): ReadSnapshot | null {
  try {
    const raw = JSON.parse(json) as ProposalVersionSnapshot;
    const parsed = proposalVersionSnapshotSchema.safeParse(raw);
    if (!parsed.success) return null;
    return {
      data: parsed.data,
      hash: sha256(approvalContent({ proposalId: raw.proposalId, quoteId: raw.quoteId }, raw.document)),
    };
  } catch {
    return null;
  }
}

interface ApprovalRow {
  id: number;
  proposal_id: number;
  content_hash: string;
  snapshot: string;
  status: string;
  requested_by: number | null;
  decided_by: number | null;
  decider_role: string | null;
}

interface VersionRow {
  id: number;
  proposal_id: number;
  snapshot: string;
  content_hash: string;
  currency: string;
  total: number;
  approval_id: number | null;
}

function checkApproval(a: ApprovalRow): EvidenceProblem | null {
  const snapshot = readSnapshot(a.snapshot);
  if (!snapshot || snapshot.data.proposalId !== a.proposal_id) return 'approval_unreadable';
  if (snapshot.hash !== a.content_hash || snapshot.data.contentHash !== a.content_hash) return 'approval_hash';
  if (a.status === 'approved' || a.status === 'rejected') {
    if (a.decided_by === null || a.decider_role === null) return 'approval_no_decider';
    if (a.decided_by === a.requested_by) return 'approval_decider_is_requester';
    if (a.decider_role !== 'finance' && a.decider_role !== 'admin') return 'approval_decider_role';
  }
  return null;
}

function checkVersion(v: VersionRow, approvals: Map<number, ApprovalRow>): EvidenceProblem | null {
  const snapshot = readSnapshot(v.snapshot);
  if (!snapshot || snapshot.data.proposalId !== v.proposal_id) return 'version_unreadable';
  if (snapshot.hash !== v.content_hash || snapshot.data.contentHash !== v.content_hash) return 'version_hash';
  const computed = snapshot.data.document.computed;
  // The archive's summary columns must say what the snapshot says (the list shows them).
  if (computed.total !== v.total || computed.currency !== v.currency) return 'version_figures';
  if (v.approval_id !== null) {
    const approval = approvals.get(v.approval_id);
    if (
      !approval ||
      approval.status !== 'approved' ||
      approval.proposal_id !== v.proposal_id ||
      approval.content_hash !== v.content_hash
    )
      return 'version_approval';
  }
  return null;
}

/**
 * The first row of evidence that fails, approvals first (a version leans on its approval), in id
 * order; null when every one holds. Reads only: run on a file before it replaces the workspace.
 */
export function firstUntrustedRow(sqlite: SQLite.Database): EvidenceFailure | null {
  // Before migration 007 a workspace had no versions or approvals to check.
  if (!hasTable(sqlite, 'proposal_approvals') || !hasTable(sqlite, 'proposal_versions')) return null;
  const approvals = sqlite
    .prepare(
      `select a.id, a.proposal_id, a.content_hash, a.snapshot, a.status, a.requested_by, a.decided_by,
              u.role as decider_role
         from proposal_approvals a left join users u on u.id = a.decided_by
        order by a.id`,
    )
    .all() as ApprovalRow[];
  for (const a of approvals) {
    const problem = checkApproval(a);
    if (problem) return { table: 'proposal_approvals', id: a.id, problem };
  }
  const byId = new Map(approvals.map((a) => [a.id, a]));
  const versions = sqlite
    .prepare(
      `select id, proposal_id, snapshot, content_hash, currency, total, approval_id from proposal_versions order by id`,
    )
    .iterate() as IterableIterator<VersionRow>;
  for (const v of versions) {
    const problem = checkVersion(v, byId);
    if (problem) return { table: 'proposal_versions', id: v.id, problem };
  }
  return null;
}
