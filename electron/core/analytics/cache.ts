import { sql, type Kysely } from 'kysely';
import type { AccountAnalytics, ClientSettings } from '@shared/contract';
import type { Database } from '../db/schema';
import { assembleParts, loadAnalyticsGlobals, loadClientParts, type AnalyticsGlobals, type ClientPart } from './load';

type Computed = { analytics: AccountAnalytics; settings: ClientSettings };

/**
 * The account analytics kept current at the cost of what each write touched (issue 18).
 *
 * Every write to a table the analytics read moves a data version (migration 020) and marks the
 * clients it touched with that version (migration 021), by triggers in the writer's transaction —
 * so a write by any path (another window, another app on the team database, a restore, a raw
 * statement) is seen. The cache keeps each client's own figures (ClientPart); after writes it
 * reloads and recomputes only the clients marked since its version, then redoes the cross-client
 * parts (tiers, ranks, Pareto, counts) over all of them: sorting 10,000 small records costs a few
 * milliseconds, computing them from the store a second (bench/client-analytics.bench.ts).
 *
 * Everything is recomputed when every client's figures may have moved: a new day (dormancy, the
 * 12-month window, "this year", a planned visit that becomes past, overdue payments), a change of
 * the workspace or client settings or of exchange rates (marked as client 0), or more clients
 * marked than a filtered load is worth. The day change is not made incremental: which clients an
 * advancing window touches would need every dated fact re-read anyway; it costs one full
 * computation per day, as the first look after opening the workspace does.
 *
 * One state per connection handle (a restore opens a new one, and its counter starts elsewhere).
 * The version is read before the data, so a state holds data at least as new as its version; a
 * client written after that is marked with a later version and reloaded again next time, which is
 * harmless. Refreshes of one handle run one after another, and concurrent callers of one version
 * share one refresh.
 */
interface State {
  version: number;
  globals: AnalyticsGlobals;
  /** Each client's part, keyed by client id. */
  parts: Map<number, ClientPart>;
  computed: Computed;
}

interface Entry {
  version: number;
  today: string;
  state: Promise<State>;
}

/** Above this many touched clients, one full load is cheaper than a filtered one (and its IN list stays short). */
const MAX_INCREMENTAL = 500;

const entries = new WeakMap<object, Entry>();
/** How each handle's refreshes went: tests check that the incremental path is the one taken. */
const counts = new WeakMap<object, { full: number; incremental: number }>();

export function analyticsRefreshes(db: Kysely<Database>): { full: number; incremental: number } {
  return { ...(counts.get(db) ?? { full: 0, incremental: 0 }) };
}

function count(db: Kysely<Database>, kind: 'full' | 'incremental') {
  const c = counts.get(db) ?? { full: 0, incremental: 0 };
  c[kind]++;
  counts.set(db, c);
}

export async function analyticsVersion(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ n: number | string }>`select n from analytics_version where id = 1`.execute(db);
  return String(rows[0]?.n ?? 'none');
}

/** The clients marked by writes after `version` (0 stands for every client). */
async function touchedSince(db: Kysely<Database>, version: number): Promise<number[]> {
  const { rows } = await sql<{
    client_id: number | string;
  }>`select client_id from analytics_dirty where n > ${version} order by client_id`.execute(db);
  return rows.map((r) => Number(r.client_id));
}

async function full(db: Kysely<Database>, version: number, today: string): Promise<State> {
  count(db, 'full');
  const globals = await loadAnalyticsGlobals(db, today);
  const parts = await loadClientParts(db, globals);
  return {
    version,
    globals,
    parts,
    computed: { analytics: assembleParts([...parts.values()], globals), settings: globals.settings },
  };
}

async function refresh(db: Kysely<Database>, prev: State | undefined, version: number, today: string) {
  if (!prev || prev.globals.today !== today) return full(db, version, today);
  const touched = await touchedSince(db, prev.version);
  if (touched.includes(0) || touched.length > MAX_INCREMENTAL) return full(db, version, today);
  count(db, 'incremental');
  const fresh = await loadClientParts(db, prev.globals, touched);
  const parts = new Map(prev.parts);
  let reorder = false;
  for (const id of touched) {
    const part = fresh.get(id);
    if (part) {
      reorder ||= !parts.has(id); // a new client goes to the end of the map
      parts.set(id, part);
    } else parts.delete(id); // the client is gone
  }
  // The figures are listed in client id order, as the full load orders them (the map keeps its
  // order when a client's part is replaced, so only a new client calls for a sort).
  const ordered = reorder ? [...parts.keys()].sort((a, b) => a - b).map((id) => parts.get(id)!) : [...parts.values()];
  return {
    version,
    globals: prev.globals,
    parts,
    computed: { analytics: assembleParts(ordered, prev.globals), settings: prev.globals.settings },
  };
}

export async function cachedAccountAnalytics(db: Kysely<Database>, today: string): Promise<Computed> {
  const read = await analyticsVersion(db);
  const version = Number(read);
  const entry = entries.get(db);
  if (entry && entry.version === version && entry.today === today) return (await entry.state).computed;
  // After the refresh before this one (if any) settles: its state is the base of this one.
  const prev = entry?.state.catch(() => undefined);
  const state = (async () => refresh(db, await prev, version, today))();
  const next: Entry = { version, today, state };
  entries.set(db, next);
  // A failed refresh is not kept: the next call starts from scratch.
  state.catch(() => {
    if (entries.get(db) === next) entries.delete(db);
  });
  return (await state).computed;
}
