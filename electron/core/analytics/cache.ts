import { sql, type Kysely } from 'kysely';
import type { AccountAnalytics, ClientSettings } from '@shared/contract';
import { dayNumber, daysBetween } from '@shared/analytics/care';
import type { Database } from '../db/schema';
import { loadClientBases } from '../repos/account-facts';
import type { AnalyticsSettings } from './accounts';
import type { ClientBase } from './base';
import {
  assembleParts,
  dayChangeOf,
  loadAnalyticsGlobals,
  partOf,
  partOnDay,
  type AnalyticsGlobals,
  type ClientPart,
} from './load';

type Computed = { analytics: AccountAnalytics; settings: ClientSettings };

/**
 * The account analytics kept current at the cost of what changed (issue 18).
 *
 * Every write to a table the analytics read moves a data version (migration 020) and marks the
 * clients it touched with that version (migration 021), by triggers in the writer's transaction —
 * so a write by any path (another window, another app on the team database, a restore, a raw
 * statement) is seen. The cache keeps each client's base (analytics/base.ts: the facts as of a base
 * day, in a shape that gives the facts of any later day) and its own figures (ClientPart), and
 * redoes the cross-client parts (tiers, ranks, Pareto, counts) over all of them: sorting 10,000
 * small records costs a few milliseconds, reading them from the store a second
 * (bench/client-analytics.bench.ts). What changed decides what is redone:
 * - a write: the bases of the clients it marked are reloaded (as of the state's base day) and
 *   their figures recomputed;
 * - a new day: every client's figures that count days (since the last touch, the relationship's
 *   length) are redone from its kept facts, its calendar-year sums on 1 January, and its facts
 *   from its base in memory only once one of its dated facts crosses a window edge (base.ts
 *   factsValidUntil) — the day moves windows, dormancy, overdue money, projections, but no stored
 *   fact;
 * - the client settings (thresholds, relationship years): every client's figures, from memory;
 * - exchange rates: the figures of the clients with wins in a currency whose rates changed;
 * - the workspace settings (marked as client 0 with the two above): nothing unless the currency
 *   changed — every base is in the workspace currency, so that one is a full load;
 * - more clients marked than a filtered load is worth, a day before the base day (the clock went
 *   back), a base older than a year, or marks pruned past the state's version: a full load.
 *
 * One state per connection handle (a restore opens a new one, and its counter starts elsewhere).
 * The version is read before the data, so a state holds data at least as new as its version; a
 * client written after that is marked with a later version and reloaded again next time, which is
 * harmless. Refreshes of one handle run one after another, and concurrent callers of one version
 * and day share one refresh (the warm-up of analytics/warm.ts is one such caller).
 */
interface State {
  version: number;
  /** The day the bases are of (a full load's day); the figures are of `globals.today`. */
  baseDay: string;
  globals: AnalyticsGlobals;
  /** Each client's base, keyed by client id in id order. */
  bases: Map<number, ClientBase>;
  /** Each client's part on `globals.today`, in the same order. */
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
/**
 * A base keeps the dated facts from its day − 365 on; a year later it holds two years of them.
 * Past this age a refresh loads afresh (the warm-up rebases sooner, off the user's path).
 */
const MAX_BASE_AGE_DAYS = 366;
/** `analytics_dirty.client_id` of the mark saying "marks up to this version were pruned" (see pruneMarks). */
export const PRUNED_MARK = -1;

const entries = new WeakMap<object, Entry>();
/**
 * How each handle's refreshes went: tests check that the incremental path is the one taken, and
 * (`facts`: clients whose facts an incremental refresh made afresh; `yearSums`: clients whose
 * calendar-year sums alone a new year redid) that a new day redoes the facts of the clients with a
 * fact crossing a window edge only, 1 January included.
 */
type Refreshes = { full: number; incremental: number; facts: number; yearSums: number };
const counts = new WeakMap<object, Refreshes>();

export function analyticsRefreshes(db: Kysely<Database>): Refreshes {
  return { ...(counts.get(db) ?? { full: 0, incremental: 0, facts: 0, yearSums: 0 }) };
}

function count(db: Kysely<Database>, kind: keyof Refreshes, n = 1) {
  const c = counts.get(db) ?? { full: 0, incremental: 0, facts: 0, yearSums: 0 };
  c[kind] += n;
  counts.set(db, c);
}

export async function analyticsVersion(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ n: number | string }>`select n from analytics_version where id = 1`.execute(db);
  return String(rows[0]?.n ?? 'none');
}

