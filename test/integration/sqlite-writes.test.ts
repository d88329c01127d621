import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { ApiErrorBody } from '@shared/contract';
import { openCore, type Core } from '../../electron/core';
import { localize } from '../../electron/core/errors';
import { createMemoryLogger } from '../../electron/common/log';
import { snapshotTables } from './support/core';
import { FUZZ_EXAMPLES } from './support/fuzz-examples';

/**
 * The workspace file under pressure: a second process writing the same file, a full disk, a
 * read-only file. Each write either succeeds (waiting for the other process's lock within
 * busy_timeout) or is refused with a message of its own, and nothing of a refused write stays.
 */
const ROOT = join(import.meta.dirname, '../..');
const BUSY_TIMEOUT_MS = 5000;
const IS_ROOT = process.getuid?.() === 0;

/**
 * Whether this machine lets us mount a tmpfs (root, and a kernel/container that allows mounts).
 * Where it does not, the full-disk case is still covered by the `max_page_count` test.
 */
function canMountTmpfs(): boolean {
  if (!IS_ROOT) return false;
  const probe = mkdtempSync(join(tmpdir(), 'wb-mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}
const CAN_MOUNT = canMountTmpfs();
/** `nobody`: root ignores file permissions, so the read-only file is opened by another user. */
const NOBODY = 65534;

const CLIENT = FUZZ_EXAMPLES['clients.save'];

/** A workspace file with its admin (user 1) and one client (id 1), closed again. */
async function prepare(dbPath: string): Promise<void> {
  const core = await openCore({ dbPath, log: createMemoryLogger() });
  expect(
    (
      await core.call('workspace.setup', {
        mode: 'empty',
        adminName: '王经理',
        companyName: '星火传播',
        language: 'zh-CN',
      })
    ).ok,
  ).toBe(true);
  expect((await core.call('clients.save', CLIENT, { userId: 1 })).ok).toBe(true);
  await core.close();
}

type WriterLine = { ok: true; ms: number } | { ok: false; ms: number; error: ApiErrorBody };

/** Run test/fixtures/store-writer.ts: `count` quotes.create calls on the file, one JSON line each. */
function runWriter(dbPath: string, count: number, options: { uid?: number } = {}): Promise<WriterLine[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'test/fixtures/store-writer.ts'), dbPath, String(count), '1'],
      {
        cwd: ROOT,
        env: { ...process.env, TSX_TSCONFIG_PATH: join(ROOT, 'tsconfig.node.json'), HOME: tmpdir() },
        stdio: ['ignore', 'pipe', 'pipe'],
        ...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {}),
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code) => {
      const lines = out.split('\n').filter((l) => l.startsWith('{'));
      if (code === 0 && out.includes('done')) resolve(lines.map((l) => JSON.parse(l) as WriterLine));
      else reject(new Error(`writer exited ${code}: ${err.slice(-2000)}`));
    });
  });
}

function expectStorageRefusal(error: ApiErrorBody | undefined, key: Parameters<typeof localize>[0]): void {
  expect(error?.code).toBe('storage');
  expect(error?.messages).toEqual(localize(key));
  expect(error?.messages['zh-CN']).not.toEqual(localize('error.internal')['zh-CN']);
}

