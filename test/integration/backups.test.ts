import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backup, BackupPreview, User } from '@shared/contract';
import { openCore } from '../../electron/core';
import { openStore } from '../../electron/core/db/connection';
import { migrate } from '../../electron/core/db/migrate';
import { createMemoryLogger } from '../../electron/common/log';
import { openTestCore, snapshotTables, type TestCore } from './support/core';
import { requireFile } from '../../electron/core/workspace';

const SETUP = {
  mode: 'empty',
  adminName: '王经理',
  companyName: '星火传播',
  language: 'zh-CN',
  adminPassword: 'admin password 1',
} as const;

describe('backups and restore', () => {
  let t: TestCore;
  afterEach(() => t?.dispose());

  it('backs up now, and restores that backup exactly, after backing up the live file first', async () => {
    t = await openTestCore();
    await t.ok('workspace.setup', SETUP);
    await t.ok('users.create', { name: '李财务', role: 'finance', password: 'finance password 2' });
    t.defaultUserId = 1;
    const backup = await t.ok<Backup>('backups.create');
    const atBackup = await snapshotTables(t.core);

    await t.ok<User>('users.create', { name: '后来的人', role: 'account_lead', password: 'later password 3' });
    expect(await snapshotTables(t.core)).not.toBe(atBackup);

    const preview = await t.ok<BackupPreview>('backups.inspect', { name: backup.name });
    expect(preview).toMatchObject({ integrity: 'ok', counts: { users: 2 } });

    await t.ok('backups.restore', { name: backup.name });
    // Every table as it was at the backup, except the restore's own audit entry.
    const restored = JSON.parse(await snapshotTables(t.core)) as [string, unknown[]][];
    const expected = JSON.parse(atBackup) as [string, unknown[]][];
    for (const [table, rows] of expected) {
      const got = restored.find(([n]) => n === table)![1];
      if (table === 'audit_log') {
        // The backup's own audit entry is written after the copy is taken, so it is not in it.
        const inCopy = rows.filter((r) => (r as { action: string }).action !== 'backups.create');
        expect(got.slice(0, inCopy.length)).toEqual(inCopy);
        expect(got.at(-1)).toMatchObject({ action: 'backups.restore' });
      } else expect(got, table).toEqual(rows);
    }
    const reasons = (await t.ok<{ items: Backup[] }>('backups.list')).items.map((b) => b.reason);
    expect(reasons).toEqual(expect.arrayContaining(['pre-restore', 'manual']));
  });

  it('refuses a damaged backup with a clear message and changes nothing', async () => {
    t = await openTestCore();
    await t.ok('workspace.setup', SETUP);
    const name = 'workbench-20261101T000000000Z-manual.db';
    mkdirSync(requireFile(t.core.workspace).backupDir, { recursive: true });
    writeFileSync(join(requireFile(t.core.workspace).backupDir, name), 'this is not a database');
    const before = await snapshotTables(t.core);
    const r = await t.core.call('backups.restore', { name }, { lang: 'en' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('validation');
      expect(r.error.message).toMatch(/damaged or not a workbench database/);
    }
    expect(await snapshotTables(t.core)).toBe(before);
  });

  it('refuses a name that is not a backup (no path tricks)', async () => {
    t = await openTestCore();
    await t.ok('workspace.setup', { mode: 'empty', adminName: '王经理', companyName: '星火传播', language: 'zh-CN' });
    for (const name of ['../workbench.db', 'workbench.db', '/etc/passwd']) {
      const r = await t.core.call('backups.inspect', { name });
      expect(r.ok ? 'ok' : r.error.code).toBe('validation');
    }
  });

  it('backs up before migrating an older workspace, and daily on start', async () => {
    t = await openTestCore();
    const dir = t.dir;
    const path = join(dir, 'old.db');
    const old = openStore(path);
    await migrate(old.db, old.sqlite, 1);
    old.sqlite.exec(`insert into users (name, role, created_at) values ('王经理', 'admin', '2026-01-01')`);
    await old.close();

    let clock = new Date('2026-11-23T08:00:00Z');
    const core = await openCore({ dbPath: path, log: createMemoryLogger(), now: () => clock });
    await core.workspace.idle();
    const names = readdirSync(join(dir, 'backups'));
    // The pre-migration copy is today's backup: no daily one on top of it.
    expect(names).toEqual(['workbench-20261123T080000000Z-pre-migration.db']);
    const preview = await core.call('backups.inspect', { name: names[0] });
    expect(preview.ok && preview.result).toMatchObject({ schemaVersion: 1, counts: { users: 1 } });
    await core.close();

    // Two days later the newest backup is stale: starting up makes a daily one.
    clock = new Date('2026-11-25T08:00:00Z');
    const later = await openCore({ dbPath: path, log: createMemoryLogger(), now: () => clock });
    // In the background, after the integrity check: opening does not wait for it.
    await later.workspace.idle();
    expect(readdirSync(join(dir, 'backups'))).toContain('workbench-20261125T080000000Z-daily.db');
    await later.close();
  });
});
