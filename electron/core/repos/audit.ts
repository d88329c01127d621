import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { AuditEntry, AuditFilter } from '@shared/contract';
import { addDays } from '@shared/analytics/care';
import { localDayStart } from '@shared/dates/local';
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

type AuditQuery = SelectQueryBuilder<Database, 'audit_log', object>;

/** The filters as WHERE clauses; a local date range becomes the UTC instants it spans. */
function filtered(q: AuditQuery, f: Omit<AuditFilter, 'limit' | 'offset'>): AuditQuery {
  let out = q;
  if (f.userId !== undefined) out = out.where('audit_log.user_id', '=', f.userId);
  if (f.action !== undefined) out = out.where('audit_log.action', '=', f.action);
  if (f.entity !== undefined) out = out.where('audit_log.entity', '=', f.entity);
  if (f.entityId !== undefined) out = out.where('audit_log.entity_id', '=', f.entityId);
  if (f.from !== undefined) out = out.where('audit_log.at', '>=', localDayStart(f.from));
  if (f.to !== undefined) out = out.where('audit_log.at', '<', localDayStart(addDays(f.to, 1)));
  return out;
}

/** The names the objects carry now, for the kinds a person recognises by name. */
const LABELLED = {
  proposal: { table: 'proposals', column: 'title' },
  quote: { table: 'quotes', column: 'title' },
  client: { table: 'clients', column: 'name' },
} as const;

async function labelsOf(db: Kysely<Database>, rows: { entity: string | null; entityId: string | null }[]) {
  const labels = new Map<string, string>();
  for (const [kind, { table, column }] of Object.entries(LABELLED)) {
    const ids = [
      ...new Set(
        rows
          .filter((r) => r.entity === kind && r.entityId !== null && /^\d{1,10}$/.test(r.entityId))
          .map((r) => Number(r.entityId)),
      ),
    ];
    if (ids.length === 0) continue;
    const found = await db
      .selectFrom(table)
      .select(['id', `${column} as label`] as const)
      .where('id', 'in', ids)
      .execute();
    for (const f of found as { id: number; label: string }[]) labels.set(`${kind}:${f.id}`, f.label);
  }
  return labels;
}

/** One page of the trail under the filters, newest first, each object with its name. */
export async function listAudit(
  db: Kysely<Database>,
  f: AuditFilter,
): Promise<{ items: AuditEntry[]; hasMore: boolean }> {
  // One row beyond the page says whether there is a next one, without counting the whole trail.
  const fetched = await filtered(db.selectFrom('audit_log'), f)
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
    .limit(f.limit + 1)
    .offset(f.offset)
    .execute();
  const rows = fetched.slice(0, f.limit);
  const labels = await labelsOf(db, rows);
  return {
    items: rows.map((r) => ({
      ...r,
      userName: r.userName ?? null,
      entityLabel: r.entity && r.entityId ? (labels.get(`${r.entity}:${r.entityId}`) ?? null) : null,
    })),
    hasMore: fetched.length > f.limit,
  };
}

/** The people the "who" filter offers: every user (a small table), whether or not they acted yet. */
export async function auditActors(db: Kysely<Database>) {
  return db.selectFrom('users').select(['id', 'name']).orderBy('name').orderBy('id').execute();
}
