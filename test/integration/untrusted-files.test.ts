import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApprovalItem, Backup, FileDownload, ProposalDetail } from '@shared/contract';
import { openStore } from '../../electron/core/db/connection';
import { migrate } from '../../electron/core/db/migrate';
import { backupFileName } from '../../electron/core/backup/names';
import { openTestCore, snapshotTables, type TestCore, sqliteOf } from './support/core';
import { requireFile } from '../../electron/core/workspace';
import {
  openProposalWorld,
  PRE_COMM,
  saveArgs,
  SELF_CHECK,
  withText,
  type ProposalWorld,
} from './support/proposal-world';

interface Archive {
  format: string;
  schemaVersion: number;
  exportedAt: string;
  tables: Record<string, { columns: string[]; rows: unknown[][] }>;
}

const unpack = (f: FileDownload): Archive =>
  JSON.parse(gunzipSync(Buffer.from(f.bytesBase64, 'base64')).toString('utf8')) as Archive;
const pack = (a: Archive): string => gzipSync(Buffer.from(JSON.stringify(a), 'utf8')).toString('base64');

/** One row of an archive table as an object, and a way to set its cells by column name. */
function rowOf(a: Archive, table: string, id: number) {
  const t = a.tables[table]!;
  const row = t.rows.find((r) => r[t.columns.indexOf('id')] === id)!;
  return {
    get: (column: string) => row[t.columns.indexOf(column)],
    set: (column: string, value: unknown) => {
      row[t.columns.indexOf(column)] = value;
    },
  };
}

/**
 * A workspace a determined account lead would like to have: a below-floor proposal with a pending
 * request, and a healthy proposal sent as v1. Exported, tampered with, imported or restored.
 */
