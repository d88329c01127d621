import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApprovalItem, ProposalDetail } from '@shared/contract';
import { actAs } from '../../electron/core/db/acting';
import { UnsafeIntegerError } from '../../electron/core/db/postgres/types';
import { openProposalWorld, PRE_COMM, SELF_CHECK, saveArgs, type ProposalWorld } from './support/proposal-world';

/**
 * The evidence rules as PostgreSQL enforces them for a team server (this file runs on the
 * PostgreSQL project only; the SQLite triggers have theirs in proposal-store.test.ts). Every
 * statement is hand-written SQL on the server's own connection — the role a team server logs in
 * as — or, where said, on the owner's.
 */
describe('PostgreSQL: the server role cannot rewrite evidence', () => {
  let w: ProposalWorld;
  let versionProposal: number;
  let pendingId: number;
  let owner: pg.Client;

  beforeAll(async () => {
    w = await openProposalWorld();
    if (w.t.engine !== 'postgres') throw new Error('run this file on the integration-pg project');
    // A sent version (the healthy quote needs no approval)…
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
    versionProposal = p.id;
    // …and a pending approval request (the thin quote needs one).
    const thin = await w.as<ProposalDetail>(w.lead, 'proposals.create', {
      clientId: w.clientId,
      title: '低毛利',
      quoteId: w.thin.id,
    });
    await w.as(w.lead, 'proposals.requestApproval', { id: thin.id, revision: thin.revision, note: '' });
    const [item] = (await w.as<{ items: ApprovalItem[] }>(w.finance, 'approvals.queue', { state: 'pending' })).items;
    pendingId = item!.id;
    owner = new pg.Client({ connectionString: w.t.pg!.ownerUrl });
    await owner.connect();
  });
  afterAll(async () => {
    await owner?.end();
    await w?.t.dispose();
  });

  const db = () => w.t.core.store.db;
  const status = async (id: number) =>
    (await sql<{ status: string }>`select status from proposal_approvals where id = ${id}`.execute(db())).rows[0]!
      .status;

  it('refuses UPDATE and DELETE of a frozen version: no privilege for the server, a trigger for the owner', async () => {
    const before = await w.t.query('select * from proposal_versions order by id');
    expect(before.length).toBe(1);
    await expect(
      w.t.query('update proposal_versions set total = 1 where proposal_id = ?', versionProposal),
    ).rejects.toThrow(/permission denied for table proposal_versions/);
    await expect(w.t.query('delete from proposal_versions')).rejects.toThrow(
      /permission denied for table proposal_versions/,
    );
    await expect(owner.query('update proposal_versions set total = 1')).rejects.toThrow(/immutable/);
    await expect(owner.query('delete from proposal_versions')).rejects.toThrow(/immutable/);
    await expect(owner.query('truncate proposal_versions cascade')).rejects.toThrow(/immutable/);
    expect(await w.t.query('select * from proposal_versions order by id')).toEqual(before);
  });

  it('refuses an approval decision by an account-lead session, even by raw SQL on the server connection', async () => {
    const decide = (actor: { id: number; role: string } | null, by: number) =>
      db()
        .transaction()
        .execute(async (trx) => {
          await actAs(trx, actor);
          await sql`update proposal_approvals set status = 'approved', decided_by = ${by}, decided_at = 'now'
                    where id = ${pendingId}`.execute(trx);
        });
    await expect(decide({ id: w.lead.id, role: 'account_lead' }, w.lead.id)).rejects.toThrow(/row-level security/);
    // No acting user at all (a connection that skipped the dispatcher): refused as well.
    await expect(decide(null, w.finance.id)).rejects.toThrow(/row-level security/);
    await expect(
      w.t.query(`update proposal_approvals set status = 'rejected' where id = ?`, pendingId),
    ).rejects.toThrow(/row-level security/);
    // Finance may decide — but only in its own name.
    await expect(decide({ id: w.finance.id, role: 'finance' }, w.admin.id)).rejects.toThrow(/row-level security/);
    expect(await status(pendingId)).toBe('pending');
    await decide({ id: w.finance.id, role: 'finance' }, w.finance.id);
    expect(await status(pendingId)).toBe('approved');
    // Decided once: not again, not by anyone, not even the owner.
    await expect(decide({ id: w.finance.id, role: 'finance' }, w.finance.id)).rejects.toThrow(/immutable/);
    await expect(
      owner.query(`update proposal_approvals set status = 'rejected' where id = ${pendingId}`),
    ).rejects.toThrow(/immutable/);
    await expect(w.t.query('delete from proposal_approvals')).rejects.toThrow(/permission denied/);
    expect(await status(pendingId)).toBe('approved');
  });

  it('keeps the acting user to its transaction (SET LOCAL): the next statement on the pool acts as nobody', async () => {
    await db()
      .transaction()
      .execute((trx) => actAs(trx, { id: w.finance.id, role: 'finance' }));
    for (let i = 0; i < 5; i++) {
      const { rows } = await sql<{
        role: string | null;
      }>`select current_setting('workbench.role', true) as role`.execute(db());
      expect(rows[0]!.role ?? '').toBe('');
    }
  });

  it('refuses DELETE, UPDATE and TRUNCATE of the audit log', async () => {
    const count = async () => (await w.t.query<{ n: number }>('select count(*) as n from audit_log'))[0]!.n;
    const before = await count();
    expect(before).toBeGreaterThan(0);
    await expect(w.t.query('delete from audit_log')).rejects.toThrow(/permission denied for table audit_log/);
    await expect(w.t.query(`update audit_log set action = 'x'`)).rejects.toThrow(
      /permission denied for table audit_log/,
    );
    await expect(owner.query('delete from audit_log')).rejects.toThrow(/append-only/);
    await expect(owner.query(`update audit_log set action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(owner.query('truncate audit_log')).rejects.toThrow(/append-only|cannot truncate/);
    expect(await count()).toBe(before);
  });

  it('reads bigint money as exact numbers and refuses one beyond the safe range', async () => {
    const ok = await sql<{ v: number; s: number }>`select 9007199254740991::bigint as v, sum(x)::numeric as s
                                                   from (values (4503599627370495::bigint), (1::bigint)) t(x)`.execute(
      db(),
    );
    expect(ok.rows[0]).toEqual({ v: 9007199254740991, s: 4503599627370496 });
    await expect(sql`select 9007199254740993::bigint as v`.execute(db())).rejects.toThrow(UnsafeIntegerError);
  });
});
