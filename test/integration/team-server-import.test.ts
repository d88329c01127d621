import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core';
import { createMemoryLogger } from '../../electron/common/log';
import { createTestDatabase, type TestDatabase } from '../support/engine';
import { runTeamCli } from './support/team-process';

/**
 * Moving in from the command line: the demo agency in a solo workspace file (and as the archive
 * Settings → Data exports) imported into an empty team database with `--import-solo` — the same
 * row counts per table, the same quote totals, the same sent versions and their content hashes.
 */
describe('team server --import-solo', () => {
  let dir: string;
  let file: string;
  let archive: string;
  const dbs: TestDatabase[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'workbench-solo-'));
    file = join(dir, 'workbench.db');
    const core = await openCore({ dbPath: file, log: createMemoryLogger() });
    try {
      await core.workspace.ready();
      const setup = await core.call('workspace.setup', {
        mode: 'demo',
        adminName: '王经理',
        companyName: '星火传播',
        language: 'zh-CN',
        adminPassword: 'admin password 1',
      });
      expect(setup.ok).toBe(true);
      const exported = await core.call('workspace.exportArchive', {}, { userId: 1 });
      if (!exported.ok) throw new Error(exported.error.messages.en);
      archive = join(dir, 'workspace.json.gz');
      writeFileSync(archive, Buffer.from((exported.result as { bytesBase64: string }).bytesBase64, 'base64'));
    } finally {
      await core.close();
    }
  });
  afterAll(async () => {
    for (const d of dbs) await d.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const solo = <T>(query: string): T[] => {
    const s = new SQLite(file, { readonly: true });
    try {
      return s.prepare(query).all() as T[];
    } finally {
      s.close();
    }
  };
  const team = async <T>(db: TestDatabase, query: string): Promise<T[]> => {
    const c = new pg.Client({ connectionString: db.ownerUrl });
    await c.connect();
    try {
      return (await c.query(query)).rows as T[];
    } finally {
      await c.end();
    }
  };
  const evidence = {
    quotes: 'select id, title, currency, subtotal, net, tax, total, cost, margin_percent from quotes order by id',
    versions:
      'select id, proposal_id, number, content_hash, total, currency, snapshot from proposal_versions order by id',
    approvals: 'select id, proposal_id, content_hash, status, decided_by from proposal_approvals order by id',
  };

  async function importInto(source: string): Promise<{ db: TestDatabase; out: string }> {
    const db = await createTestDatabase();
    dbs.push(db);
    const run = runTeamCli(['--pg', db.url, '--owner-pg', db.ownerUrl, '--import-solo', source]);
    const code = await run.exited;
    expect(code, run.err.join('')).toBe(0);
    return { db, out: run.out.join('') };
  }

  for (const kind of ['workspace file', 'archive'] as const) {
    it(`moves the demo ${kind} in: identical counts, quote totals, versions and content hashes`, async () => {
      const { db, out } = await importInto(kind === 'archive' ? archive : file);
      // The printed table: per table, rows in the solo workspace and in the team database.
      const printed = out
        .split('\n')
        .slice(1)
        .map((l) => /^(\w+)\s+(\d+)\s+(\d+)$/.exec(l))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => ({ table: m[1]!, source: Number(m[2]), team: Number(m[3]) }));
      expect(printed.length).toBeGreaterThan(20);
      for (const row of printed) expect(row.team, row.table).toBe(row.source);
      expect(out).toMatch(/Moved in: every table identical/);
      for (const row of printed) {
        const [count] = solo<{ n: number }>(`select count(*) as n from "${row.table}"`);
        expect(row.source, row.table).toBe(count!.n);
      }
      const tableCounts = Object.fromEntries(printed.map((r) => [r.table, r.source]));
      expect(tableCounts.proposal_versions).toBeGreaterThan(0);
      expect(tableCounts.quotes).toBeGreaterThan(0);

      for (const query of Object.values(evidence)) {
        const left = solo<Record<string, unknown>>(query);
        const right = await team<Record<string, unknown>>(db, query);
        expect(
          right.map((r) =>
            Object.fromEntries(
              Object.entries(r).map(([k, v]) => [
                k,
                v === null ? null : typeof v === 'boolean' ? Number(v) : String(v),
              ]),
            ),
          ),
        ).toEqual(
          left.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? null : String(v)]))),
        );
      }
      const [soloTotal] = solo<{ s: number }>('select sum(total) as s from quotes');
      const [teamTotal] = await team<{ s: string }>(db, 'select sum(total) as s from quotes');
      expect(Number(teamTotal!.s)).toBe(soloTotal!.s);
      // The import is itself on the record.
      const audit = await team<{ detail: string }>(
        db,
        "select detail::text from audit_log where detail::text like '%import-solo%'",
      );
      expect(audit).toHaveLength(1);
    });
  }

  it('refuses a team database that is not empty, and changes nothing', async () => {
    const { db } = await importInto(file);
    const before = await team<{ n: string }>(db, 'select count(*) as n from audit_log');
    const again = runTeamCli(['--pg', db.url, '--owner-pg', db.ownerUrl, '--import-solo', archive]);
    expect(await again.exited).toBe(1);
    expect(again.err.join('')).toContain('团队数据库不是空的');
    expect(again.err.join('')).toContain('the team database is not empty');
    expect(await team<{ n: string }>(db, 'select count(*) as n from audit_log')).toEqual(before);
  });
});
