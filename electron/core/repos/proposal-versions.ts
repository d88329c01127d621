import type { Insertable, Kysely } from 'kysely';
import type { VersionSummary } from '@shared/contract';
import type { Database } from '../db/schema';
import type { ProposalVersionsTable } from '../db/schema-proposals';

/**
 * Sent versions: insert and read, nothing else. There is deliberately no update or delete here,
 * and the store's triggers refuse them from anywhere else too.
 */
export async function insertVersion(db: Kysely<Database>, values: Insertable<ProposalVersionsTable>): Promise<void> {
  await db.insertInto('proposal_versions').values(values).execute();
}

export async function latestVersion(db: Kysely<Database>, proposalId: number) {
  return db
    .selectFrom('proposal_versions')
    .select(['number', 'content_hash', 'sent_at'])
    .where('proposal_id', '=', proposalId)
    .orderBy('number', 'desc')
    .executeTakeFirst();
}

function summaryQuery(db: Kysely<Database>, proposalId: number) {
  return db
    .selectFrom('proposal_versions as v')
    .leftJoin('users as sender', 'sender.id', 'v.sent_by')
    .leftJoin('proposal_approvals as a', 'a.id', 'v.approval_id')
    .leftJoin('users as approver', 'approver.id', 'a.decided_by')
    .select([
      'v.number',
      'v.sent_at',
      'sender.name as sent_by_name',
      'v.content_hash',
      'v.currency',
      'v.total',
      'v.margin_percent',
      'v.language',
      'approver.name as approver_name',
      'v.no_pre_communication_reason',
      'v.snapshot',
    ])
    .where('v.proposal_id', '=', proposalId);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['execute']>>[number];

function toSummary(r: SummaryRow): VersionSummary {
  return {
    number: r.number,
    sentAt: r.sent_at,
    sentBy: r.sent_by_name ?? null,
    contentHash: r.content_hash,
    currency: r.currency as VersionSummary['currency'],
    total: r.total,
    marginPercent: r.margin_percent,
    language: r.language as VersionSummary['language'],
    approvedBy: r.approver_name ?? null,
    noPreCommunicationReason: r.no_pre_communication_reason,
  };
}

export async function listVersions(db: Kysely<Database>, proposalId: number): Promise<VersionSummary[]> {
  const rows = await summaryQuery(db, proposalId).orderBy('v.number').execute();
  return rows.map(toSummary);
}

export async function findVersion(db: Kysely<Database>, proposalId: number, number: number) {
  const row = await summaryQuery(db, proposalId).where('v.number', '=', number).executeTakeFirst();
  return row && { summary: toSummary(row), snapshot: row.snapshot };
}

/** A file a version used, stored once by its SHA-256 (insert-only, like versions). */
export async function keepAsset(db: Kysely<Database>, sha256: string, bytes: Uint8Array): Promise<void> {
  // Looked up first: an insert of a hash already kept is refused by the store (no replace).
  const kept = await db
    .selectFrom('proposal_version_assets')
    .select('sha256')
    .where('sha256', '=', sha256)
    .executeTakeFirst();
  if (!kept) await db.insertInto('proposal_version_assets').values({ sha256, bytes }).execute();
}
