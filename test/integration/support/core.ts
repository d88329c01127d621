import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type SQLite from 'better-sqlite3';
import { sql, type RawBuilder } from 'kysely';
import pgClient from 'pg';
import { openCore, type Core, type CoreOptions } from '../../../electron/core';
import { createMemoryLogger } from '../../../electron/common/log';
import type { WorkspaceSetup } from '@shared/contract';
import { copyDemoWorkspace, demoTemplateDatabase } from '../../support/demo-workspace';
import { createTestDatabase, testEngine, type TestDatabase, type TestEngine } from '../../support/engine';

export interface TestCore {
  core: Core;
  engine: TestEngine;
  dir: string;
  /** The workspace file (SQLite) — or, on PostgreSQL, the test database's name. */
  dbPath: string;
  /** On PostgreSQL: the test database (its URLs as the server's role and as the owner). */
  pg: TestDatabase | null;
  log: ReturnType<typeof createMemoryLogger>;
  /** Call and unwrap: a refusal fails the test with its message. Without a user: as `defaultUserId`. */
  ok<T = unknown>(name: string, args?: unknown, userId?: number): Promise<T>;
  /** Hand-written SQL on the core's own connection (the server's role on PostgreSQL). */
  rows<T = Record<string, unknown>>(query: RawBuilder<unknown>): Promise<T[]>;
  /** The same with `?` placeholders, as better-sqlite3 takes them: the rows (add `returning id` for ids). */
  query<T = Record<string, unknown>>(text: string, ...params: unknown[]): Promise<T[]>;
  /**
   * A set-up script run as the store's owner (the file on SQLite; the owner role on PostgreSQL, for
   * what the server's role may not do, e.g. create a trigger), in each engine's own words.
   */
  asOwner(script: { sqlite: string; postgres: string }): Promise<void>;
  /**
   * Who `ok` acts as when the test names nobody. Unset: nobody, which in a solo (or unclaimed)
   * workspace means its one user; a test of a workspace where everyone signs in sets it.
   */
  defaultUserId?: number;
  dispose(): Promise<void>;
}

/**
 * A real workspace, with results checked against the contract: a file in a fresh temp dir on the
 * SQLite project, a fresh database copied from the migrated template on the PostgreSQL project.
 * With `demo`: the workspace as that `workspace.setup` call leaves it at the clock's instant, copied
 * from the run's played demo (test/support/demo-workspace.ts) rather than played again.
 */
