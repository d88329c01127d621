import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProposalDetail, QuoteRecord, User } from '@shared/contract';
import { openTestCore, type TestCore } from './support/core';
import { quoteDocument } from './support/archive-world';
import { CLIENT } from './support/changes';
import { saveArgs } from './support/proposal-world';

/**
 * Keep mine after a conflict: a save that names the other person's revision and says it
 * overwrites is a new revision on top of theirs, and the audit entry records whose revision it
 * replaced; without the flag (or against a revision newer than the one seen) it stays a conflict.
 */
describe('keep mine: saving over someone else’s revision, on the record', () => {
  let t: TestCore;
  let lead: User;
  let clientId: number;

  beforeEach(async () => {
    t = await openTestCore();
    await t.ok('workspace.setup', {
      mode: 'empty',
      adminName: '王经理',
      companyName: '星火传播',
      language: 'zh-CN',
      adminPassword: 'admin password 1',
    });
    t.defaultUserId = 1;
    lead = await t.ok<User>('users.create', { name: '陈磊', role: 'account_lead', password: 'lead password 1' });
    clientId = (await t.ok<{ id: number }>('clients.save', { ...CLIENT, name: '星河乳业' })).id;
  });
  afterEach(async () => {
    await t.dispose();
  });

  const lastAudit = async (action: string) =>
    JSON.parse(
      (
        await t.query<{ detail: string }>(
          'select detail from audit_log where action = ? order by id desc limit 1',
          action,
        )
      )[0]!.detail,
    );

  it('quotes: the stale save is refused; keep-mine writes revision 3 over theirs and the audit names it', async () => {
    const q = await t.ok<QuoteRecord>('quotes.create', {
      clientId,
      title: '报价',
      document: quoteDocument('报价', '执行', '策划', '场地'),
    });
    const save = (revision: number, title: string, userId: number, overwrite?: boolean) =>
      t.core.call(
        'quotes.save',
        {
          id: q.id,
          revision,
          clientId,
          ownerId: q.ownerId,
          document: quoteDocument(title, '执行', '策划', '场地'),
          lineMeta: {},
          ...(overwrite === undefined ? {} : { overwrite }),
        },
        { userId },
      );
    expect((await save(1, '管理员的版本', 1)).ok).toBe(true);
    const stale = await save(1, '陈磊的版本', lead.id);
    expect(stale.ok || stale.error.code).toBe('conflict');
    // Keep mine names the revision the conflict view showed (2): a new revision 3.
    const kept = await save(2, '陈磊的版本', lead.id, true);
    expect(kept.ok).toBe(true);
    const stored = await t.ok<QuoteRecord>('quotes.get', { id: q.id });
    expect([stored.revision, stored.document.title, stored.updatedBy]).toEqual([3, '陈磊的版本', '陈磊']);
    expect(await lastAudit('quotes.save')).toEqual({ revision: 3, overwrote: { revision: 2, by: '王经理' } });
    // An overwrite still needs the revision it saw: a save over revision 2 now is a conflict again.
    const again = await save(2, '又一次', lead.id, true);
    expect(again.ok || again.error.code).toBe('conflict');
    expect((await t.ok<QuoteRecord>('quotes.get', { id: q.id })).revision).toBe(3);
  });

  it('proposals: keep-mine is a new revision and the audit says which revision it overwrote', async () => {
    const p = await t.ok<ProposalDetail>('proposals.create', { clientId, title: '提案' });
    const first = await t.ok<ProposalDetail>('proposals.save', saveArgs(p, { title: '管理员改的' }));
    const stale = await t.core.call('proposals.save', saveArgs(p, { title: '陈磊改的' }), { userId: lead.id });
    expect(stale.ok || stale.error.code).toBe('conflict');
    const kept = await t.ok<ProposalDetail>(
      'proposals.save',
      { ...saveArgs(first, { title: '陈磊改的' }), overwrite: true },
      lead.id,
    );
    expect([kept.revision, kept.title]).toEqual([first.revision + 1, '陈磊改的']);
    expect(await lastAudit('proposals.save')).toEqual({
      revision: first.revision + 1,
      overwrote: { revision: first.revision },
    });
  });
});
