import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApprovalItem, ProposalDetail } from '@shared/contract';
import { openStore } from '../../electron/core/db/connection';
import { migrate } from '../../electron/core/db/migrate';
import { decideApproval } from '../../electron/core/repos/approvals';
import { keepAsset } from '../../electron/core/repos/proposal-versions';
import { snapshotTables } from './support/core';
import { openProposalWorld, PRE_COMM, saveArgs, SELF_CHECK, type ProposalWorld } from './support/proposal-world';

describe('the store keeps sent versions and decided approvals fixed (database rules)', () => {
  let w: ProposalWorld;
  let proposalId: number;
  beforeEach(async () => {
    w = await openProposalWorld();
    const p = await w.as<ProposalDetail>(w.lead, 'proposals.create', {
      clientId: w.clientId,
      title: '提案',
      quoteId: w.healthy.id,
    });
    const saved = await w.as<ProposalDetail>(
      w.lead,
      'proposals.save',
      saveArgs(p, { preCommunication: PRE_COMM, selfCheck: SELF_CHECK }),
    );
    await w.as(w.lead, 'proposals.send', { id: p.id, revision: saved.revision, acknowledgeWarnings: true });
    proposalId = p.id;
  });
  afterEach(() => w.t.dispose());

  // On PostgreSQL the server's role has no UPDATE/DELETE on these tables at all (permission denied);
  // the triggers refuse the owner as well (test/integration/postgres-rules.test.ts).
  const REFUSED = /immutable|never replaced|permission denied/;

  it('refuses UPDATE and DELETE of a version through plain SQL, and changes nothing', async () => {
    const t = w.t;
    const before = await snapshotTables(t.core);
    await expect(t.query(`update proposal_versions set total = 1 where proposal_id = ?`, proposalId)).rejects.toThrow(
      REFUSED,
    );
    await expect(t.query(`update proposal_versions set snapshot = '{}'`)).rejects.toThrow(REFUSED);
    await expect(t.query(`delete from proposal_versions where proposal_id = ?`, proposalId)).rejects.toThrow(REFUSED);
    // Replacing a row: SQLite's INSERT OR REPLACE deletes without firing delete triggers (a trigger
    // on insert closes that door); PostgreSQL's upsert is an UPDATE.
    await expect(
      t.query(
        t.engine === 'sqlite'
          ? `insert or replace into proposal_versions (id, proposal_id, number, snapshot, content_hash, currency, total, language, sent_at)
             select id, proposal_id, number, '{"tampered":true}', content_hash, currency, 1, language, sent_at from proposal_versions`
          : `insert into proposal_versions (id, proposal_id, number, snapshot, content_hash, currency, total, language, sent_at)
             select id, proposal_id, number, '{"tampered":true}', content_hash, currency, 1, language, sent_at from proposal_versions
             on conflict (id) do update set snapshot = excluded.snapshot`,
      ),
    ).rejects.toThrow(REFUSED);
    if (t.engine === 'sqlite')
      await expect(
        t.query(
          `insert into proposal_versions (proposal_id, number, snapshot, content_hash, currency, total, language, sent_at)
           values (?, 1, '{}', 'x', 'CNY', 1, 'zh-CN', 'now') on conflict do nothing`,
          proposalId,
        ),
      ).rejects.toThrow(/never replaced/);
    else {
      // PostgreSQL's ON CONFLICT DO NOTHING keeps the row as it is: nothing to refuse, nothing changed.
      await t.query(
        `insert into proposal_versions (proposal_id, number, snapshot, content_hash, currency, total, language, sent_at)
         values (?, 1, '{}', 'x', 'CNY', 1, 'zh-CN', 'now') on conflict do nothing`,
        proposalId,
      );
    }
    expect(await snapshotTables(t.core)).toBe(before);
  });

  it('refuses them through the query builder a repository would use', async () => {
    const db = w.t.core.store.db;
    await expect(db.updateTable('proposal_versions').set({ margin_percent: '99.9' }).execute()).rejects.toThrow(
      REFUSED,
    );
    await expect(db.deleteFrom('proposal_versions').execute()).rejects.toThrow(REFUSED);
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.updateTable('proposals').set({ title: '改名' }).where('id', '=', proposalId).execute();
        await trx.updateTable('proposal_versions').set({ total: 0 }).execute();
      }),
    ).rejects.toThrow(REFUSED);
    // The whole transaction rolled back, the unrelated write with it.
    const row = await db.selectFrom('proposals').select('title').where('id', '=', proposalId).executeTakeFirstOrThrow();
    expect(row.title).toBe('提案');
  });

  it('keeps a decided approval and the version files fixed too', async () => {
    const p = await w.as<ProposalDetail>(w.lead, 'proposals.create', {
      clientId: w.clientId,
      title: '低毛利',
      quoteId: w.thin.id,
    });
    await w.as(w.lead, 'proposals.requestApproval', { id: p.id, revision: p.revision, note: '' });
    const [item] = (await w.as<{ items: ApprovalItem[] }>(w.finance, 'approvals.queue', { state: 'pending' })).items;
    await w.as(w.finance, 'approvals.decide', { id: item!.id, decision: 'approved', comment: '' });
    const db = w.t.core.store.db;
    const t = w.t;
    await expect(t.query(`update proposal_approvals set status = 'rejected' where id = ?`, item!.id)).rejects.toThrow(
      /immutable|row-level security/,
    );
    await expect(t.query(`update proposal_approvals set content_hash = 'x'`)).rejects.toThrow(/immutable/);
    await expect(t.query(`delete from proposal_approvals`)).rejects.toThrow(/cannot be deleted|permission denied/);
    await decideApproval(db, item!.id, { status: 'rejected', by: w.finance.id, at: 'now', comment: null });
    const row = await db
      .selectFrom('proposal_approvals')
      .select('status')
      .where('id', '=', item!.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('approved');

    await keepAsset(db, 'c'.repeat(64), new Uint8Array([1, 2, 3]));
    await keepAsset(db, 'c'.repeat(64), new Uint8Array([9])); // the same hash again: kept as it was
    if (t.engine === 'sqlite') {
      await expect(
        t.query(`insert or replace into proposal_version_assets values (?, x'00')`, 'c'.repeat(64)),
      ).rejects.toThrow(/immutable/);
      await expect(
        t.query(
          `insert or replace into proposal_approvals (id, proposal_id, content_hash, snapshot, reasons, requested_at) values (?, ?, 'x', '{}', '[]', 'now')`,
          item!.id,
          p.id,
        ),
      ).rejects.toThrow(/cannot be replaced/);
    } else {
      await expect(
        t.query(
          `insert into proposal_version_assets values (?, '\\x00') on conflict (sha256) do update set bytes = excluded.bytes`,
          'c'.repeat(64),
        ),
      ).rejects.toThrow(/immutable|permission denied/);
      await expect(
        t.query(
          `insert into proposal_approvals (id, proposal_id, content_hash, snapshot, reasons, requested_at) values (?, ?, 'x', '{}', '[]', 'now')
           on conflict (id) do update set content_hash = excluded.content_hash`,
          item!.id,
          p.id,
        ),
      ).rejects.toThrow(/immutable/);
    }
    await expect(t.query(`update proposal_version_assets set bytes = ?`, Buffer.from([0]))).rejects.toThrow(
      /immutable|permission denied/,
    );
    await expect(t.query(`delete from proposal_version_assets`)).rejects.toThrow(/immutable|permission denied/);
  });

  it('a sent proposal cannot be deleted from under its versions', async () => {
    await expect(w.t.query(`delete from proposals where id = ?`, proposalId)).rejects.toThrow(
      /FOREIGN KEY|foreign key/,
    );
  });
});
describe('migration 007 on a version-6 workspace', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('starts every existing proposal’s history at its current status', async () => {
    dir = mkdtempSync(join(tmpdir(), 'workbench-007-'));
    const store = openStore(join(dir, 'w.db'));
    await migrate(store.db, store.sqlite, 6);
    store.sqlite.exec(`
      insert into users (name, role, created_at) values ('王经理', 'admin', '2026-01-01');
      insert into clients (name, industry, owner_id, created_at, updated_at) values ('星河乳业', '快消', 1, '2026-02-01', '2026-02-01');
      insert into proposals (client_id, title, status, sections, owner_id, created_at, updated_at, lost_reason)
        values (1, '甲', 'sent', '[]', 1, '2026-03-01', '2026-03-02', null), (1, '乙', 'lost', '[]', 1, '2026-03-05', '2026-03-06', '预算收紧');`);
    await migrate(store.db, store.sqlite);
    const history = store.sqlite
      .prepare(`select proposal_id, from_status, to_status, at from proposal_status_history order by id`)
      .all();
    expect(history).toEqual([
      { proposal_id: 1, from_status: null, to_status: 'sent', at: '2026-03-01' },
      { proposal_id: 2, from_status: null, to_status: 'lost', at: '2026-03-05' },
    ]);
    const p = store.sqlite
      .prepare(`select revision, language, lost_reason, lost_reason_code from proposals where id = 2`)
      .get();
    expect(p).toEqual({ revision: 1, language: 'zh-CN', lost_reason: '预算收紧', lost_reason_code: null });
    await store.close();
  });
});
