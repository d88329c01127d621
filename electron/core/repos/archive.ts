import type { Kysely } from 'kysely';
import type { ArchiveFilters, ArchiveSort, SavedSearch } from '@shared/contract';
import type { TimelineSources } from '@shared/archive/timeline';
import type { Database } from '../db/schema';

/** The archive's reads beside the search itself: browsing, names for hits, saved searches, timelines. */

export async function namesOf(db: Kysely<Database>, clientIds: number[], userIds: number[]) {
  const clients = clientIds.length
    ? await db.selectFrom('clients').select(['id', 'name']).where('id', 'in', clientIds).execute()
    : [];
  const users = userIds.length
    ? await db.selectFrom('users').select(['id', 'name']).where('id', 'in', userIds).execute()
    : [];
  return { clients: new Map(clients.map((c) => [c.id, c.name])), users: new Map(users.map((u) => [u.id, u.name])) };
}

export async function versionNumbers(db: Kysely<Database>, versionIds: number[]): Promise<Map<number, number>> {
  if (versionIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('proposal_versions')
    .select(['id', 'number'])
    .where('id', 'in', versionIds)
    .execute();
  return new Map(rows.map((r) => [r.id, r.number]));
}

export async function filterOptions(db: Kysely<Database>) {
  const clients = await db.selectFrom('clients').select(['id', 'name']).orderBy('name').execute();
  const owners = await db.selectFrom('users').select(['id', 'name']).orderBy('name').execute();
  return { clients, owners };
}

// ---- saved searches

interface Stored {
  filters: ArchiveFilters;
  sort: ArchiveSort;
}

export async function listSavedSearches(db: Kysely<Database>, userId: number | null): Promise<SavedSearch[]> {
  let q = db.selectFrom('saved_searches').selectAll().orderBy('name').orderBy('id');
  q = userId === null ? q.where('user_id', 'is', null) : q.where('user_id', '=', userId);
  const rows = await q.execute();
  return rows.map((r) => {
    const stored = JSON.parse(r.filters) as Stored;
    return {
      id: r.id,
      name: r.name,
      query: r.query,
      filters: stored.filters,
      sort: stored.sort,
      createdAt: r.created_at,
    };
  });
}

export async function insertSavedSearch(
  db: Kysely<Database>,
  s: { userId: number | null; name: string; query: string; filters: ArchiveFilters; sort: ArchiveSort; at: string },
): Promise<number> {
  const stored: Stored = { filters: s.filters, sort: s.sort };
  const row = await db
    .insertInto('saved_searches')
    .values({ user_id: s.userId, name: s.name, query: s.query, filters: JSON.stringify(stored), created_at: s.at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Only the owner's own saved search goes; false when there is none of that id for them. */
export async function deleteSavedSearch(db: Kysely<Database>, id: number, userId: number | null): Promise<boolean> {
  let q = db.deleteFrom('saved_searches').where('id', '=', id);
  q = userId === null ? q.where('user_id', 'is', null) : q.where('user_id', '=', userId);
  const result = await q.executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

// ---- timeline

export async function timelineHeader(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('proposals as p')
    .innerJoin('clients as c', 'c.id', 'p.client_id')
    .leftJoin('users as u', 'u.id', 'p.owner_id')
    .select(['p.id', 'p.title', 'p.client_id', 'c.name as client_name', 'u.name as owner_name', 'p.status'])
    .where('p.id', '=', id)
    .executeTakeFirst();
}

export async function timelineSources(db: Kysely<Database>, id: number): Promise<TimelineSources> {
  const changes = await db
    .selectFrom('proposal_status_history as h')
    .leftJoin('users as u', 'u.id', 'h.user_id')
    .select(['h.at', 'u.name as by', 'h.from_status', 'h.to_status', 'h.reason_code', 'h.note', 'h.version'])
    .where('h.proposal_id', '=', id)
    .orderBy('h.id')
    .execute();
  const versions = await db
    .selectFrom('proposal_versions')
    .select(['number', 'sent_at', 'total', 'currency', 'margin_percent'])
    .where('proposal_id', '=', id)
    .orderBy('number')
    .execute();
  const approvals = await db
    .selectFrom('proposal_approvals as a')
    .leftJoin('users as r', 'r.id', 'a.requested_by')
    .leftJoin('users as d', 'd.id', 'a.decided_by')
    .select([
      'a.id',
      'a.requested_at',
      'r.name as requested_by',
      'a.request_note',
      'a.status',
      'a.decided_at',
      'd.name as decided_by',
      'a.comment',
    ])
    .where('a.proposal_id', '=', id)
    .orderBy('a.id')
    .execute();
  return {
    changes: changes.map((c) => ({
      at: c.at,
      by: c.by ?? null,
      from: c.from_status,
      to: c.to_status,
      reasonCode: c.reason_code,
      note: c.note,
      version: c.version,
    })),
    versions: versions.map((v) => ({
      number: v.number,
      sentAt: v.sent_at,
      total: v.total,
      currency: v.currency,
      marginPercent: v.margin_percent,
    })),
    approvals: approvals.map((a) => ({
      id: a.id,
      requestedAt: a.requested_at,
      requestedBy: a.requested_by ?? null,
      note: a.request_note,
      status: a.status,
      decidedAt: a.decided_at,
      decidedBy: a.decided_by ?? null,
      comment: a.comment,
    })),
  };
}
