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

describe('the store keeps sent versions and decided approvals fixed (SQLite triggers)', () => {
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

  it('refuses UPDATE and DELETE of a version through plain SQL, and changes nothing', () => {
    const sqlite = w.t.core.store.sqlite;
    const before = snapshotTables(w.t.core);
    expect(() =>
      sqlite.prepare(`update proposal_versions set total = 1 where proposal_id = ?`).run(proposalId),
    ).toThrow(/immutable/);
    expect(() => sqlite.prepare(`update proposal_versions set snapshot = '{}'`).run()).toThrow(/immutable/);
    expect(() => sqlite.prepare(`delete from proposal_versions where proposal_id = ?`).run(proposalId)).toThrow(
      /immutable/,
    );
    // INSERT OR REPLACE deletes without firing delete triggers; a trigger on insert closes that door.
    expect(() =>
      sqlite
        .prepare(
          `insert or replace into proposal_versions (id, proposal_id, number, snapshot, content_hash, currency, total, language, sent_at)
           select id, proposal_id, number, '{"tampered":true}', content_hash, currency, 1, language, sent_at from proposal_versions`,
        )
        .run(),
    ).toThrow(/never replaced/);
    expect(() =>
      sqlite
        .prepare(
          `insert into proposal_versions (proposal_id, number, snapshot, content_hash, currency, total, language, sent_at)
           values (?, 1, '{}', 'x', 'CNY', 1, 'zh-CN', 'now') on conflict do nothing`,
        )
        .run(proposalId),
    ).toThrow(/never replaced/);
    expect(snapshotTables(w.t.core)).toBe(before);
  });

  it('refuses them through the query builder a repository would use', async () => {
    const db = w.t.core.store.db;
    await expect(db.updateTable('proposal_versions').set({ margin_percent: '99.9' }).execute()).rejects.toThrow(
      /immutable/,
    );
    await expect(db.deleteFrom('proposal_versions').execute()).rejects.toThrow(/immutable/);
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.updateTable('proposals').set({ title: '改名' }).where('id', '=', proposalId).execute();
        await trx.updateTable('proposal_versions').set({ total: 0 }).execute();
      }),
    ).rejects.toThrow(/immutable/);
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
    const sqlite = w.t.core.store.sqlite;
    expect(() =>
      sqlite.prepare(`update proposal_approvals set status = 'rejected' where id = ?`).run(item!.id),
    ).toThrow(/immutable/);
    expect(() => sqlite.prepare(`update proposal_approvals set content_hash = 'x'`).run()).toThrow(/immutable/);
    expect(() => sqlite.prepare(`delete from proposal_approvals`).run()).toThrow(/cannot be deleted/);
    await decideApproval(db, item!.id, { status: 'rejected', by: w.finance.id, at: 'now', comment: null });
    const row = await db
      .selectFrom('proposal_approvals')
      .select('status')
      .where('id', '=', item!.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('approved');

    await keepAsset(db, 'c'.repeat(64), new Uint8Array([1, 2, 3]));
    await keepAsset(db, 'c'.repeat(64), new Uint8Array([9])); // the same hash again: kept as it was
    expect(() =>
      sqlite.prepare(`insert or replace into proposal_version_assets values (?, x'00')`).run('c'.repeat(64)),
    ).toThrow(/immutable/);
    expect(() =>
      sqlite
        .prepare(
          `insert or replace into proposal_approvals (id, proposal_id, content_hash, snapshot, reasons, requested_at) values (?, ?, 'x', '{}', '[]', 'now')`,
        )
        .run(item!.id, p.id),
    ).toThrow(/cannot be replaced/);
    expect(() => sqlite.prepare(`update proposal_version_assets set bytes = x'00'`).run()).toThrow(/immutable/);
    expect(() => sqlite.prepare(`delete from proposal_version_assets`).run()).toThrow(/immutable/);
  });

  it('a sent proposal cannot be deleted from under its versions', () => {
    const sqlite = w.t.core.store.sqlite;
    expect(() => sqlite.prepare(`delete from proposals where id = ?`).run(proposalId)).toThrow(/FOREIGN KEY/);
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
