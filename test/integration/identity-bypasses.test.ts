import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  HTTP_STATUS,
  type ApprovalItem,
  type Backup,
  type ProposalDetail,
  type StoredSettings,
  type User,
} from '@shared/contract';
import { snapshotTables } from './support/core';
import { openProposalWorld, type ProposalWorld } from './support/proposal-world';

/**
 * The ways around finance, tried as a determined account lead would, on a real SQLite
 * file: each refused with a 4xx and every table byte-identical, and the same action succeeding
 * when the right role does it.
 */
describe('identity and permission bypasses', () => {
  let w: ProposalWorld;
  beforeEach(async () => {
    w = await openProposalWorld();
  });
  afterEach(() => w.t.dispose());

  /** Refused with a 4xx, in both languages, nothing written. */
  async function refused(user: User, name: string, args: unknown): Promise<string> {
    const before = await snapshotTables(w.t.core);
    const r = await w.raw(user, name, args, 'en');
    expect(await snapshotTables(w.t.core), `${name} changed the database`).toBe(before);
    if (r.ok) throw new Error(`${name} was accepted for ${user.name}`);
    const status = HTTP_STATUS[r.error.code];
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(r.error.messages['zh-CN']).toMatch(/\S/);
    return r.error.code;
  }

  it('an account lead cannot make themselves finance; an admin can', async () => {
    expect(await refused(w.lead, 'users.update', { id: w.lead.id, role: 'finance' })).toBe('forbidden');
    const promoted = await w.as<User>(w.admin, 'users.update', { id: w.lead.id, role: 'finance' });
    expect(promoted.role).toBe('finance');
  });

  it('an account lead cannot create a finance user; an admin can', async () => {
    const args = { name: '假财务', role: 'finance', password: 'fake finance 1' };
    expect(await refused(w.lead, 'users.create', args)).toBe('forbidden');
    const created = await w.as<User>(w.admin, 'users.create', args);
    expect(created).toMatchObject({ role: 'finance', active: true, hasPassword: true });
  });

  it('an account lead cannot lower the margin floor to 0; an admin can', async () => {
    const { updatedAt: _a, updatedBy: _b, ...settings } = await w.as<StoredSettings>(w.lead, 'settings.get', {});
    const lowered = { ...settings, marginFloorPercent: '0' };
    expect(await refused(w.lead, 'settings.update', lowered)).toBe('forbidden');
    expect(await refused(w.finance, 'settings.update', lowered)).toBe('forbidden');
    const saved = await w.as<StoredSettings>(w.admin, 'settings.update', lowered);
    expect(saved).toMatchObject({ marginFloorPercent: '0', updatedBy: w.admin.name });
  });

  it('a deactivated finance user cannot approve; an active one can', async () => {
    const draft = await w.as<ProposalDetail>(w.lead, 'proposals.create', {
      clientId: w.clientId,
      title: '低于底线的提案',
      quoteId: w.thin.id,
    });
    await w.as(w.lead, 'proposals.requestApproval', { id: draft.id, revision: draft.revision, note: '' });
    const [item] = (await w.as<{ items: ApprovalItem[] }>(w.finance, 'approvals.queue', { state: 'pending' })).items;
    const decision = { id: item!.id, decision: 'approved', comment: '' };

    await w.as(w.admin, 'users.update', { id: w.finance.id, active: false });
    expect(await refused(w.finance, 'approvals.decide', decision)).toBe('unauthorized');
    // Nor through a session made before the deactivation: it ended with it (see the sessions test).

    await w.as(w.admin, 'users.update', { id: w.finance.id, active: true });
    const approved = await w.as<ApprovalItem>(w.finance, 'approvals.decide', decision);
    expect(approved).toMatchObject({ status: 'approved', decidedBy: w.finance.name });
  });

  it('an account lead cannot restore a backup (or make, list or inspect one); an admin can', async () => {
    // A team workspace (PostgreSQL) has no backups in the app: there the roles are still checked first.
    const backup =
      w.t.engine === 'sqlite'
        ? await w.as<Backup>(w.admin, 'backups.create', {})
        : { name: 'workbench-20261101T000000000Z-manual.db' };
    await w.as(w.lead, 'proposals.create', { clientId: w.clientId, title: '备份之后', quoteId: w.healthy.id });
    expect(await refused(w.lead, 'backups.restore', { name: backup.name })).toBe('forbidden');
    expect(await refused(w.lead, 'backups.create', {})).toBe('forbidden');
    expect(await refused(w.lead, 'backups.list', {})).toBe('forbidden');
    expect(await refused(w.lead, 'backups.inspect', { name: backup.name })).toBe('forbidden');
    expect(await refused(w.finance, 'backups.restore', { name: backup.name })).toBe('forbidden');
    if (w.t.engine !== 'sqlite') return;

    await w.as(w.admin, 'backups.restore', { name: backup.name });
    const titles = (await w.as<{ items: { title: string }[] }>(w.admin, 'proposals.list', {})).items.map(
      (p) => p.title,
    );
    expect(titles).not.toContain('备份之后');
  });

  it('without a session nobody acts in a workspace of several users', async () => {
    const before = await snapshotTables(w.t.core);
    const r = await w.t.core.call('clients.list', {}, { lang: 'en' });
    expect(!r.ok && r.error.code).toBe('sign_in_required');
    const write = await w.t.core.call('users.create', { name: 'x', role: 'admin', password: 'long enough 1' });
    expect(!write.ok && write.error.code).toBe('sign_in_required');
    expect(await snapshotTables(w.t.core)).toBe(before);
  });
});
