import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '@shared/contract';
import { LATEST_VERSION } from '../../electron/core/db/migrations';
import { createTestDatabase, type TestDatabase } from '../support/engine';
import { cookieOf, runTeamCli, send, startTeamProcess, waitForLog, type TeamProcess } from './support/team-process';

const ADMIN_PASSWORD = 'admin password 1';
const SETUP = {
  mode: 'demo',
  adminName: '王经理',
  companyName: '星火传播',
  language: 'zh-CN',
  adminPassword: ADMIN_PASSWORD,
};

/** The team server as a real process over real HTTP(S), on a database of the throwaway cluster. */
describe('team server command', () => {
  let db: TestDatabase;
  const running: TeamProcess[] = [];
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'workbench-team-'));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=DNS:localhost,IP:127.0.0.1',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(async () => {
    for (const p of running.splice(0)) await p.stop();
    await db?.drop();
  });
  const start = async (args: string[]) => {
    const p = await startTeamProcess(['--pg', db.url, ...args]);
    running.push(p);
    return p;
  };
  const bearer = (p: TeamProcess) => ({ Authorization: `Bearer ${p.token}` });

  /** Set up the demo through the set-up token; returns the admin. */
  async function claim(p: TeamProcess, tls = false, ca?: Buffer, headers: Record<string, string> = {}): Promise<User> {
    const r = await send(p.port, '/api/workspace.setup', {
      body: SETUP,
      headers: { ...bearer(p), ...headers },
      tls,
      ca,
    });
    expect(r.status).toBe(200);
    return (r.json.result.users as User[]).find((u) => u.role === 'admin')!;
  }

  it('refuses a network address without TLS (unless behind a proxy), and an import without the owner, before opening anything', async () => {
    const lan = runTeamCli(['--pg', 'postgres://x@127.0.0.1:1/none', '--listen', '0.0.0.0:8080']);
    expect(await lan.exited).toBe(2);
    expect(lan.err.join('')).toContain('--listen: 在非本机地址上监听须使用 TLS');
    expect(lan.err.join('')).toContain('listening on a non-loopback address needs TLS');
    const proxy = runTeamCli(['--pg', 'postgres://x@127.0.0.1:1/none', '--listen', '0.0.0.0:8080', '--behind-proxy']);
    expect(await proxy.exited).toBe(2);
    expect(proxy.err.join('')).toContain('--public-url');
    const half = runTeamCli(['--pg', 'postgres://x@127.0.0.1:1/none', '--tls-cert', join(dir, 'cert.pem')]);
    expect(await half.exited).toBe(2);
    expect(half.err.join('')).toContain('--tls-cert and --tls-key go together');
    const imp = runTeamCli(['--pg', 'postgres://x@127.0.0.1:1/none', '--import-solo', 'x.db']);
    expect(await imp.exited).toBe(2);
    expect(imp.err.join('')).toContain('--owner-pg');
  });

  it('until claimed only the set-up token is answered; then everyone signs in, no token', async () => {
    db = await createTestDatabase();
    const p = await start(['--listen', '127.0.0.1:0']);
    expect(p.setupUrl).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${p.port}/#token=`));
    // Not claimed: without the token, nothing (not even the status, nor the first run).
    expect((await send(p.port, '/api/workspace.status', { body: {} })).status).toBe(401);
    expect((await send(p.port, '/api/workspace.setup', { body: SETUP })).status).toBe(401);
    const page = await send(p.port, '/', { headers: {} });
    expect([200, 404]).toContain(page.status);
    const admin = await claim(p);

    // Claimed (an admin password, several users): no token needed, nobody acts without signing in.
    const status = await send(p.port, '/api/auth.session', { body: {} });
    expect(status.json.result).toEqual({ mode: 'required', user: null });
    const anonymous = await send(p.port, '/api/clients.list', { body: {} });
    expect(anonymous.status).toBe(401);
    expect(anonymous.json.error.code).toBe('sign_in_required');
    // The token no longer makes anyone anybody.
    expect((await send(p.port, '/api/clients.list', { body: {}, headers: bearer(p) })).status).toBe(401);
    const signIn = await send(p.port, '/api/auth.signIn', { body: { userId: admin.id, password: ADMIN_PASSWORD } });
    expect(signIn.status).toBe(200);
    expect(signIn.setCookie[0]).toMatch(/^workbench_session=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=\//);
    const cookie = cookieOf(signIn);
    const clients = await send(p.port, '/api/clients.list', { body: {}, headers: { Cookie: cookie } });
    expect(clients.status).toBe(200);

    // Foreign Host (DNS rebinding) and foreign Origin (another site's page) are refused.
    expect((await send(p.port, '/api/auth.session', { body: {}, headers: { Host: 'evil.example' } })).status).toBe(403);
    const cross = await send(p.port, '/api/clients.list', {
      body: {},
      headers: { Cookie: cookie, Origin: 'http://evil.example' },
    });
    expect(cross.status).toBe(403);

    // One JSON log line per request: method, call, status, ms, who — never the password or the session.
    await waitForLog(p, (l) => l.handler === 'clients.list' && l.status === 403);
    const lines = p.logs.filter((l) => l.msg === 'request');
    const signedIn = lines.find((l) => l.handler === 'auth.signIn');
    expect(signedIn).toMatchObject({ method: 'POST', status: 200, client: '127.0.0.1' });
    expect(typeof signedIn!.ms).toBe('number');
    expect(lines.find((l) => l.handler === 'clients.list' && l.status === 200)).toMatchObject({ userId: admin.id });
    expect(lines.find((l) => l.handler === 'workspace.status')).toMatchObject({ status: 401, userId: null });
    const all = p.stdout() + p.stderr();
    expect(all).not.toContain(ADMIN_PASSWORD);
    expect(all).not.toContain(cookie.split('=')[1]);
  });

  it('/healthz: 200 with the schema version while the database answers, 503 when it does not', async () => {
    db = await createTestDatabase();
    const p = await start(['--listen', '127.0.0.1:0']);
    const ok = await send(p.port, '/healthz', { headers: { Host: 'probe.internal' } });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ ok: true, engine: 'postgres', schemaVersion: LATEST_VERSION, draining: false });
    // The database goes away under the running server.
    const admin = new pg.Client({
      connectionString: db.ownerUrl.replace(/\/wb_[0-9a-f]+$/, '/postgres').replace(/\/\/[^@]+@/, '//postgres@'),
    });
    await admin.connect();
    try {
      await admin.query(`alter database "${db.name}" with allow_connections false`);
      await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = $1`, [db.name]);
      const down = await send(p.port, '/healthz');
      expect(down.status).toBe(503);
      expect(down.json).toMatchObject({ ok: false, schemaVersion: null });
      expect(down.json.error).toBeTruthy();
      await admin.query(`alter database "${db.name}" with allow_connections true`);
    } finally {
      await admin.end();
    }
    const back = await send(p.port, '/healthz');
    expect(back.status).toBe(200);
  });

  it('several processes share sessions: sign in on A, call on B; sign out on A ends it on B', async () => {
    db = await createTestDatabase();
    const a = await start(['--listen', '127.0.0.1:0']);
    // B takes its URLs from the environment (a systemd EnvironmentFile), none on its command line.
    const b = await startTeamProcess(['--listen', '127.0.0.1:0'], {
      WORKBENCH_PG: db.url,
      WORKBENCH_OWNER_PG: db.ownerUrl,
    });
    running.push(b);
    expect(b.child.spawnargs.join(' ')).not.toContain('postgres://');
    const admin = await claim(a);
    const signIn = await send(a.port, '/api/auth.signIn', { body: { userId: admin.id, password: ADMIN_PASSWORD } });
    const session = cookieOf(signIn);
    const onB = await send(b.port, '/api/users.list', { body: {}, headers: { Cookie: session } });
    expect(onB.status).toBe(200);
    expect(onB.json.result.items.length).toBeGreaterThan(1);
    const out = await send(a.port, '/api/auth.signOut', { body: {}, headers: { Cookie: session } });
    expect(out.status).toBe(200);
    const after = await send(b.port, '/api/users.list', { body: {}, headers: { Cookie: session } });
    expect(after.status).toBe(401);
    expect(after.json.error.code).toBe('sign_in_required');
  });

  it('shuts down gracefully: a call in flight is answered, new connections are refused, exit 0', async () => {
    db = await createTestDatabase();
    const p = await start(['--listen', '127.0.0.1:0']);
    const admin = await claim(p);
    const session = cookieOf(
      await send(p.port, '/api/auth.signIn', { body: { userId: admin.id, password: ADMIN_PASSWORD } }),
    );
    // Make one call slow: the owner holds a lock the call needs.
    const owner = new pg.Client({ connectionString: db.ownerUrl });
    await owner.connect();
    await owner.query('begin');
    await owner.query('lock table clients in access exclusive mode');
    const slow = send(p.port, '/api/clients.list', { body: {}, headers: { Cookie: session } });
    await new Promise((r) => setTimeout(r, 1500));
    p.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
    await expect(send(p.port, '/healthz')).rejects.toThrow(/ECONNREFUSED|ECONNRESET/);
    expect(p.child.exitCode).toBeNull();
    await owner.query('commit');
    await owner.end();
    const answered = await slow;
    expect(answered.status).toBe(200);
    expect(Array.isArray(answered.json.result.items)).toBe(true);
    expect(await p.exited).toBe(0);
    const msgs = p.logs.map((l) => l.msg);
    expect(msgs).toContain('shutting down');
    expect(msgs[msgs.length - 1]).toBe('stopped');
  });

  it('serves HTTPS with the given certificate; the session cookie is Secure and __Host-', async () => {
    db = await createTestDatabase();
    const p = await start([
      '--listen',
      '127.0.0.1:0',
      '--tls-cert',
      join(dir, 'cert.pem'),
      '--tls-key',
      join(dir, 'key.pem'),
    ]);
    const ca = readFileSync(join(dir, 'cert.pem'));
    expect(p.url).toBe(`https://127.0.0.1:${p.port}`);
    const health = await send(p.port, '/healthz', { tls: true, ca });
    expect(health.status).toBe(200);
    const admin = await claim(p, true, ca);
    const signIn = await send(p.port, '/api/auth.signIn', {
      body: { userId: admin.id, password: ADMIN_PASSWORD },
      tls: true,
      ca,
    });
    expect(signIn.setCookie[0]).toMatch(
      /^__Host-workbench_session=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=\/; Secure$/,
    );
    // Plain HTTP on the TLS port is not answered.
    await expect(send(p.port, '/healthz')).rejects.toThrow();
  });

  it('behind a proxy: only a peer on this machine is answered, and only its X-Forwarded-* are believed', async () => {
    const lan = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
    expect(lan, 'this test needs a non-loopback IPv4 address on the machine').toBeTruthy();
    db = await createTestDatabase();
    const p = await start(['--listen', '0.0.0.0:0', '--behind-proxy', '--public-url', 'https://wb.example.test']);
    expect(p.url).toBe('https://wb.example.test');
    // From another address (not the proxy): refused.
    const direct = await send(p.port, '/healthz', { address: lan });
    expect(direct.status).toBe(403);
    // From the proxy: the public host, the client's address from X-Forwarded-For (its last entry).
    const viaProxy = await send(p.port, '/api/workspace.status', {
      body: {},
      headers: {
        Host: 'wb.example.test',
        'X-Forwarded-For': '10.9.9.9, 192.0.2.7',
        Origin: 'https://wb.example.test',
        ...bearer(p),
      },
    });
    expect(viaProxy.status).toBe(200);
    expect(await waitForLog(p, (l) => l.handler === 'workspace.status')).toMatchObject({ client: '192.0.2.7' });
    const foreign = await send(p.port, '/api/workspace.status', {
      body: {},
      headers: { Host: 'other.test', ...bearer(p) },
    });
    expect(foreign.status).toBe(403);
    // Behind an HTTPS proxy the cookie is Secure too.
    const admin = await claim(p, false, undefined, { Host: 'wb.example.test' });
    const signIn = await send(p.port, '/api/auth.signIn', {
      body: { userId: admin.id, password: ADMIN_PASSWORD },
      headers: { Host: 'wb.example.test' },
    });
    expect(signIn.setCookie[0]).toMatch(/^__Host-workbench_session=.*; Secure$/);
  });
});
