import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResponse, ApprovalItem, ProposalDetail, QuoteRecord } from '@shared/contract';
import { thinQuote } from '../../electron/core/seed/proposal-demo';
import {
  openProposalWorld,
  PRE_COMM,
  saveArgs,
  SELF_CHECK,
  withText,
  WORLD_PASSWORD,
  type ProposalWorld,
} from './support/proposal-world';

/** Fails instead of hanging: a deadlocked pool never answers. */
function within<T>(ms: number, what: string, p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms);
  });
  return Promise.race([p, limit]).finally(() => clearTimeout(timer));
}

/**
 * Two faults the team load bench (`npm run bench -- team`) found with 20 users on one server,
 * each reproduced here with a handful of calls on both engines.
 */
describe('many people at once on one workspace', () => {
  let w: ProposalWorld;
  beforeEach(async () => {
    w = await openProposalWorld();
  });
  afterEach(() => w.t.dispose());

  it('more concurrent signed-in writes than the pool has connections all complete (the session is read outside the transaction)', async () => {
    let sessionId: string | null = null;
    const signIn = await w.t.core.call(
      'auth.signIn',
      { userId: w.lead.id, password: WORLD_PASSWORD },
      { onSession: (id) => (sessionId = id) },
    );
    expect(signIn.ok).toBe(true);
    expect(sessionId).toBeTruthy();
    // The test core's pool has 4 connections (test/integration/support/core.ts); 12 writes at once.
    // Before the fix each write held a connection for its transaction and waited for a second one
    // to read the session: with every connection so held, the server stopped answering anyone.
    const writes = Array.from({ length: 12 }, (_, i) =>
      w.t.core.call(
        'quotes.create',
        { clientId: w.clientId, title: `并发报价 ${i}`, document: thinQuote('zh-CN', `并发报价 ${i}`, '星河乳业') },
        { sessionId: sessionId! },
      ),
    );
    const results = (await within(60_000, '12 concurrent writes', Promise.all(writes))) as ApiResponse<QuoteRecord>[];
    expect(results.map((r) => r.ok)).toEqual(Array(12).fill(true));
    const ids = results.map((r) => (r.ok ? r.result.id : 0));
    const stored = await w.t.query<{ n: number | string }>(
      `select count(*) as n from quotes where title like ?`,
      '并发报价 %',
    );
    expect(Number(stored[0]!.n)).toBe(12);
    expect(new Set(ids).size).toBe(12);
    // Whose writes they were: the session's user, on every one.
    expect(results.every((r) => r.ok && r.result.ownerId === w.lead.id)).toBe(true);
  });

  it('two deciders on one request at once: exactly one is acknowledged, and it is the one the database holds', async () => {
    const p = await w.as<ProposalDetail>(w.lead, 'proposals.create', {
      clientId: w.clientId,
      title: '年度提案',
      quoteId: w.thin.id,
    });
    const saved = await w.as<ProposalDetail>(
      w.lead,
      'proposals.save',
      saveArgs(p, {
        sections: withText(p.sections, 'situation', '认知度处于第二梯队'),
        preCommunication: PRE_COMM,
        selfCheck: SELF_CHECK,
      }),
    );
    const asked = await w.as<ProposalDetail>(w.lead, 'proposals.requestApproval', {
      id: saved.id,
      revision: saved.revision,
      note: '请审批',
    });
    const approvalId = asked.approval!.id;

    // On PostgreSQL, hold the row so that both deciders have read it as pending before either
    // can write: the race the bench hit, made certain. (SQLite runs one write at a time.)
    let holder: pg.Client | null = null;
    if (w.t.pg) {
      holder = new pg.Client({ connectionString: w.t.pg.ownerUrl });
      await holder.connect();
      await holder.query('begin');
      await holder.query('select id from proposal_approvals where id = $1 for update', [approvalId]);
    }
    const decide = (userId: number, comment: string) =>
      w.t.core.call('approvals.decide', { id: approvalId, decision: 'approved', comment }, { userId });
    const both = Promise.all([decide(w.finance.id, '财务同意'), decide(w.admin.id, '管理员同意')]);
    if (holder) {
      await new Promise((r) => setTimeout(r, 1500));
      await holder.query('commit');
      await holder.end();
    }
    const [byFinance, byAdmin] = (await within(60_000, 'two decisions', both)) as ApiResponse<ApprovalItem>[];
    const winners = [byFinance!, byAdmin!].filter((r) => r.ok);
    expect(winners).toHaveLength(1);
    const loser = [byFinance!, byAdmin!].find((r) => !r.ok)!;
    expect(loser.ok ? null : loser.error.code).toBe('conflict');
    const winnerId = byFinance!.ok ? w.finance.id : w.admin.id;
    const row = await w.t.query<{ status: string; decided_by: number; comment: string }>(
      'select status, decided_by, comment from proposal_approvals where id = ?',
      approvalId,
    );
    expect(row[0]).toEqual({
      status: 'approved',
      decided_by: winnerId,
      comment: byFinance!.ok ? '财务同意' : '管理员同意',
    });
    // One decision in the audit trail, by the one acknowledged.
    const audit = await w.t.query<{ user_id: number }>(
      `select user_id from audit_log where action = 'approvals.decide'`,
    );
    expect(audit).toEqual([{ user_id: winnerId }]);
  });
});
