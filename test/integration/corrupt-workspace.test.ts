import { spawnSync } from 'node:child_process';
import { closeSync, openSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backup } from '@shared/contract';
import { CorruptWorkspaceError, openCore } from '../../electron/core';
import { createMemoryLogger } from '../../electron/common/log';
import { openDemoCore, type TestCore } from './support/core';
import { requireFile } from '../../electron/core/workspace';
import { FUZZ_EXAMPLES } from './support/fuzz-examples';

const ROOT = join(import.meta.dirname, '../..');
const PAGE = 4096;

/** Overwrite these pages (1-based, as SQLite numbers them) with garbage: a bad sector, a half-synced copy. */
function garblePages(path: string, pages: number[]): number {
  const fd = openSync(path, 'r+');
  try {
    const garbage = Buffer.alloc(PAGE);
    for (const p of pages) {
      for (let i = 0; i < PAGE; i++) garbage[i] = (p * 31 + i * 17) & 0xff;
      writeSync(fd, garbage, 0, PAGE, (p - 1) * PAGE);
    }
  } finally {
    closeSync(fd);
  }
  return pages.length;
}

/** The middle third of the file's pages: the schema and indexes SQLite reads on opening among them. */
function damageMiddle(path: string): number {
  const pages = Math.floor(statSync(path).size / PAGE);
  const from = Math.floor(pages / 3) + 1;
  const to = Math.max(from + 1, Math.floor((2 * pages) / 3) + 1);
  return garblePages(
    path,
    Array.from({ length: to - from }, (_, i) => from + i),
  );
}

/**
 * Damage past the schema: the data pages of the sent versions' table (their frozen snapshots),
 * which opening a workspace never reads — only the integrity check does. Found by page through
 * SQLite's dbstat table rather than by position in the file, which moves as the demo grows.
 */
function damageVersionData(path: string): number {
  const db = new SQLite(path, { readonly: true });
  let pages: number[];
  try {
    pages = db
      .prepare<[], { pageno: number }>(
        `select pageno from dbstat where name = 'proposal_versions' and pagetype in ('leaf', 'overflow')`,
      )
      .all()
      .map((r) => r.pageno);
  } finally {
    db.close();
  }
  return garblePages(path, pages);
}

describe('a corrupt workspace file', () => {
  let t: TestCore | undefined;
  afterEach(async () => {
    await t?.dispose();
    t = undefined;
  });

  it('is refused on open with a message that names the newest backup, in the core and in `npm run web`', async () => {
    t = await openDemoCore();
    await t.ok<Backup>('backups.create');
    await new Promise((r) => setTimeout(r, 5)); // backup names carry the millisecond
    const newest = await t.ok<Backup>('backups.create');
    const backups = (await t.ok<{ items: Backup[] }>('backups.list')).items;
    expect(backups[0]!.name).toBe(newest.name);
    expect(backups.length).toBeGreaterThanOrEqual(2);
    await t.core.close(); // checkpoints the WAL: every page is in the main file now
    expect(damageMiddle(t.dbPath)).toBeGreaterThan(0);

    const newestPath = join(requireFile(t.core.workspace).backupDir, newest.name);
    // Damage SQLite meets on opening (its schema) is refused at once, naming the newest backup.
    const error = await openCore({ dbPath: t.dbPath, log: createMemoryLogger() }).then(
      async (core) => {
        // Damage past the schema is found by the check in the background: every write waits for it.
        const write = await core.call('clients.save', FUZZ_EXAMPLES['clients.save'], { userId: 1, lang: 'en' });
        expect(write.ok).toBe(false);
        return requireFile(core.workspace)
          .ready()
          .then(
            () => null,
            async (e: unknown) => (await core.close(), e),
          );
      },
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CorruptWorkspaceError);
    expect((error as CorruptWorkspaceError).message).toContain(`Restore the newest backup: copy ${newestPath}`);
    expect((error as CorruptWorkspaceError).backups[0]).toBe(newestPath);

    // Browser mode says the same on stderr and exits with 1 (the Electron shell shows this message in a dialog).
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'electron/server/cli.ts'), '--db', t.dbPath, '--port', '0'],
      {
        cwd: ROOT,
        env: { ...process.env, TSX_TSCONFIG_PATH: join(ROOT, 'tsconfig.node.json') },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toContain('Workbench could not start: The workspace file');
    expect(run.stderr).toContain('failed its integrity check');
    expect(run.stderr).toContain(newestPath);
  }, 90_000);

  it('opens at once and refuses every write when the damage is past the schema (found by the check in the background)', async () => {
    t = await openDemoCore();
    const newest = await t.ok<Backup>('backups.create');
    await t.core.close();
    expect(damageVersionData(t.dbPath)).toBeGreaterThan(0);
    const newestPath = join(requireFile(t.core.workspace).backupDir, newest.name);

    const core = await openCore({ dbPath: t.dbPath, log: createMemoryLogger() });
    const before = statSync(t.dbPath).mtimeMs;
    const write = await core.call('clients.save', FUZZ_EXAMPLES['clients.save'], { userId: 1, lang: 'en' });
    expect(write.ok).toBe(false);
    if (!write.ok) {
      expect(write.error.code).toBe('conflict');
      expect(write.error.messages.en).toContain('failed its integrity check, so nothing more is written to it');
      expect(write.error.messages['zh-CN']).toContain('工作区文件未通过完整性检查');
      expect(write.error.message).toContain(newestPath);
    }
    const error = await core.workspace.ready().then(
      () => null,
      (e: unknown) => e,
    );
    await core.close();
    expect(error).toBeInstanceOf(CorruptWorkspaceError);
    expect(statSync(t.dbPath).mtimeMs).toBe(before);
  }, 90_000);

  it('refuses a file that is not a database at all, naming the backups', async () => {
    t = await openDemoCore();
    const newest = await t.ok<Backup>('backups.create');
    await t.core.close();
    writeFileSync(t.dbPath, 'not a database, but long enough to have a header of sorts '.repeat(200));
    const error = await openCore({ dbPath: t.dbPath, log: createMemoryLogger() }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CorruptWorkspaceError);
    expect((error as CorruptWorkspaceError).backups[0]).toBe(
      join(requireFile(t.core.workspace).backupDir, newest.name),
    );
  });
});
