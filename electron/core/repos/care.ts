import type { Kysely } from 'kysely';
import * as z from 'zod';
import { VISIT_SIGNALS, type VisitSignal } from '@shared/contract';
import type { Complaint, ComplaintInput, SurveyInput, Visit, VisitInput } from '@shared/contract';
import type { AspectScores, DimensionScores } from '@shared/analytics/satisfaction';
import { daysBetween } from '@shared/analytics/care';
import type { Database } from '../db/schema';

/** The stored JSON array, keeping only known signals (the column is written by saveVisit only). */
function parseSignals(json: string): VisitSignal[] {
  const parsed = z.array(z.string()).safeParse(JSON.parse(json));
  return parsed.success
    ? parsed.data.filter((s): s is VisitSignal => (VISIT_SIGNALS as readonly string[]).includes(s))
    : [];
}

/** Visits, complaints and surveys of one client: the record's care history. */

export async function listVisits(db: Kysely<Database>, clientId: number): Promise<Visit[]> {
  const rows = await db
    .selectFrom('visits')
    .leftJoin('contacts', 'contacts.id', 'visits.contact_id')
    .leftJoin('users', 'users.id', 'visits.owner_id')
    .selectAll('visits')
    .select(['contacts.name as contactName', 'users.name as ownerName'])
    .where('visits.client_id', '=', clientId)
    .orderBy('visits.visited_on', 'desc')
    .orderBy('visits.id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    clientId: r.client_id,
    visitedOn: r.visited_on,
    contactId: r.contact_id,
    contactName: r.contactName ?? null,
    purpose: r.purpose,
    plan: r.plan,
    outcome: r.outcome,
    nextStep: r.next_step,
    signals: parseSignals(r.signals),
    ownerName: r.ownerName ?? null,
  }));
}

/** Insert or update; undefined when the id to update does not exist for that client. */
export async function saveVisit(
  db: Kysely<Database>,
  v: VisitInput,
  ownerId: number | null,
  at: string,
): Promise<number | undefined> {
  const values = {
    client_id: v.clientId,
    contact_id: v.contactId,
    visited_on: v.visitedOn,
    purpose: v.purpose,
    plan: v.plan,
    outcome: v.outcome,
    next_step: v.nextStep,
    signals: JSON.stringify([...new Set(v.signals)]),
  };
  if (v.id === undefined) {
    const row = await db
      .insertInto('visits')
      .values({ ...values, owner_id: ownerId, created_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }
  const r = await db
    .updateTable('visits')
    .set(values)
    .where('id', '=', v.id)
    .where('client_id', '=', v.clientId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0 ? v.id : undefined;
}

export async function listComplaints(db: Kysely<Database>, clientId: number): Promise<Complaint[]> {
  const rows = await db
    .selectFrom('complaints')
    .leftJoin('users', 'users.id', 'complaints.responder_id')
    .selectAll('complaints')
    .select('users.name as responderName')
    .where('complaints.client_id', '=', clientId)
    .orderBy('complaints.received_on', 'desc')
    .orderBy('complaints.id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    clientId: r.client_id,
    receivedOn: r.received_on,
    receivedBy: r.received_by,
    responderId: r.responder_id,
    responderName: r.responderName ?? null,
    severity: r.severity,
    description: r.description,
    resolution: r.resolution,
    resolvedOn: r.resolved_on ?? '',
    daysToResolve: r.resolved_on ? daysBetween(r.received_on, r.resolved_on) : null,
  }));
}

export async function saveComplaint(db: Kysely<Database>, c: ComplaintInput, at: string): Promise<number | undefined> {
  const values = {
    client_id: c.clientId,
    received_on: c.receivedOn,
    received_by: c.receivedBy,
    responder_id: c.responderId,
    severity: c.severity,
    description: c.description,
    resolution: c.resolution,
    resolved_on: c.resolvedOn === '' ? null : c.resolvedOn,
  };
  if (c.id === undefined) {
    const row = await db
      .insertInto('complaints')
      .values({ ...values, created_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }
  const r = await db
    .updateTable('complaints')
    .set(values)
    .where('id', '=', c.id)
    .where('client_id', '=', c.clientId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0 ? c.id : undefined;
}

export interface StoredSurvey {
  id: number;
  clientId: number;
  surveyedOn: string;
  dimensions: DimensionScores;
  aspects: AspectScores;
  note: string;
}

export async function listSurveys(db: Kysely<Database>, clientId: number): Promise<StoredSurvey[]> {
  const rows = await db
    .selectFrom('surveys')
    .selectAll()
    .where('client_id', '=', clientId)
    .orderBy('surveyed_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    clientId: r.client_id,
    surveyedOn: r.surveyed_on,
    dimensions: JSON.parse(r.dimensions) as DimensionScores,
    aspects: JSON.parse(r.aspects) as AspectScores,
    note: r.note,
  }));
}

export async function saveSurvey(db: Kysely<Database>, s: SurveyInput, at: string): Promise<number | undefined> {
  const values = {
    client_id: s.clientId,
    surveyed_on: s.surveyedOn,
    dimensions: JSON.stringify(s.dimensions),
    aspects: JSON.stringify(s.aspects),
    note: s.note,
  };
  if (s.id === undefined) {
    const row = await db
      .insertInto('surveys')
      .values({ ...values, created_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }
  const r = await db
    .updateTable('surveys')
    .set(values)
    .where('id', '=', s.id)
    .where('client_id', '=', s.clientId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0 ? s.id : undefined;
}

/** Everything the care calendar recurs on: contacts' birthdays, clients' dates (not of let-go clients), festivals. */
export async function careDates(db: Kysely<Database>, clientId?: number) {
  let birthdays = db
    .selectFrom('contacts')
    .innerJoin('clients', 'clients.id', 'contacts.client_id')
    .select([
      'contacts.name as contactName',
      'contacts.birthday as date',
      'clients.id as clientId',
      'clients.name as clientName',
    ])
    .where('contacts.birthday', 'is not', null)
    .where('clients.status', '!=', 'let_go');
  let clientDates = db
    .selectFrom('client_dates')
    .innerJoin('clients', 'clients.id', 'client_dates.client_id')
    .select(['client_dates.label', 'client_dates.date', 'clients.id as clientId', 'clients.name as clientName'])
    .where('clients.status', '!=', 'let_go');
  if (clientId !== undefined) {
    birthdays = birthdays.where('clients.id', '=', clientId);
    clientDates = clientDates.where('clients.id', '=', clientId);
  }
  return {
    birthdays: (await birthdays.execute()).map((b) => ({ ...b, date: b.date! })),
    clientDates: await clientDates.execute(),
    festivals: await db.selectFrom('festivals').select(['name', 'date']).execute(),
  };
}

export type LogTable = 'visits' | 'complaints' | 'surveys';

/**
 * Remove one log entry of a client; the row as it was, for the audit trail (undefined when there
 * was none for that client).
 */
export async function deleteLogEntry(
  db: Kysely<Database>,
  table: LogTable,
  id: number,
  clientId: number,
): Promise<Record<string, unknown> | undefined> {
  const row = await db
    .selectFrom(table)
    .selectAll()
    .where('id', '=', id)
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  if (!row) return undefined;
  await db.deleteFrom(table).where('id', '=', id).execute();
  return row as Record<string, unknown>;
}