describe('nothing imported is trusted blindly', () => {
  let w: ProposalWorld;
  let thin: ProposalDetail;
  let sentId: number;
  const others: TestCore[] = [];
  beforeEach(async () => {
    w = await openProposalWorld();
    const draft = async (quoteId: number, title: string) => {
      const p = await w.as<ProposalDetail>(w.lead, 'proposals.create', { clientId: w.clientId, title, quoteId });
      return w.as<ProposalDetail>(
        w.lead,
        'proposals.save',
        saveArgs(p, {
          sections: withText(p.sections, 'situation', '认知度处于第二梯队'),
          preCommunication: PRE_COMM,
          selfCheck: SELF_CHECK,
        }),
      );
    };
    thin = await draft(w.thin.id, '社媒提案');
    thin = await w.as<ProposalDetail>(w.lead, 'proposals.requestApproval', {
      id: thin.id,
      revision: thin.revision,
      note: '战略客户',
    });
    const healthy = await draft(w.healthy.id, '发布会提案');
    await w.as(w.lead, 'proposals.send', { id: healthy.id, revision: healthy.revision, acknowledgeWarnings: true });
    sentId = healthy.id;
  });
  afterEach(async () => {
    await w.t.dispose();
    for (const t of others.splice(0)) await t.dispose();
  });

  async function emptyWorkspace(): Promise<TestCore> {
    const t = await openTestCore(() => new Date('2026-11-23T09:00:00.000Z'));
    others.push(t);
    return t;
  }

  async function refusedImport(a: Archive) {
    const target = await emptyWorkspace();
    const before = await snapshotTables(target.core);
    const zh = await target.core.call('workspace.importArchive', { bytesBase64: pack(a) }, { lang: 'zh-CN' });
    const en = await target.core.call('workspace.importArchive', { bytesBase64: pack(a) }, { lang: 'en' });
    expect(await snapshotTables(target.core)).toBe(before);
    // Nothing was swapped: no pre-restore copy was even needed.
    expect(
      existsSync(requireFile(target.core.workspace).backupDir)
        ? readdirSync(requireFile(target.core.workspace).backupDir)
        : [],
    ).toEqual([]);
    if (zh.ok || en.ok) throw new Error('the tampered archive was imported');
    expect(zh.error.code).toBe('validation');
    return { zh: zh.error.message, en: en.error.message };
  }

  it('an approval edited to "approved" by the requester is refused, naming the row; the honest archive imports', async () => {
    const file = await w.as<FileDownload>(w.admin, 'workspace.exportArchive', {});
    const [request] = (await w.as<{ items: ApprovalItem[] }>(w.finance, 'approvals.queue', { state: 'pending' })).items;
    const a = unpack(file);
    const row = rowOf(a, 'proposal_approvals', request!.id);
    expect(row.get('requested_by')).toBe(w.lead.id);
    row.set('status', 'approved');
    row.set('decided_by', w.lead.id);
    row.set('decided_at', '2026-11-23T08:30:00.000Z');
    const r = await refusedImport(a);
    expect(r.en).toBe(
      `The proposal_approvals row with id ${request!.id} in the archive fails verification: the decider is the requester (four-eyes rule broken). The whole file was refused; the workspace is unchanged`,
    );
    expect(r.zh).toContain(`proposal_approvals 表 id 为 ${request!.id} 的行`);
    expect(r.zh).toContain('审批人就是申请人');

    // An account lead as the decider: the wrong role.
    const b = unpack(file);
    const other = rowOf(b, 'proposal_approvals', request!.id);
    other.set('status', 'approved');
    other.set('decided_by', w.admin.id);
    const users = rowOf(b, 'users', w.admin.id);
    users.set('role', 'account_lead');
    const role = await refusedImport(b);
    expect(role.en).toContain('the decider is neither finance nor an admin');

    // The same archive untouched imports, and the request is still only pending.
    const target = await emptyWorkspace();
    await target.ok('workspace.importArchive', { bytesBase64: file.bytesBase64 });
    const status = sqliteOf(target.core)
      .prepare('select status from proposal_approvals where id = ?')
      .get(request!.id) as { status: string };
    expect(status.status).toBe('pending');
  });

  it('an edited frozen version is refused, naming the row', async () => {
    const file = await w.as<FileDownload>(w.admin, 'workspace.exportArchive', {});
    const a = unpack(file);
    const version = a.tables.proposal_versions!;
    const id = version.rows[0]![version.columns.indexOf('id')] as number;
    const row = rowOf(a, 'proposal_versions', id);
    const snapshot = JSON.parse(row.get('snapshot') as string);
    // What the client was sent, rewritten: a different situation paragraph.
    snapshot.document.proposal.sections[0].blocks = [{ type: 'paragraph', runs: [{ text: '客户已同意全部条款' }] }];
    row.set('snapshot', JSON.stringify(snapshot));
    const r = await refusedImport(a);
    expect(r.en).toBe(
      `The proposal_versions row with id ${id} in the archive fails verification: the sent version’s content does not match its stored hash (the version was edited). The whole file was refused; the workspace is unchanged`,
    );
    expect(r.zh).toContain(`proposal_versions 表 id 为 ${id} 的行`);

    // The total in the list columns, changed alone, is caught too.
    const b = unpack(file);
    rowOf(b, 'proposal_versions', id).set('total', 1);
    expect((await refusedImport(b)).en).toContain('the sent version’s figures do not match its snapshot');
  });

  it('never takes the archive’s search tables: the index is rebuilt from the rows', async () => {
    const file = await w.as<FileDownload>(w.admin, 'workspace.exportArchive', {});
    const a = unpack(file);
    expect(Object.keys(a.tables).some((t) => t.startsWith('search_'))).toBe(false);
    // A forged index entry that points at the sent proposal with words it never had.
    a.tables.search_docs = {
      columns: [
        'id',
        'doc_key',
        'kind',
        'ref_id',
        'title',
        'body',
        'client_id',
        'status',
        'amount',
        'currency',
        'date',
      ],
      rows: [
        [
          1,
          `proposal:${sentId}`,
          'proposal',
          sentId,
          '伪造条款',
          '伪造条款',
          w.clientId,
          'sent',
          1,
          'CNY',
          '2026-11-23',
        ],
      ],
    };
    const target = await emptyWorkspace();
    await target.ok('workspace.importArchive', { bytesBase64: pack(a) });
    // The index is rebuilt in the background after the import (search/rebuild-job.ts).
    await target.core.workspace.searchIndex.idle();
    const search = async (query: string) =>
      (
        await target.ok<{ hits: { key: string }[] }>(
          'archive.search',
          { query, filters: {}, sort: 'relevance' },
          w.admin.id, // the imported workspace has several users: calls act as one of them
        )
      ).hits;
    expect(await search('伪造')).toEqual([]);
    expect((await search('发布会')).map((h) => h.key)).toContain(`proposal:${sentId}`);
    const forged = sqliteOf(target.core).prepare(`select count(*) n from search_docs where title = '伪造条款'`).get();
    expect(forged).toEqual({ n: 0 });
  });

  describe('restore', () => {
    const listBackups = () => readdirSync(requireFile(w.t.core.workspace).backupDir).sort();

    async function refusedRestore(name: string) {
      const before = await snapshotTables(w.t.core);
      const files = listBackups();
      const r = await w.t.core.call('backups.restore', { name }, { userId: w.admin.id, lang: 'en' });
      expect(await snapshotTables(w.t.core)).toBe(before);
      // Refused before the live file was touched: not even a pre-restore copy was made.
      expect(listBackups()).toEqual(files);
      if (r.ok) throw new Error('the backup was restored');
      expect(r.error.code).toBe('validation');
      return r.error;
    }

    /** Change a backup file with raw SQL, the way someone with a SQLite tool would. */
    function tamper(name: string, sql: string) {
      const db = new SQLite(join(requireFile(w.t.core.workspace).backupDir, name));
      db.exec(sql);
      db.close();
    }

    it('a backup with a foreign trigger is refused, naming the trigger; a missing one too; a clean one restores', async () => {
      const backup = await w.as<Backup>(w.admin, 'backups.create', {});
      // The clock stands still in this world: a second backup would get the same name, so copy it.
      const clean = backupFileName(new Date('2026-11-22T00:00:00.000Z'), 'manual');
      copyFileSync(
        join(requireFile(w.t.core.workspace).backupDir, backup.name),
        join(requireFile(w.t.core.workspace).backupDir, clean),
      );
      tamper(
        backup.name,
        `create trigger approve_on_sight after insert on proposal_approvals
         begin update proposal_approvals set status = 'approved' where id = new.id; end`,
      );
      const foreign = await refusedRestore(backup.name);
      expect(foreign.message).toBe(
        'The backup holds a trigger “approve_on_sight” that this app never creates; refused, the workspace is unchanged',
      );
      expect(foreign.messages['zh-CN']).toBe(
        '备份中有本应用不会创建的触发器“approve_on_sight”，已拒绝；工作区未做任何更改',
      );

      tamper(backup.name, 'drop trigger approve_on_sight; drop trigger audit_log_no_delete;');
      expect((await refusedRestore(backup.name)).message).toContain('lacks the trigger “audit_log_no_delete”');

      tamper(backup.name, 'create view proposals_all as select * from proposals;');
      expect((await refusedRestore(backup.name)).message).toContain('“proposals_all”');

      await w.as(w.admin, 'backups.restore', { name: clean });
      expect(listBackups().some((n) => n.endsWith('-pre-restore.db'))).toBe(true);
    });

    it('a backup whose frozen version was edited behind its trigger is refused, naming the row', async () => {
      const backup = await w.as<Backup>(w.admin, 'backups.create', {});
      const id = (sqliteOf(w.t.core).prepare('select id from proposal_versions').get() as { id: number }).id;
      // The trigger dropped, the version rewritten, the trigger put back exactly: the schema is the app's.
      const trigger = (
        sqliteOf(w.t.core)
          .prepare(`select sql from sqlite_master where name = 'proposal_versions_immutable'`)
          .get() as { sql: string }
      ).sql;
      tamper(
        backup.name,
        `drop trigger proposal_versions_immutable;
         update proposal_versions set snapshot = replace(snapshot, '认知度处于第二梯队', '客户已同意全部条款');
         ${trigger};`,
      );
      const r = await refusedRestore(backup.name);
      expect(r.message).toBe(
        `The proposal_versions row with id ${id} in the backup fails verification: the sent version’s content does not match its stored hash (the version was edited). The whole file was refused; the workspace is unchanged`,
      );
    });

    it('a restored file that will not open is rolled back whole, naming the pre-restore copy', async () => {
      // A version-6 workspace written by another tool: a proposal whose owner does not exist. It is
      // a sound SQLite file with the app's exact schema, so it passes every check up front; the
      // migration that records each proposal's first status (007) then hits the broken reference.
      const name = backupFileName(new Date('2026-11-20T00:00:00.000Z'), 'manual');
      mkdirSync(requireFile(w.t.core.workspace).backupDir, { recursive: true });
      const path = join(requireFile(w.t.core.workspace).backupDir, name);
      const old = openStore(path);
      await migrate(old.db, old.sqlite, 6);
      old.sqlite.pragma('foreign_keys = OFF');
      old.sqlite.exec(`
        insert into users (id, name, role, created_at) values (1, '王经理', 'admin', '2026-01-01');
        insert into clients (id, name, industry, owner_id, created_at, updated_at) values (1, '星河乳业', '快消', 1, '2026-02-01', '2026-02-01');
        insert into proposals (client_id, title, status, sections, owner_id, created_at, updated_at)
          values (1, '旧提案', 'draft', '[]', 999, '2026-03-01', '2026-03-01');`);
      old.sqlite.pragma('journal_mode = DELETE');
      await old.close();

      const before = await snapshotTables(w.t.core);
      const r = await w.t.core.call('backups.restore', { name }, { userId: w.admin.id, lang: 'en' });
      if (r.ok) throw new Error('the broken file was restored');
      const preRestore = listBackups().find((n) => n.endsWith('-pre-restore.db'))!;
      expect(preRestore).toBeDefined();
      expect(r.error.code).toBe('conflict');
      expect(r.error.message).toContain(`rolled back to the pre-restore copy ${preRestore}`);
      expect(r.error.message).toMatch(/^The restored file could not be opened \(FOREIGN KEY constraint failed\)/);
      expect(r.error.messages['zh-CN']).toContain(`已整体回滚到恢复前的副本 ${preRestore}`);
      // Whole: every row as before, and the workspace answers calls.
      expect(await snapshotTables(w.t.core)).toBe(before);
      expect(
        (await w.as<{ items: ApprovalItem[] }>(w.finance, 'approvals.queue', { state: 'pending' })).items,
      ).toHaveLength(1);
      expect(w.t.log.entries.some((e) => e.message.includes(preRestore))).toBe(true);
    });
  });

  it('the audit log refuses UPDATE, DELETE and REPLACE by raw SQL; appending still works', async () => {
    const sqlite = sqliteOf(w.t.core);
    const before = await snapshotTables(w.t.core);
    const first = sqlite.prepare('select id from audit_log order by id limit 1').get() as { id: number };
    expect(() => sqlite.prepare(`update audit_log set user_id = null where id = ?`).run(first.id)).toThrow(
      /append-only/,
    );
    expect(() => sqlite.prepare('delete from audit_log').run()).toThrow(/append-only/);
    expect(() =>
      sqlite
        .prepare(`insert or replace into audit_log (id, at, action) values (?, '2026-01-01', 'forged')`)
        .run(first.id),
    ).toThrow(/append-only/);
    expect(await snapshotTables(w.t.core)).toBe(before);
    await w.as(w.lead, 'clients.list', {});
    await w.as(w.admin, 'users.create', { name: '新同事', role: 'account_lead', password: 'new colleague 1' });
    expect(await snapshotTables(w.t.core)).not.toBe(before);
  });
});