export async function openTestCore(
  now?: () => Date,
  options: { demo?: WorkspaceSetup } & Pick<CoreOptions, 'warmAnalytics'> = {},
): Promise<TestCore> {
  const engine = testEngine();
  const dir = mkdtempSync(join(tmpdir(), 'workbench-test-'));
  const log = createMemoryLogger();
  const demo = options.demo;
  // The instant the test's own setup call would have read from its clock (null: the real clock).
  const at = demo && now ? now() : null;
  const pg =
    engine === 'postgres'
      ? await createTestDatabase(demo ? { template: await demoTemplateDatabase(demo, at) } : {})
      : null;
  const dbPath = pg ? pg.name : join(dir, 'workbench.db');
  if (!pg && demo) await copyDemoWorkspace(dbPath, demo, at);
  const core = pg
    ? await openCore({
        team: { url: pg.url, ownerUrl: pg.ownerUrl, poolMax: 4 },
        log,
        now,
        validateResults: true,
        warmAnalytics: options.warmAnalytics,
      })
    : await openCore({ dbPath, log, now, validateResults: true, warmAnalytics: options.warmAnalytics });
  // A copied demo file is a workspace with data, so opening it starts the integrity check and the
  // daily backup in the background (a new file needs neither). Let them finish first, as in a
  // workspace open for a while: a backup the test makes is then the newest, as it was after playing.
  if (demo && core.workspace.kind === 'file') await core.workspace.idle();
  const t: TestCore = {
    core,
    engine,
    dir,
    dbPath,
    pg,
    log,
    async ok<T>(name: string, args: unknown = {}, userId?: number) {
      const r = await core.call(name, args, { userId: userId ?? t.defaultUserId });
      if (!r.ok)
        throw new Error(
          `${name} refused: ${r.error.code} ${r.error.messages.en} ${JSON.stringify(r.error.issues ?? [])}`,
        );
      return r.result as T;
    },
    async rows<T>(query: RawBuilder<unknown>) {
      return (await query.execute(core.store.db)).rows as T[];
    },
    async query<T>(text: string, ...params: unknown[]) {
      return (await withPlaceholders(text, params).execute(core.store.db)).rows as T[];
    },
    async asOwner(script) {
      const store = core.store;
      if (store.engine === 'sqlite') {
        store.sqlite.exec(script.sqlite);
        return;
      }
      const client = new pgClient.Client({ connectionString: pg!.ownerUrl });
      await client.connect();
      try {
        await client.query(script.postgres);
      } finally {
        await client.end();
      }
    },
    async dispose() {
      await core.close();
      await pg?.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return t;
}

/** The demo agency as most tests set it up: by its admin 王经理, in Chinese. */
export const DEMO_SETUP = { mode: 'demo', adminName: '王经理', companyName: '星火传播', language: 'zh-CN' } as const;

/** The demo agency, set up by its admin 王经理 with the password `admin password 1`. */
export const DEMO_SETUP_SIGNED = { ...DEMO_SETUP, adminPassword: 'admin password 1' } as const;

/**
 * Play the demo on an open workspace, through the set-up call itself: for tests of the set-up. A
 * test that only needs the demo's data opens a copy with `openDemoCore` (seconds less per test).
 */
export async function setUpDemo(t: TestCore): Promise<void> {
  await t.ok('workspace.setup', DEMO_SETUP_SIGNED);
}

/**
 * A workspace holding the demo agency as `workspace.setup` with `setup` leaves it (a copy of the
 * run's played demo): for tests that need the demo's data, not for tests of the demo or the set-up.
 */
export function openDemoCore(now?: () => Date, setup: WorkspaceSetup = DEMO_SETUP): Promise<TestCore> {
  return openTestCore(now, { demo: setup });
}

/** The user tables of the open store, in name order (derived FTS5 shadow tables left out). */
async function tableNames(core: Core): Promise<string[]> {
  const store = core.store;
  if (store.engine === 'postgres') {
    const { rows } = await sql<{ name: string }>`select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name collate "C"`.execute(store.db);
    return rows.map((r) => r.name);
  }
  return (
    store.sqlite
      .prepare(
        // FTS5's WITHOUT ROWID shadow tables have no rowid to order by (and hold only derived data).
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and sql not like '%WITHOUT ROWID%' order by name",
      )
      .all() as { name: string }[]
  ).map((r) => r.name);
}

/** Every row of every table, as one string: "nothing changed" is a comparison of two of these. */
export async function snapshotTables(core: Core): Promise<string> {
  const store = core.store;
  const out: [string, unknown[]][] = [];
  for (const name of await tableNames(core)) {
    if (store.engine === 'postgres') {
      const { rows } = await sql`select * from ${sql.table(name)} t order by t::text collate "C"`.execute(store.db);
      out.push([name, rows]);
    } else out.push([name, store.sqlite.prepare(`select * from "${name}" order by rowid`).all()]);
  }
  return JSON.stringify(out, (_k, v: unknown) =>
    v instanceof Uint8Array || (v as { type?: string })?.type === 'Buffer'
      ? Buffer.from(v as Uint8Array).toString('hex')
      : v,
  );
}

/** `a = ? and b = ?` with its values → a Kysely query that binds them (either engine's syntax). */
export function withPlaceholders(text: string, params: unknown[]): RawBuilder<unknown> {
  const pieces = text.split('?');
  if (pieces.length - 1 !== params.length)
    throw new Error(`${params.length} values for ${pieces.length - 1} placeholders`);
  let q: RawBuilder<unknown> = sql.raw(pieces[0]!);
  for (let i = 0; i < params.length; i++) q = sql`${q}${params[i]}${sql.raw(pieces[i + 1]!)}`;
  return q;
}

/**
 * The SQLite connection of a file workspace, for the tests that are about SQLite itself (query plans)
 * or not yet written engine-neutrally (vitest.config.ts lists those for the SQLite project only).
 */
export function sqliteOf(core: Core): SQLite.Database {
  const store = core.store;
  if (store.engine !== 'sqlite') throw new Error('this test needs an SQLite workspace');
  return store.sqlite;
}