/**
 * The clients marked by writes after `version` (0 stands for every client; PRUNED_MARK, when marks
 * after `version` may have been pruned). One statement: a prune commits its deletions and its
 * watermark together, so this sees both or neither.
 */
async function touchedSince(db: Kysely<Database>, version: number): Promise<number[]> {
  const { rows } = await sql<{
    client_id: number | string;
  }>`select client_id from analytics_dirty where n > ${version} order by client_id`.execute(db);
  return rows.map((r) => Number(r.client_id));
}

async function full(db: Kysely<Database>, version: number, today: string): Promise<State> {
  count(db, 'full');
  const globals = await loadAnalyticsGlobals(db, today);
  const bases = await loadClientBases(db, { currency: globals.currency, baseDay: today });
  const parts = new Map<number, ClientPart>();
  for (const [id, b] of bases) parts.set(id, partOf(b, globals));
  return {
    version,
    baseDay: today,
    globals,
    bases,
    parts,
    computed: { analytics: assembleParts([...parts.values()], globals), settings: globals.settings },
  };
}

/** The settings the figures read (the key-account criteria and festivals are read elsewhere). */
const FIGURE_SETTINGS: readonly (keyof AnalyticsSettings)[] = [
  'dozingDays',
  'halfAsleepDays',
  'asleepDays',
  'silenceDays',
  'pricePressureCount',
  'lostProposalsCount',
  'frequencyA',
  'frequencyB',
  'relationshipYears',
];

function sameFigureSettings(a: ClientSettings, b: ClientSettings): boolean {
  return FIGURE_SETTINGS.every((k) => a[k] === b[k]);
}

/** The currencies whose list of rates differs between two rate tables. */
function changedCurrencies(a: AnalyticsGlobals['rates'], b: AnalyticsGlobals['rates']): Set<string> {
  const changed = new Set<string>();
  for (const c of new Set([...a.keys(), ...b.keys()]))
    if (JSON.stringify(a.get(c) ?? []) !== JSON.stringify(b.get(c) ?? [])) changed.add(c);
  return changed;
}

