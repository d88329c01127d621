import type { Kysely } from 'kysely';
import type { AuditEntry } from '@shared/contract';
import type { Database } from '../db/schema';

export interface AuditRecord {
  at: string;
  userId: number | null;
  action: string;
  entity?: string | null;
  entityId?: string | number | null;
  detail?: unknown;
}

export async function appendAudit(db: Kysely<Database>, r: AuditRecord): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: r.at,
      user_id: r.userId,
      action: r.action,
      entity: r.entity ?? null,
      entity_id: r.entityId == null ? null : String(r.entityId),
      detail: r.detail === undefined ? null : JSON.stringify(r.detail),
    })
    .execute();
}

export async function listAudit(db: Kysely<Database>, limit: number): Promise<AuditEntry[]> {
  const rows = await db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.user_id')
    .select([
      'audit_log.id',
      'audit_log.at',
      'users.name as userName',
      'audit_log.action',
      'audit_log.entity',
      'audit_log.entity_id as entityId',
    ])
    .orderBy('audit_log.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, userName: r.userName ?? null }));
}
