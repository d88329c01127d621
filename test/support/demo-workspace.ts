import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type { WorkspaceSetup } from '@shared/contract';
import { localToday } from '@shared/dates/local';
import { openCore, type Core } from '../../electron/core';
import { createMemoryLogger } from '../../electron/common/log';
import { createTestDatabase, type TestDatabase } from './engine';
import { DEMO_DB_PREFIX } from './postgres-urls';

/**
 * The demo agency, played once per run and copied into each test that needs "a demo workspace".
 *
 * Playing the demo goes through the real proposal and approval writes (seconds of CPU each time, more
 * on PostgreSQL); dozens of test set-ups did it over and over. Here the first test that asks for a
 * demo set up with given arguments at a given moment plays it through the public entry, the
 * `workspace.setup` call (so it follows whatever the seed becomes); later ones get a byte copy of
 * that workspace: a file copy of the closed, checkpointed SQLite file, or a PostgreSQL database made
 * `TEMPLATE` of the played one. Tests about the demo or the first run themselves keep playing it.
 *
 * The setup call is a function of its arguments and of one instant (the dispatcher reads the clock
 * once per call and hands the handlers that Date): a test with its own clock gets a copy played at
 * exactly its clock's instant. A test on the real clock gets one played earlier in the same run on
 * the same day (UTC and local), the state of a demo set up minutes before the test opened it.
 */

/** The moment the setup is played at: a test's own clock's instant, or `null` for the real clock. */
export type DemoMoment = Date | null;

/** Set by the global set-up (demo-cache-global.ts): a folder that lives as long as the run. */
function cacheDir(): string {
  let dir: string | undefined;
  try {
    dir = inject('demoCacheDir');
  } catch {
    dir = undefined;
  }
  // Outside vitest (the screenshot tours run under tsx) or in a project without the global
  // set-up: a cache of this process's own, gone when it exits.
  if (!dir) dir = processCache();
  return dir;
}
let ownCache: string | undefined;
function processCache(): string {
  if (ownCache) return ownCache;
  const dir = mkdtempSync(join(tmpdir(), 'workbench-demo-cache-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return (ownCache = dir);
}

/** One name per (engine, arguments, instant): real-clock copies are per day, both UTC and local. */
function demoKey(engine: string, setup: WorkspaceSetup, at: DemoMoment): string {
  const now = new Date();
  const when = at ? at.toISOString() : `real ${now.toISOString().slice(0, 10)} ${localToday(now)}`;
  return createHash('sha256')
    .update(JSON.stringify([engine, when, Object.entries(setup).sort(([a], [b]) => a.localeCompare(b))]))
    .digest('hex')
    .slice(0, 24);
}

/** Play the setup on an open core exactly as a test's own `workspace.setup` call would. */
async function playSetup(core: Core, setup: WorkspaceSetup): Promise<void> {
  const r = await core.call('workspace.setup', setup, {});
  if (!r.ok) throw new Error(`demo set-up refused: ${r.error.code} ${r.error.messages.en}`);
}

function failOnLoggedErrors(log: ReturnType<typeof createMemoryLogger>): void {
  // A test whose own set-up logged an error would have seen it; the copy must not hide one.
  const errors = log.entries.filter((e) => e.level === 'error');
  if (errors.length > 0) throw new Error(`The demo set-up logged errors: ${JSON.stringify(errors, null, 2)}`);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The closed, checkpointed SQLite file of the demo set up with `setup` at `at`; built by whichever
 * worker asks first (a lock folder keeps the other from building it twice). Copy it, never open it.
 */
export async function demoWorkspaceFile(setup: WorkspaceSetup, at: DemoMoment): Promise<string> {
  const dir = cacheDir();
  const file = join(dir, `demo-${demoKey('sqlite', setup, at)}.db`);
  const lock = `${file}.lock`;
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (existsSync(file)) return file;
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another worker is playing it: wait for its file (or for its lock to go, then try again).
      if (Date.now() > deadline) throw new Error(`gave up waiting for ${file}`);
      await sleep(100);
    }
  }
  try {
    if (existsSync(file)) return file;
    const work = mkdtempSync(join(dir, 'build-'));
    try {
      const path = join(work, 'workbench.db');
      const log = createMemoryLogger();
      const core = await openCore({ dbPath: path, log, now: at ? () => at : undefined, validateResults: true });
      try {
        await playSetup(core, setup);
      } finally {
        await core.close(); // the last connection closes: SQLite checkpoints the WAL into the file
      }
      failOnLoggedErrors(log);
      if (existsSync(`${path}-wal`)) throw new Error(`${path} kept a WAL after closing`);
      copyFileSync(path, `${file}.part`);
      renameSync(`${file}.part`, file); // whole or absent, for the worker polling for it
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
    return file;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** A copy of the demo file at `dbPath` (a new workspace file that nothing has opened yet). */
export async function copyDemoWorkspace(dbPath: string, setup: WorkspaceSetup, at: DemoMoment): Promise<void> {
  copyFileSync(await demoWorkspaceFile(setup, at), dbPath);
}

/**
 * The PostgreSQL database holding the demo set up with `setup` at `at`, closed (no connection left,
 * as `CREATE DATABASE … TEMPLATE` needs). Built under an advisory lock, so one worker plays it.
 */
export async function demoTemplateDatabase(setup: WorkspaceSetup, at: DemoMoment): Promise<string> {
  const key = demoKey('postgres', setup, at);
  const name = `${DEMO_DB_PREFIX}${key}`;
  const admin = new pg.Client({ connectionString: inject('postgresUrl') });
  await admin.connect();
  try {
    await admin.query('select pg_advisory_lock($1)', [BigInt(`0x${key.slice(0, 15)}`).toString()]);
    const found = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await buildPostgresDemo(name, setup, at);
    return name;
  } finally {
    await admin.end(); // ends the session: its advisory lock goes with it
  }
}

async function buildPostgresDemo(name: string, setup: WorkspaceSetup, at: DemoMoment): Promise<void> {
  // Built under a temporary name and renamed when whole, so a failed build leaves no half demo.
  const db: TestDatabase = await createTestDatabase({ name: `${name}_part` });
  try {
    const log = createMemoryLogger();
    const core = await openCore({
      team: { url: db.url, ownerUrl: db.ownerUrl, poolMax: 4 },
      log,
      now: at ? () => at : undefined,
      validateResults: true,
    });
    try {
      await playSetup(core, setup);
    } finally {
      await core.close();
    }
    failOnLoggedErrors(log);
    await db.renameTo(name);
  } catch (e) {
    await db.drop();
    throw e;
  }
}
