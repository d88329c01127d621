import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import type { FileDownload, WorkspaceStatus } from '@shared/contract';
import { DEMO_SETUP, openTestCore, snapshotTables, type TestCore } from './support/core';

describe('whole-workspace export and import', () => {
  const open: TestCore[] = [];
  /** An empty workspace, or (`demo`) one the demo agency was set up in (a copy of the run's played demo). */
  const fresh = async (demo?: 'demo') => {
    const t = await openTestCore(() => new Date('2026-11-23T08:00:00Z'), demo ? { demo: DEMO_SETUP } : {});
    open.push(t);
    return t;
  };
  afterEach(async () => {
    for (const t of open.splice(0)) await t.dispose();
  });

  it('exports every table and imports it into an empty workspace exactly', async () => {
    const source = await fresh('demo');
    const file = await source.ok<FileDownload & { rows: number }>('workspace.exportArchive');
    expect(file.fileName).toBe('workbench-archive-2026-11-23.json.gz');
    expect(file.rows).toBeGreaterThan(50);

    const target = await fresh();
    const status = await target.ok<WorkspaceStatus>('workspace.importArchive', { bytesBase64: file.bytesBase64 });
    expect(status.initialized).toBe(true);
    // Equal on every table, ids included; the import's own audit entry comes after.
    const a = JSON.parse(await snapshotTables(source.core)) as [string, unknown[]][];
    const b = new Map(JSON.parse(await snapshotTables(target.core)) as [string, unknown[]][]);
    for (const [table, rows] of a) {
      // The search index is derived data: left out of the archive, rebuilt on import (checked below);
      // the analytics' data version is bookkeeping of this store (migration 020), never carried.
      if (table.startsWith('search_') || table === 'analytics_version' || table === 'analytics_dirty') continue;
      const got = b.get(table)!;
      if (table === 'audit_log') {
        // The import's entry has the highest id; found by id, since PostgreSQL's snapshot orders rows
        // as text (id 1000 sorts before 999), so it need not come last.
        const ids = (got as { id: number }[]).map((r) => r.id);
        const own = got[ids.indexOf(Math.max(...ids))];
        expect(own).toMatchObject({ action: 'workspace.importArchive' });
        expect(got.filter((r) => r !== own)).toEqual(rows);
      } else expect(got, table).toEqual(rows);
    }
    const hits = async (t: TestCore) =>
      (
        (await t.ok<{ hits: { key: string }[] }>('archive.search', { query: '品牌', filters: {}, sort: 'relevance' }))
          .hits ?? []
      )
        .map((h) => h.key)
        .sort();
    // The index is rebuilt in the background after the import (search/rebuild-job.ts).
    await target.core.workspace.searchIndex.idle();
    expect(await hits(target)).toEqual(await hits(source));
    expect((await hits(source)).length).toBeGreaterThan(0);
  });

  it('refuses to import into a workspace that holds data', async () => {
    const t = await fresh('demo');
    const file = await t.ok<FileDownload>('workspace.exportArchive');
    const before = await snapshotTables(t.core);
    const r = await t.core.call('workspace.importArchive', { bytesBase64: file.bytesBase64 });
    expect(r.ok ? 'ok' : r.error.code).toBe('conflict');
    expect(await snapshotTables(t.core)).toBe(before);
  });

  const bad: [string, () => Buffer, string][] = [
    ['a truncated archive', () => Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02]), 'validation'],
    ['a file that is not gzip', () => Buffer.from('{"format":"workbench.archive/1"}'), 'validation'],
    ['gzip of broken JSON', () => gzipSync('{"format": "workbench.archive/1", "tables": {'), 'validation'],
    ['a bomb that inflates to 600 MB', () => gzipSync(Buffer.alloc(600 * 1024 * 1024, 0x20)), 'validation'],
    [
      'an archive with a foreign table',
      () =>
        gzipSync(
          JSON.stringify({
            format: 'workbench.archive/1',
            schemaVersion: 1,
            exportedAt: 'x',
            tables: { evil: { columns: ['a'], rows: [[1]] } },
          }),
        ),
      'validation',
    ],
    [
      'an archive from a newer app',
      () =>
        gzipSync(JSON.stringify({ format: 'workbench.archive/1', schemaVersion: 999, exportedAt: 'x', tables: {} })),
      'validation',
    ],
  ];
  for (const [what, bytes, code] of bad) {
    it(`refuses ${what} with a clear message and changes nothing`, async () => {
      const t = await fresh();
      const before = await snapshotTables(t.core);
      const r = await t.core.call(
        'workspace.importArchive',
        { bytesBase64: bytes().toString('base64') },
        { lang: 'en' },
      );
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe(code);
        expect(r.error.message.length).toBeGreaterThan(10);
        expect(r.error.messages['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      }
      expect(await snapshotTables(t.core)).toBe(before);
    }, 30_000);
  }
});
