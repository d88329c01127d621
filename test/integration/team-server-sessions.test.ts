import { afterEach, describe, expect, it } from 'vitest';
import pg from 'pg';
import type { SessionState, User } from '@shared/contract';
import { openCore, type Core } from '../../electron/core';
import { createMemoryLogger } from '../../electron/common/log';
import { createTestDatabase, type TestDatabase } from '../support/engine';

const SETUP = {
  mode: 'demo',
  adminName: '王经理',
  companyName: '星火传播',
  language: 'zh-CN',
  adminPassword: 'admin password 1',
} as const;
const HOUR = 3_600_000;

/**
 * Sessions of a team workspace live in its database (migration 019): two cores on one database —
 * two server processes behind one proxy — answer the same session, and ending it on one ends it on
 * the other. Expiry as in memory: two hours idle, twelve after sign-in.
 */
describe('team sessions in PostgreSQL', () => {
  let db: TestDatabase;
  const cores: Core[] = [];
  let clock = new Date('2026-12-02T09:00:00.000Z');
  const open = async () => {
    const core = await openCore({
      team: { url: db.url, ownerUrl: db.ownerUrl, poolMax: 3 },
      log: createMemoryLogger(),
      now: () => clock,
    });
    cores.push(core);
    return core;
  };
  const sessionRows = async () => {
    const c = new pg.Client({ connectionString: db.ownerUrl });
    await c.connect();
    try {
      return (await c.query('select id_hash, user_id, created_at, last_seen_at from sessions')).rows;
    } finally {
      await c.end();
    }
  };

  /** Sign in on `core`: the session id the host would put in its cookie. */
  async function signIn(core: Core, userId: number, password: string): Promise<string> {
    let id: string | null = null;
    const r = await core.call('auth.signIn', { userId, password }, { onSession: (s) => (id = s), client: 't' });
    expect(r.ok).toBe(true);
    expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    return id!;
  }

  afterEach(async () => {
    for (const c of cores.splice(0)) await c.close();
    await db?.drop();
    clock = new Date('2026-12-02T09:00:00.000Z');
  });

  async function claimedWorkspace(): Promise<{ a: Core; b: Core; admin: User }> {
    db = await createTestDatabase();
    const a = await open();
    const b = await open();
    const r = await a.call('workspace.setup', SETUP);
    expect(r.ok).toBe(true);
    const status = await b.call('auth.session', {});
    expect(status.ok && (status.result as SessionState).mode).toBe('required');
    const users = (await b.call('workspace.status', {})) as { ok: true; result: { users: User[] } };
    return { a, b, admin: users.result.users.find((u) => u.role === 'admin')! };
  }

  it('a session made on one server is answered by another; signing out on the first ends it on both', async () => {
    const { a, b, admin } = await claimedWorkspace();
    const id = await signIn(a, admin.id, SETUP.adminPassword);
    const onB = await b.call('users.list', {}, { sessionId: id });
    expect(onB.ok).toBe(true);
    expect(await b.call('auth.session', {}, { sessionId: id })).toMatchObject({
      ok: true,
      result: { mode: 'required', user: { id: admin.id } },
    });
    // Only a digest of the id is stored: the table read by anyone lets nobody act.
    // (Two: whoever set the workspace up carries on signed in.)
    const rows = await sessionRows();
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.id_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(id);

    const out = await a.call('auth.signOut', {}, { sessionId: id, onSession: () => {} });
    expect(out.ok).toBe(true);
    const after = await b.call('users.list', {}, { sessionId: id });
    expect(!after.ok && after.error.code).toBe('sign_in_required');
    expect(await sessionRows()).toHaveLength(1);
  });

  it('a password change on one server ends the user’s other sessions on every server', async () => {
    const { a, b, admin } = await claimedWorkspace();
    const first = await signIn(a, admin.id, SETUP.adminPassword);
    const second = await signIn(b, admin.id, SETUP.adminPassword);
    let fresh: string | null = null;
    const changed = await b.call(
      'auth.changePassword',
      { currentPassword: SETUP.adminPassword, newPassword: 'admin password 2' },
      { sessionId: second, onSession: (s) => (fresh = s) },
    );
    expect(changed.ok).toBe(true);
    const old = await a.call('users.list', {}, { sessionId: first });
    expect(!old.ok && old.error.code).toBe('sign_in_required');
    expect((await a.call('users.list', {}, { sessionId: fresh! })).ok).toBe(true);
  });

  it('expires after two hours idle and twelve after sign-in, whichever server is asked', async () => {
    const { a, b, admin } = await claimedWorkspace();
    const id = await signIn(a, admin.id, SETUP.adminPassword);
    // Used every 1 h 59 min on alternating servers: alive until 12 h after sign-in.
    for (let i = 1; i <= 6; i++) {
      clock = new Date(clock.getTime() + 2 * HOUR - 60_000);
      const r = await (i % 2 ? b : a).call('users.list', {}, { sessionId: id });
      expect(r.ok, `use ${i}`).toBe(true);
    }
    clock = new Date(Date.parse('2026-12-02T21:00:00.000Z'));
    const late = await b.call('users.list', {}, { sessionId: id });
    expect(!late.ok && late.error.code).toBe('sign_in_required');

    const idle = await signIn(b, admin.id, SETUP.adminPassword);
    clock = new Date(clock.getTime() + 2 * HOUR);
    const r = await a.call('users.list', {}, { sessionId: idle });
    expect(!r.ok && r.error.code).toBe('sign_in_required');
  });

  it('a sign-in sweeps sessions that expired unseen; the team archive never carries sessions', async () => {
    const { a, b, admin } = await claimedWorkspace();
    await signIn(a, admin.id, SETUP.adminPassword);
    await signIn(a, admin.id, SETUP.adminPassword);
    expect(await sessionRows()).toHaveLength(3); // and the set-up's own
    clock = new Date(clock.getTime() + 3 * HOUR);
    const id = await signIn(b, admin.id, SETUP.adminPassword);
    expect(await sessionRows()).toHaveLength(1);
    const exported = await b.call('workspace.exportArchive', {}, { sessionId: id });
    expect(exported.ok).toBe(true);
    const { gunzipSync } = await import('node:zlib');
    const archive = JSON.parse(
      gunzipSync(
        Buffer.from((exported as { result: { bytesBase64: string } }).result.bytesBase64, 'base64'),
      ).toString(),
    );
    expect(Object.keys(archive.tables)).not.toContain('sessions');
    expect(Object.keys(archive.tables)).toContain('users');
  });

  it('a caller the host does not vouch for never acts implicitly (team server without its set-up token)', async () => {
    db = await createTestDatabase();
    const a = await open();
    // First run: closed to a caller without the set-up token, open to one with it.
    const refused = await a.call('workspace.setup', SETUP, { implicitIdentity: false });
    expect(!refused.ok && refused.error.code).toBe('sign_in_required');
    const setup = await a.call('workspace.setup', { ...SETUP, mode: 'empty', adminPassword: undefined });
    expect(setup.ok).toBe(true);
    // One user, no password (solo): the token holder acts as them; nobody else does.
    expect(await a.call('auth.session', {}, { implicitIdentity: false })).toMatchObject({
      ok: true,
      result: { mode: 'solo', user: null },
    });
    const r = await a.call('clients.list', {}, { implicitIdentity: false });
    expect(!r.ok && r.error.code).toBe('sign_in_required');
    expect((await a.call('clients.list', {})).ok).toBe(true);
  });
});
