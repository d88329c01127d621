import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore, type Core } from '../../../electron/core';
import { createMemoryLogger } from '../../../electron/core/log';

export interface TestCore {
  core: Core;
  dir: string;
  dbPath: string;
  log: ReturnType<typeof createMemoryLogger>;
  /** Call and unwrap: a refusal fails the test with its message. Without a user: as `defaultUserId`. */
  ok<T = unknown>(name: string, args?: unknown, userId?: number): Promise<T>;
  /**
   * Who `ok` acts as when the test names nobody. Unset: nobody, which in a solo (or unclaimed)
   * workspace means its one user; a test of a workspace where everyone signs in sets it.
   */
  defaultUserId?: number;
  dispose(): Promise<void>;
}

/** A real workspace file in a fresh temp dir, with results checked against the contract. */
export async function openTestCore(now?: () => Date): Promise<TestCore> {
  const dir = mkdtempSync(join(tmpdir(), 'workbench-test-'));
  const dbPath = join(dir, 'workbench.db');
  const log = createMemoryLogger();
  const core = await openCore({ dbPath, log, now, validateResults: true });
  const t: TestCore = {
    core,
    dir,
    dbPath,
    log,
    async ok<T>(name: string, args: unknown = {}, userId?: number) {
      const r = await core.call(name, args, { userId: userId ?? t.defaultUserId });
      if (!r.ok)
        throw new Error(
          `${name} refused: ${r.error.code} ${r.error.messages.en} ${JSON.stringify(r.error.issues ?? [])}`,
        );
      return r.result as T;
    },
    async dispose() {
      await core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return t;
}

/** Every row of every table, as one string: "nothing changed" is a comparison of two of these. */
export function snapshotTables(core: Core): string {
  const tables = core.store.sqlite
    .prepare(
      // FTS5's WITHOUT ROWID shadow tables have no rowid to order by (and hold only derived data).
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and sql not like '%WITHOUT ROWID%' order by name",
    )
    .all() as { name: string }[];
  return JSON.stringify(
    tables.map(({ name }) => [name, core.store.sqlite.prepare(`select * from "${name}" order by rowid`).all()]),
  );
}