async function quoteCount(core: Core): Promise<number> {
  const r = await core.store.db
    .selectFrom('quotes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

describe('writes to the workspace file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'workbench-writes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('two processes writing the same file: all 200 writes succeed, each waiting within busy_timeout', async () => {
    const dbPath = join(dir, 'shared.db');
    await prepare(dbPath);
    const results = (await Promise.all([runWriter(dbPath, 100), runWriter(dbPath, 100)])).flat();
    const failed = results.filter((r) => !r.ok);
    const slowest = Math.max(...results.map((r) => r.ms));
    console.log(`two writers: ${results.length} writes, ${failed.length} failed, slowest ${slowest} ms`);
    expect(results).toHaveLength(200);
    expect(failed, JSON.stringify(failed[0])).toEqual([]);
    // Waiting, never longer than the timeout (one transaction's own work on top, on a loaded machine).
    expect(slowest).toBeLessThan(BUSY_TIMEOUT_MS + 5000);
    const db = new SQLite(dbPath, { readonly: true });
    try {
      expect((db.prepare('select count(*) n from quotes').get() as { n: number }).n).toBe(200);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
  }, 300_000);

  it('a full file (max_page_count): its own message in both languages, nothing of the write stays', async () => {
    const dbPath = join(dir, 'full.db');
    await prepare(dbPath);
    const log = createMemoryLogger();
    const core = await openCore({ dbPath, log });
    try {
      const sqlite = core.store.engine === 'sqlite' ? core.store.sqlite : null;
      const pages = (sqlite!.pragma('page_count', { simple: true }) as number) + 2;
      sqlite!.pragma(`max_page_count = ${pages}`);
      const big = { clientId: 1, title: '很大的报价'.repeat(40), currency: 'CNY' };
      let refused: ApiErrorBody | undefined;
      for (let i = 0; i < 200 && !refused; i++) {
        const before = await snapshotTables(core);
        const r = await core.call('quotes.create', big, { userId: 1 });
        if (!r.ok) {
          refused = r.error;
          expect(await snapshotTables(core)).toBe(before);
        }
      }
      expectStorageRefusal(refused, 'error.storage_disk_full');
      // The cause is in the log, not hidden behind a failed rollback.
      expect(JSON.stringify(log.entries.map((e) => String((e.detail as Error)?.message)))).toMatch(/full/);
      // Room again: the workspace goes on.
      sqlite!.pragma('max_page_count = 1073741823');
      expect((await core.call('quotes.create', big, { userId: 1 })).ok).toBe(true);
      expect(sqlite!.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      await core.close();
    }
  }, 120_000);

  // A real full disk needs a small file system of its own: a tmpfs, which only root may mount.
  it.runIf(CAN_MOUNT)(
    'a full disk (a 2 MB tmpfs): the same message, nothing stays, and it writes again once there is room',
    async () => {
      const mount = join(dir, 'tmpfs');
      mkdirSync(mount);
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mount]);
      try {
        const dbPath = join(mount, 'workbench.db');
        await prepare(dbPath);
        const core = await openCore({ dbPath, log: createMemoryLogger() });
        try {
          // Fill the rest of the disk but for a little room.
          const free = Number(execFileSync('df', ['--output=avail', '-B1', mount]).toString().split('\n')[1]);
          const filler = join(mount, 'filler');
          writeFileSync(filler, Buffer.alloc(Math.max(0, free - 64 * 1024)));
          const big = { clientId: 1, title: '很大的报价'.repeat(40), currency: 'CNY' };
          let refused: ApiErrorBody | undefined;
          let written = 0;
          for (let i = 0; i < 500 && !refused; i++) {
            const before = await snapshotTables(core);
            const r = await core.call('quotes.create', big, { userId: 1 });
            if (r.ok) written++;
            else {
              refused = r.error;
              expect(await snapshotTables(core)).toBe(before);
            }
          }
          console.log(`tmpfs: ${written} writes before the disk was full`);
          expectStorageRefusal(refused, 'error.storage_disk_full');
          const count = await quoteCount(core);
          rmSync(filler);
          expect((await core.call('quotes.create', big, { userId: 1 })).ok).toBe(true);
          expect(await quoteCount(core)).toBe(count + 1);
        } finally {
          await core.close();
        }
      } finally {
        execFileSync('umount', [mount]);
      }
    },
    120_000,
  );

  it('a read-only file: its own message in both languages, and the file is unchanged', async () => {
    const roDir = join(dir, 'read-only');
    mkdirSync(roDir);
    const dbPath = join(roDir, 'workbench.db');
    await prepare(dbPath);
    const before = execFileSync('sha256sum', [dbPath]).toString();
    chmodSync(dbPath, 0o444);
    // Root writes whatever the permissions say: the writer runs as nobody then, owning the folder
    // (SQLite keeps its lock files beside the workspace) but not allowed to write the file.
    if (IS_ROOT) {
      chownSync(roDir, NOBODY, NOBODY);
      chmodSync(dir, 0o755);
    }
    const results = await runWriter(dbPath, 2, IS_ROOT ? { uid: NOBODY } : {});
    expect(results).toHaveLength(2);
    for (const r of results) {
      expect(r.ok).toBe(false);
      if (!r.ok) expectStorageRefusal(r.error, 'error.storage_read_only');
    }
    expect(execFileSync('sha256sum', [dbPath]).toString()).toBe(before);
  }, 120_000);
});
