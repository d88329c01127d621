import { existsSync, readdirSync, rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core';
import { requireFile } from '../../electron/core/workspace';
import { createMemoryLogger } from '../../electron/common/log';
import { FUZZ_EXAMPLES } from './support/fuzz-examples';
import { openDemoCore, type TestCore } from './support/core';

/**
 * Opening does only what must come first (open, migrate if needed); the integrity check runs in a
 * worker thread and the daily backup after it, while calls are answered. Writes wait for the check.
 */
describe('cold start', () => {
  let t: TestCore | undefined;
  let core: Core | undefined;
  afterEach(async () => {
    await core?.close();
    core = undefined;
    await t?.dispose();
    t = undefined;
  });

  async function demoWorkspaceWithoutBackups(): Promise<string> {
    t = await openDemoCore(() => new Date('2026-11-20T08:00:00Z'));
    await t.core.close();
    rmSync(requireFile(t.core.workspace).backupDir, { recursive: true, force: true });
    return t.dbPath;
  }

  it('answers a read before the check and the daily backup are done, and makes the backup after', async () => {
    const dbPath = await demoWorkspaceWithoutBackups();
    core = await openCore({ dbPath, log: createMemoryLogger(), now: () => new Date('2026-11-25T08:00:00Z') });
    const backupDir = requireFile(core.workspace).backupDir;
    // Open returned with the backup still to come (it waits for the check in the worker)...
    expect(existsSync(backupDir) ? readdirSync(backupDir) : []).toEqual([]);
    const read = await core.call('clients.list', {});
    expect(read.ok).toBe(true);
    // ...and it comes, after the check.
    await core.workspace.idle();
    expect(readdirSync(backupDir)).toEqual(['workbench-20261125T080000000Z-daily.db']);
  });

  it('holds a write until the integrity check has passed', async () => {
    const dbPath = await demoWorkspaceWithoutBackups();
    core = await openCore({ dbPath, log: createMemoryLogger() });
    const order: string[] = [];
    void core.workspace.ready().then(() => order.push('checked'));
    const write = await core.call('clients.save', FUZZ_EXAMPLES['clients.save'], { lang: 'en' });
    order.push('written');
    expect(write.ok).toBe(true);
    expect(order).toEqual(['checked', 'written']);
  });
});
