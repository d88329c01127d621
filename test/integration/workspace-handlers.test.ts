import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry, StoredSettings, User, WorkspaceStatus } from '@shared/contract';
import { openTestCore, snapshotTables, type TestCore } from './support/core';

const SETUP = {
  mode: 'empty',
  adminName: '王经理',
  companyName: '星火传播',
  language: 'zh-CN',
  adminPassword: 'admin password 1',
} as const;

describe('workspace, settings and users handlers', () => {
  let t: TestCore;
  let clock: Date;
  beforeEach(async () => {
    clock = new Date('2026-11-23T08:00:00.000Z');
    t = await openTestCore(() => clock);
  });
  afterEach(() => t.dispose());

  it('starts uninitialized and is set up once', async () => {
    const before = await t.ok<WorkspaceStatus>('workspace.status');
    expect(before.initialized).toBe(false);
    const after = await t.ok<WorkspaceStatus>('workspace.setup', SETUP);
    expect(after.initialized).toBe(true);
    expect(after.users).toEqual([expect.objectContaining({ name: '王经理', role: 'admin', active: true })]);
    const again = await t.core.call('workspace.setup', SETUP);
    expect(again.ok).toBe(false);
    // Set-up is public only while the workspace has no user; after that nobody may call it.
    if (!again.ok) expect(again.error.code).toBe('forbidden');
  });

  it('loads the demo workspace with clients, contacts, quotes and proposals in several states', async () => {
    const s = await t.ok<WorkspaceStatus>('workspace.setup', { ...SETUP, mode: 'demo' });
    // The demo agency has several users and the admin set a password: everyone signs in.
    expect(s.users.length).toBeGreaterThan(1);
    t.defaultUserId = s.users.find((u) => u.role === 'admin')!.id;
    expect(s.counts.clients).toBeGreaterThanOrEqual(8);
    expect(s.counts.quotes).toBeGreaterThanOrEqual(s.counts.clients);
    const proposals = await t.ok<{ items: { status: string }[] }>('proposals.list');
    expect(new Set(proposals.items.map((p) => p.status)).size).toBeGreaterThanOrEqual(5);
    const quotes = await t.ok<{ items: { total: number; net: number }[] }>('quotes.list');
    expect(quotes.items.every((q) => Number.isInteger(q.total) && q.total >= q.net)).toBe(true);
  });

  it('records who changed the settings and when, in the settings and in the audit log', async () => {
    await t.ok('workspace.setup', SETUP);
    const second = await t.ok<User>('users.create', { name: '李管理', role: 'admin', password: 'second admin 2' });
    // Two users now: everyone signs in, so the test names who acts.
    t.defaultUserId = 1;
    const current = await t.ok<StoredSettings>('settings.get');
    const { updatedAt: _a, updatedBy: _b, ...settings } = current;
    clock = new Date('2026-11-24T09:30:00.000Z');
    const saved = await t.ok<StoredSettings>(
      'settings.update',
      { ...settings, taxPercent: '6', companyName: '星火公关' },
      second.id,
    );
    expect(saved).toMatchObject({
      companyName: '星火公关',
      taxPercent: '6',
      updatedBy: '李管理',
      updatedAt: '2026-11-24T09:30:00.000Z',
    });
    const audit = await t.ok<{ items: AuditEntry[] }>('audit.list', { limit: 10 });
    expect(audit.items[0]).toMatchObject({
      action: 'settings.update',
      userName: '李管理',
      at: '2026-11-24T09:30:00.000Z',
    });
    expect(audit.items.map((a) => a.action)).toEqual(['settings.update', 'users.create', 'workspace.setup']);
  });

  it('reads nothing into the audit log', async () => {
    await t.ok('workspace.setup', SETUP);
    const before = await snapshotTables(t.core);
    await t.ok('settings.get');
    await t.ok('users.list');
    expect(await snapshotTables(t.core)).toBe(before);
  });

  it('keeps at least one active admin', async () => {
    const s = await t.ok<WorkspaceStatus>('workspace.setup', SETUP);
    const admin = s.users[0]!;
    const before = await snapshotTables(t.core);
    const r = await t.core.call('users.update', { id: admin.id, active: false });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('conflict');
    // The refused write rolled back whole, audit entry included.
    expect(await snapshotTables(t.core)).toBe(before);
  });

  it('answers not_found for an unknown user', async () => {
    await t.ok('workspace.setup', SETUP);
    const r = await t.core.call('users.update', { id: 999, name: 'x' });
    expect(r.ok ? null : r.error.code).toBe('not_found');
  });
});