async function refresh(db: Kysely<Database>, prev: State | undefined, version: number, today: string) {
  if (!prev || today < prev.baseDay || daysBetween(prev.baseDay, today) > MAX_BASE_AGE_DAYS)
    return full(db, version, today);
  const touched = version === prev.version ? [] : await touchedSince(db, prev.version);
  if (touched.includes(PRUNED_MARK) || touched.length > MAX_INCREMENTAL) return full(db, version, today);
  const newDay = today !== prev.globals.today;
  let globals: AnalyticsGlobals = newDay ? { ...prev.globals, today } : prev.globals;
  let everyClient = false;
  let rateCurrencies = new Set<string>();
  if (touched.includes(0)) {
    globals = await loadAnalyticsGlobals(db, today);
    if (globals.currency !== prev.globals.currency) return full(db, version, today);
    everyClient = !sameFigureSettings(globals.settings, prev.globals.settings);
    rateCurrencies = changedCurrencies(prev.globals.rates, globals.rates);
  }
  count(db, 'incremental');
  const ids = touched.filter((id) => id > 0);
  const fresh =
    ids.length > 0
      ? await loadClientBases(db, { currency: globals.currency, baseDay: prev.baseDay, clientIds: ids })
      : new Map();
  let bases = prev.bases;
  let reorder = false;
  if (ids.length > 0) {
    bases = new Map(prev.bases);
    for (const id of ids) {
      const b = fresh.get(id);
      if (b) {
        reorder ||= !bases.has(id); // a new client goes to the end of the map
        bases.set(id, b);
      } else bases.delete(id); // the client is gone
    }
    // Client id order, as the full load gives (the map keeps a replaced entry's place, so only a
    // new client calls for a sort).
    if (reorder) bases = new Map([...bases.entries()].sort(([a], [b]) => a - b));
  }
  // Which clients' parts to make afresh from their bases: every one after a settings change, the
  // reloaded ones and those converting with a changed rate. On a new day the others redo only their
  // figures that count days (and year sums in a new year), and their facts once one crosses a
  // window edge (load.ts partOnDay).
  const afresh = (id: number, b: ClientBase) =>
    everyClient ||
    fresh.has(id) ||
    (rateCurrencies.size > 0 && b.foreignWins.some((w) => rateCurrencies.has(w.currency)));
  const todayDay = dayNumber(today);
  const parts = new Map<number, ClientPart>();
  let redone = 0;
  let factsRedone = 0;
  let yearSumsRedone = 0;
  for (const [id, b] of bases) {
    const kept = prev.parts.get(id);
    if (!kept || afresh(id, b)) {
      parts.set(id, partOf(b, globals));
      factsRedone++;
    } else if (newDay) {
      const change = dayChangeOf(kept, today);
      if (change === 'facts') factsRedone++;
      else if (change === 'year') yearSumsRedone++;
      parts.set(id, partOnDay(kept, b, globals, todayDay));
    } else {
      parts.set(id, kept);
      continue;
    }
    redone++;
  }
  count(db, 'facts', factsRedone);
  count(db, 'yearSums', yearSumsRedone);
  // Nothing any figure reads changed (a workspace setting other than the currency, festivals, the
  // key-account criteria): the same analytics object, so the page's sorted lists are reused too.
  const same = redone === 0 && bases.size === prev.bases.size && !reorder && ids.length === 0;
  return {
    version,
    baseDay: prev.baseDay,
    globals,
    bases,
    parts,
    computed: {
      analytics: same
        ? prev.computed.analytics
        : assembleParts(
            [...parts.values()],
            globals,
            // No client reloaded or gone and no rate changed: every win converts as before (the
            // conversions do not depend on the day, and the currency is the same).
            ids.length === 0 && rateCurrencies.size === 0 ? prev.computed.analytics : undefined,
          ),
      settings: globals.settings,
    },
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

/** The warm-up rebases a state whose base is older than this (its dated facts span 13 months). */
const REBASE_AFTER_DAYS = 31;
/**
 * The marks of this many latest versions are kept when pruning: another window or server process
 * whose cache is a little behind still refreshes incrementally; one further behind loads afresh.
 */
const KEEP_VERSIONS = 1000;

/**
 * `analytics_dirty` holds a row per client touched: without pruning, one per client ever touched.
 * Marks up to a version this process's cache has consumed, less the latest KEEP_VERSIONS, are
 * (`keep`) deleted, and the PRUNED_MARK row records up to where — so any cache still at an older version
 * (another process on the team database) sees that mark in its next `touchedSince` and loads
 * afresh instead of missing a client. Deletion and watermark commit together.
 */
export async function pruneMarks(db: Kysely<Database>, consumed: number, keep = KEEP_VERSIONS): Promise<void> {
  const upTo = consumed - keep;
  if (upTo <= 0) return;
  await db.transaction().execute(async (trx) => {
    await sql`delete from analytics_dirty where n <= ${upTo} and client_id <> ${PRUNED_MARK}`.execute(trx);
    await sql`insert into analytics_dirty (client_id, n) values (${PRUNED_MARK}, ${upTo})
              on conflict (client_id) do update set n = excluded.n where analytics_dirty.n < excluded.n`.execute(trx);
  });
}

/**
 * Off the user's path (analytics/warm.ts): compute today's analytics if no request has, load afresh
 * a base grown older than a month (installed only if no refresh came meanwhile), and prune the
 * marks consumed. A request arriving meanwhile for the same version and day shares the computation.
 */
export async function warmAccountAnalytics(db: Kysely<Database>, today: string): Promise<void> {
  await cachedAccountAnalytics(db, today);
  const entry = entries.get(db);
  if (!entry) return;
  let state = await entry.state;
  if (daysBetween(state.baseDay, today) > REBASE_AFTER_DAYS) {
    const version = Number(await analyticsVersion(db));
    const rebased = await full(db, version, today);
    if (entries.get(db) === entry) {
      entries.set(db, { version, today, state: Promise.resolve(rebased) });
      state = rebased;
    }
  }
  await pruneMarks(db, state.version);
}
