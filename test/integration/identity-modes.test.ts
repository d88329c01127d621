import { afterEach, describe, expect, it } from 'vitest';
import type { SessionState, User } from '@shared/contract';
import { openTestCore, snapshotTables, type TestCore } from './support/core';

/** Who acts without signing in: the solo user; an unclaimed workspace's admin; nobody once sign-in is on. */
describe('sign-in modes', () => {
  let t: TestCore;
  afterEach(() => t?.dispose());
  const setup = { mode: 'empty', adminName: '王经理', companyName: '星火传播', language: 'zh-CN' } as const;

  it('a one-user workspace needs no sign-in: its user acts', async () => {
    t = await openTestCore();
    await t.ok('workspace.setup', setup);
    expect(await t.ok<SessionState>('auth.session')).toMatchObject({ mode: 'solo', user: { name: '王经理' } });
    await t.ok('settings.get');
  });

  it('a solo admin without a password cannot add a second user (nobody could sign in as admin then)', async () => {
    t = await openTestCore();
    await t.ok('workspace.setup', setup);
    const before = await snapshotTables(t.core);
    const r = await t.core.call('users.create', { name: '陈磊', role: 'account_lead', password: 'lead password 1' });
    expect(!r.ok && r.error.code).toBe('conflict');
    expect(!r.ok && r.error.messages.en).toMatch(/at least one active admin needs a password/);
    expect(await snapshotTables(t.core)).toBe(before);
    // With a password of their own first, it works, and from then on everyone signs in.
    const changed: (string | null)[] = [];
    await t.core.call(
      'auth.changePassword',
      { currentPassword: '', newPassword: 'admin password 1' },
      { onSession: (id) => changed.push(id) },
    );
    expect(changed).toHaveLength(1);
    await t.ok('users.create', { name: '陈磊', role: 'account_lead', password: 'lead password 1' });
    const nobody = await t.core.call('auth.session', {});
    expect(nobody.ok && nobody.result).toEqual({ mode: 'required', user: null });
    const asAdmin = await t.core.call('auth.session', {}, { sessionId: changed[0]! });
    expect(asAdmin.ok && (asAdmin.result as SessionState).user?.name).toBe('王经理');
  });

  it('backing up now signs nobody out; a restore ends every other session', async () => {
    t = await openTestCore();
    // Backups are the solo file's (a team database is backed up with pg_dump, docs/team-server.md).
    if (t.engine !== 'sqlite') return;
    await t.ok('workspace.setup', { mode: 'empty', adminName: '王经理', companyName: '星火传播', language: 'zh-CN' });
    const admin: (string | null)[] = [];
    await t.core.call(
      'auth.changePassword',
      { currentPassword: '', newPassword: 'admin password 1' },
      { onSession: (id) => admin.push(id) },
    );
    const lead = await t.ok<User>('users.create', { name: '陈磊', role: 'account_lead', password: 'lead password 1' });
    let leadSession: string | null = null;
    await t.core.call(
      'auth.signIn',
      { userId: lead.id, password: 'lead password 1' },
      { onSession: (id) => (leadSession = id), client: 't' },
    );
    const backup = await t.core.call('backups.create', {}, { sessionId: admin[0]! });
    expect(backup.ok).toBe(true);
    const stillLead = await t.core.call('auth.session', {}, { sessionId: leadSession! });
    expect(stillLead.ok && (stillLead.result as SessionState).user?.name).toBe('陈磊');
    const stillAdmin = await t.core.call('auth.session', {}, { sessionId: admin[0]! });
    expect(stillAdmin.ok && (stillAdmin.result as SessionState).user?.name).toBe('王经理');

    const name = (backup.ok && (backup.result as { name: string }).name) || '';
    const restored = await t.core.call('backups.restore', { name }, { sessionId: admin[0]!, onSession: () => {} });
    expect(restored.ok).toBe(true);
    const afterRestore = await t.core.call('auth.session', {}, { sessionId: leadSession! });
    expect(afterRestore.ok && (afterRestore.result as SessionState).user).toBeNull();
  });

  it('the demo without a password (or a workspace from before sign-in) is unclaimed until its admin sets one', async () => {
    t = await openTestCore();
    await t.ok('workspace.setup', { ...setup, mode: 'demo' });
    const s = await t.ok<SessionState>('auth.session');
    expect(s).toMatchObject({ mode: 'unclaimed', user: { role: 'admin' } });
    // An admin must be the first with a password: a lead's first password would lock the admin out.
    const lead = (await t.ok<{ items: User[] }>('users.list')).items.find((u) => u.role === 'account_lead')!;
    const r = await t.core.call('users.setPassword', { id: lead.id, password: 'lead password 1' });
    expect(!r.ok && r.error.code).toBe('conflict');
    await t.ok('auth.changePassword', { currentPassword: '', newPassword: 'admin password 1' });
    expect(await t.ok<SessionState>('auth.session')).toEqual({ mode: 'required', user: null });
    const refused = await t.core.call('clients.list', {});
    expect(!refused.ok && refused.error.code).toBe('sign_in_required');
  });

  it('a deactivated user named in-process is refused, even for a public call', async () => {
    t = await openTestCore();
    await t.ok('workspace.setup', { ...setup, adminPassword: 'admin password 1' });
    const lead = await t.ok<User>(
      'users.create',
      { name: '陈磊', role: 'account_lead', password: 'lead password 1' },
      1,
    );
    await t.ok('users.update', { id: lead.id, active: false }, 1);
    const r = await t.core.call('auth.session', {}, { userId: lead.id });
    expect(!r.ok && r.error.code).toBe('unauthorized');
    // Back to one active user: solo again, nobody signs in.
    expect(await t.ok<SessionState>('auth.session')).toMatchObject({ mode: 'solo', user: { name: '王经理' } });
  });
});
