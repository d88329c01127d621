import type { Kysely } from 'kysely';
import type { ProposalStatus, StatusChange } from '@shared/contract';
import type { LossReason } from '@shared/proposal';
import type { Database } from '../db/schema';

export interface NewStatusChange {
  proposalId: number;
  at: string;
  userId: number | null;
  from: ProposalStatus | null;
  to: ProposalStatus;
  reasonCode?: string | null;
  note?: string | null;
  version?: number | null;
}

/** Every status change, appended in the same transaction as the change itself. */
export async function appendStatusChange(db: Kysely<Database>, c: NewStatusChange): Promise<void> {
  await db
    .insertInto('proposal_status_history')
    .values({
      proposal_id: c.proposalId,
      at: c.at,
      user_id: c.userId,
      from_status: c.from,
      to_status: c.to,
      reason_code: c.reasonCode ?? null,
      note: c.note ?? null,
      version: c.version ?? null,
    })
    .execute();
}

export async function listStatusChanges(db: Kysely<Database>, proposalId: number): Promise<StatusChange[]> {
  const rows = await db
    .selectFrom('proposal_status_history as h')
    .leftJoin('users', 'users.id', 'h.user_id')
    .select([
      'h.id',
      'h.at',
      'h.from_status',
      'h.to_status',
      'h.reason_code',
      'h.note',
      'h.version',
      'users.name as user_name',
    ])
    .where('h.proposal_id', '=', proposalId)
    .orderBy('h.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    from: r.from_status as ProposalStatus | null,
    to: r.to_status as ProposalStatus,
    userName: r.user_name ?? null,
    reasonCode: r.reason_code as LossReason | null,
    note: r.note,
    version: r.version,
  }));
}
