import { request } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { User } from '@shared/contract';
import { startServer, type RunningServer } from '../../electron/server/server';
import { openTestCore, snapshotTables, type TestCore } from './support/core';

interface Reply {
  status: number;
  json: any;
  setCookie: string | undefined;
}

/**
 * Browser mode over real HTTP: the session is an HttpOnly SameSite=Strict cookie made at sign-in;
 * nothing else the page sends (a forged X-Workbench-User) names who acts.
 */
describe('browser mode sessions', () => {
  let t: TestCore;
  let server: RunningServer;
  let clock: Date;
  let lead: User;
  let finance: User;

  function post(name: string, args: unknown, headers: Record<string, string> = {}): Promise<Reply> {
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: `/api/${name}`,
          method: 'POST',
          headers: {
            Host: `127.0.0.1:${server.port}`,
            Authorization: `Bearer ${server.token}`,
            'Content-Type': 'application/json',
            'X-Workbench-Lang': 'en',
            ...headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              json: JSON.parse(Buffer.concat(chunks).toString('utf8')),
              setCookie: res.headers['set-cookie']?.[0],
            }),
          );
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify(args));
    });
  }

  /** Sign in and give back the Cookie header a browser would send from then on. */
  async function signIn(user: User, password: string): Promise<string> {
    const r = await post('auth.signIn', { userId: user.id, password });
    expect(r.status, JSON.stringify(r.json)).toBe(200);
    return r.setCookie!.split(';')[0]!;
  }

  beforeEach(async () => {
    clock = new Date('2026-11-23T08:00:00.000Z');
    t = await openTestCore(() => clock);
    const staticDir = mkdtempSync(join(tmpdir(), 'workbench-static-'));
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>workbench</title>');
    server = await startServer({ core: t.core, staticDir, port: 0 });
    await t.ok('workspace.setup', {
      mode: 'empty',
      adminName: '王经理',
      companyName: '星火传播',
      language: 'zh-CN',
      adminPassword: 'admin password 1',
    });
    t.defaultUserId = 1;
    lead = await t.ok<User>('users.create', { name: '陈磊', role: 'account_lead', password: 'lead password 1' });
    finance = await t.ok<User>('users.create', { name: '周敏', role: 'finance', password: 'finance password 1' });
  });
  afterEach(async () => {
    await server.close();
    await t.dispose();
  });

  it('needs the session cookie, which is HttpOnly, SameSite=Strict, Path=/ and per port', async () => {
    const without = await post('clients.list', {});
    expect(without.status).toBe(401);
    expect(without.json.error.code).toBe('sign_in_required');
    // Public calls answer without one: the window asks who it is and shows the sign-in screen.
    const session = await post('auth.session', {});
    expect(session.json.result).toEqual({ mode: 'required', user: null });

    const r = await post('auth.signIn', { userId: lead.id, password: 'lead password 1' });
    expect(r.status).toBe(200);
    expect(r.json.result.user).toMatchObject({ id: lead.id, role: 'account_lead', hasPassword: true });
    expect(JSON.stringify(r.json)).not.toMatch(/password 1|scrypt/);
    expect(r.setCookie).toMatch(
      new RegExp(`^workbench_session_${server.port}=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=/$`),
    );
    const cookie = r.setCookie!.split(';')[0]!;
    expect((await post('clients.list', {}, { Cookie: cookie })).status).toBe(200);
    expect((await post('auth.session', {}, { Cookie: cookie })).json.result.user.name).toBe('陈磊');
    // A made-up session id is nobody.
    const forged = `workbench_session_${server.port}=${'A'.repeat(43)}`;
    expect((await post('clients.list', {}, { Cookie: forged })).status).toBe(401);
  });

  it('ignores a forged X-Workbench-User header', async () => {
    const before = await snapshotTables(t.core);
    const alone = await post(
      'users.create',
      { name: '冒充', role: 'admin', password: 'forged admin 1' },
      {
        'X-Workbench-User': '1',
      },
    );
    expect(alone.status).toBe(401);
    const cookie = await signIn(lead, 'lead password 1');
    const asLead = await post(
      'users.update',
      { id: lead.id, role: 'finance' },
      { Cookie: cookie, 'X-Workbench-User': '1' },
    );
    expect(asLead.status).toBe(403);
    expect(asLead.json.error.message).toBe('This needs the admin role; 陈磊 is account lead');
    // Only the sign-in's own audit entry (and session) was written: the refused calls changed nothing else.
    const after = JSON.parse(await snapshotTables(t.core)) as [string, unknown[]][];
    const beforeRows = JSON.parse(before) as [string, unknown[]][];
    for (const [table, rows] of beforeRows) {
      const now = after.find(([n]) => n === table)![1];
      if (table === 'audit_log') expect(now.slice(rows.length).map((r: any) => r.action)).toEqual(['auth.signIn']);
      // A team workspace keeps its sessions in the database (migration 019): the sign-in's own row.
      else if (table === 'sessions') expect(now.length).toBe(rows.length + 1);
      else expect(now, table).toEqual(rows);
    }
  });

  it('rate-limits wrong passwords per user: the sixth try is refused even with the right one', async () => {
    for (let i = 0; i < 5; i++) {
      const r = await post('auth.signIn', { userId: finance.id, password: `guess ${i}` });
      expect(r.status).toBe(401);
      expect(r.json.error.message).toBe('Wrong password, or the user is deactivated');
      expect(r.setCookie).toBeUndefined();
    }
    const blocked = await post('auth.signIn', { userId: finance.id, password: 'finance password 1' });
    expect(blocked.status).toBe(429);
    expect(blocked.json.error.message).toMatch(/^Too many failed sign-ins; try again in 15 min$/);
    // Another user is not locked out by finance's failures (under the per-client limit).
    await signIn(lead, 'lead password 1');
    // After the window, the right password works again.
    clock = new Date(clock.getTime() + 15 * 60_000 + 1);
    await signIn(finance, 'finance password 1');
  });

  it('refuses a signed-out session, and an expired one (idle and absolute)', async () => {
    const cookie = await signIn(lead, 'lead password 1');
    const out = await post('auth.signOut', {}, { Cookie: cookie });
    expect(out.status).toBe(200);
    expect(out.setCookie).toMatch(/=; HttpOnly; SameSite=Strict; Path=\/; Max-Age=0$/);
    expect((await post('clients.list', {}, { Cookie: cookie })).status).toBe(401);

    // Idle: two hours without a call.
    const idle = await signIn(lead, 'lead password 1');
    clock = new Date(clock.getTime() + 119 * 60_000);
    expect((await post('clients.list', {}, { Cookie: idle })).status).toBe(200);
    clock = new Date(clock.getTime() + 120 * 60_000);
    expect((await post('clients.list', {}, { Cookie: idle })).status).toBe(401);

    // Absolute: twelve hours after sign-in, however busy.
    const busy = await signIn(lead, 'lead password 1');
    for (let h = 0; h < 11; h++) {
      clock = new Date(clock.getTime() + 60 * 60_000);
      expect((await post('clients.list', {}, { Cookie: busy })).status).toBe(200);
    }
    clock = new Date(clock.getTime() + 60 * 60_000);
    expect((await post('clients.list', {}, { Cookie: busy })).status).toBe(401);
  });

  it('ends a user’s sessions when they are deactivated and when their password changes', async () => {
    const admin = await signIn({ id: 1 } as User, 'admin password 1');
    const financeCookie = await signIn(finance, 'finance password 1');
    await post('users.update', { id: finance.id, active: false }, { Cookie: admin });
    expect((await post('clients.list', {}, { Cookie: financeCookie })).status).toBe(401);
    const again = await post('auth.signIn', { userId: finance.id, password: 'finance password 1' });
    expect(again.status).toBe(401);

    const first = await signIn(lead, 'lead password 1');
    const second = await signIn(lead, 'lead password 1');
    const wrong = await post(
      'auth.changePassword',
      { currentPassword: 'not it', newPassword: 'new lead password' },
      { Cookie: first },
    );
    expect(wrong.status).toBe(400);
    expect(wrong.json.error.issues[0].path).toEqual(['currentPassword']);
    const changed = await post(
      'auth.changePassword',
      { currentPassword: 'lead password 1', newPassword: 'new lead password' },
      { Cookie: first },
    );
    expect(changed.status).toBe(200);
    // The window that changed it carries on with a fresh session; every other one ended.
    const fresh = changed.setCookie!.split(';')[0]!;
    expect(fresh).not.toBe(first);
    expect((await post('clients.list', {}, { Cookie: fresh })).status).toBe(200);
    expect((await post('clients.list', {}, { Cookie: first })).status).toBe(401);
    expect((await post('clients.list', {}, { Cookie: second })).status).toBe(401);
    expect((await post('auth.signIn', { userId: lead.id, password: 'lead password 1' })).status).toBe(401);
    await signIn(lead, 'new lead password');
  });

  it('stores only a scrypt hash, never the password, and keeps it out of the audit log', async () => {
    const rows = await t.query<{ password_hash: string }>('select password_hash from users order by id');
    for (const r of rows) expect(r.password_hash).toMatch(/^scrypt\$15\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(new Set(rows.map((r) => r.password_hash)).size).toBe(rows.length);
    const everything = await snapshotTables(t.core);
    for (const p of ['admin password 1', 'lead password 1', 'finance password 1']) expect(everything).not.toContain(p);
  });
});
