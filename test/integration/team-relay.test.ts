import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '@shared/contract';
import { createMemoryLogger } from '../../electron/common/log';
import { openCore, type Core } from '../../electron/core';
import { createCallRouter, type RouteCall } from '../../electron/main/call-router';
import { createShellCalls } from '../../electron/main/shell-calls';
import { createWorkspaces } from '../../electron/main/workspaces';
import { startServer, type RunningServer } from '../../electron/server/server';
import { openTestCore, type TestCore } from './support/core';
import { closeProxy, selfSigned, tlsProxy } from '../support/tls';

/**
 * The desktop app as a team client: the main process's relay (router, shell calls, workspaces,
 * team link — the real modules, under Node) against a real team server (browser mode's server over
 * the test engine: PostgreSQL in the integration-pg project) behind real TLS with a self-signed
 * certificate.
 */
describe('connecting the desktop window to a team server', () => {
  let dir: string;
  let team: TestCore;
  let server: RunningServer;
  let proxy: Server;
  let proxyPort: number;
  let solo: Core;
  let route: RouteCall;
  let cert: ReturnType<typeof selfSigned>;
  let lead: User;
  const log = createMemoryLogger();
  let url: string;

  const shell = (name: string, args: unknown, lang: 'en' | 'zh-CN' = 'en') => route(name, args, { lang });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'workbench-team-relay-'));
    team = await openTestCore();
    const staticDir = join(dir, 'static');
    execFileSync('mkdir', ['-p', staticDir]);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>workbench</title>');
    server = await startServer({ core: team.core, staticDir, port: 0 });
    await team.ok('workspace.setup', {
      mode: 'empty',
      adminName: '王经理',
      companyName: '星火传播（团队）',
      language: 'zh-CN',
      adminPassword: 'admin password 1',
    });
    team.defaultUserId = 1;
    lead = await team.ok<User>('users.create', { name: '陈磊', role: 'account_lead', password: 'lead password 1' });
    cert = selfSigned(dir, 'first');
    proxy = await tlsProxy(cert, server.port);
    proxyPort = (proxy.address() as AddressInfo).port;
    url = `https://127.0.0.1:${proxyPort}/#token=${server.token}`;

    solo = await openCore({ dbPath: join(dir, 'solo.db'), log: createMemoryLogger() });
    const workspaces = await createWorkspaces({ solo, file: join(dir, 'team-servers.json'), log });
    const shellCalls = createShellCalls({
      chooseSavePath: async () => null,
      writeFile: async () => {},
      workspaces,
      log,
    });
    route = createCallRouter({ target: () => workspaces.target(), shell: shellCalls, fallbackLang: 'en' });
  }, 120_000);

  afterAll(async () => {
    await closeProxy(proxy);
    await server.close();
    await solo.close();
    await team.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses addresses that are not a team server’s, in both languages', async () => {
    for (const [bad, en] of [
      ['', /Enter the team server/],
      ['http://192.168.1.20:8443', /must use HTTPS/],
      ['https://user:pw@example.com', /Not a valid address/],
      ['https://example.com/some/path', /Not a valid address/],
      ['not a url', /Not a valid address/],
    ] as const) {
      const r = await shell('shell.connectTeam', { url: bad });
      expect(r, bad).toMatchObject({ ok: false, error: { code: 'validation' } });
      if (!r.ok) {
        expect(r.error.issues?.[0]?.messages.en).toMatch(en);
        expect(r.error.issues?.[0]?.messages['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      }
    }
    expect(await shell('shell.workspace', {})).toEqual({
      ok: true,
      result: { current: { kind: 'solo' }, lastServer: null },
    });
  });

  it('says plainly when nothing answers', async () => {
    const r = await shell('shell.connectTeam', { url: 'https://127.0.0.1:1' }, 'zh-CN');
    expect(r).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^无法连接到 127\.0\.0\.1:1/) } });
  });

  it('shows a self-signed certificate with its fingerprint and connects only once that one is trusted', async () => {
    const first = await shell('shell.connectTeam', { url });
    expect(first).toMatchObject({
      ok: true,
      result: {
        outcome: 'untrusted',
        host: `127.0.0.1:${proxyPort}`,
        problem: 'a self-signed certificate',
        changed: false,
        certificate: { fingerprint256: cert.fingerprint, subject: 'workbench first' },
      },
    });
    // Another fingerprint than the one shown trusts nothing.
    const wrong = cert.fingerprint.replace(/^../, cert.fingerprint.startsWith('00') ? '11' : '00');
    expect(await shell('shell.connectTeam', { url, trustFingerprint: wrong })).toMatchObject({
      ok: true,
      result: { outcome: 'untrusted' },
    });
    expect((await shell('shell.workspace', {})) as any).toMatchObject({ result: { current: { kind: 'solo' } } });

    const connected = await shell('shell.connectTeam', { url, trustFingerprint: cert.fingerprint });
    expect(connected).toMatchObject({
      ok: true,
      result: {
        outcome: 'connected',
        workspace: {
          current: { kind: 'team', host: `127.0.0.1:${proxyPort}` },
          lastServer: `https://127.0.0.1:${proxyPort}`,
        },
      },
    });
    // Remembered: the server and the certificate; not the launch token, no password, no session.
    const file = readFileSync(join(dir, 'team-servers.json'), 'utf8');
    expect(file).toContain(cert.fingerprint);
    expect(file).not.toContain(server.token);
    expect(file).not.toMatch(/password|session/i);
  });

  it('relays the window’s calls to the team server, holding its session cookie in the relay', async () => {
    const status = await shell('workspace.status', {});
    expect(status).toMatchObject({ ok: true, result: { initialized: true } });
    expect(await shell('clients.list', {})).toMatchObject({ ok: false, error: { code: 'sign_in_required' } });
    const signIn = await shell('auth.signIn', { userId: lead.id, password: 'lead password 1' });
    expect(signIn).toMatchObject({ ok: true, result: { user: { name: '陈磊' } } });
    expect(JSON.stringify(signIn)).not.toMatch(/workbench_session/);
    const saved = await shell('clients.save', {
      name: '团队客户',
      industry: '快消',
      status: 'active',
      priceSensitivity: 'sensitive',
      ownerId: null,
      decisionProcess: '',
      character: 'high',
      professionalism: 'high',
      tags: [],
      relatedSales: 0,
      contacts: [],
      dates: [],
    });
    expect(saved.ok).toBe(true);
    // Written in the team's database, by the signed-in lead.
    const rows = await team.query<{ name: string; owner_id: number | null }>(
      'select name, owner_id from clients where name = ?',
      '团队客户',
    );
    expect(rows).toHaveLength(1);
    const audit = await team.query<{ user_id: number }>(
      "select user_id from audit_log where action = 'clients.save' order by id desc limit 1",
    );
    expect(audit[0]?.user_id).toBe(lead.id);
  });

  it('switches back to the solo workspace and to the team again without a new trust step', async () => {
    const back = await shell('shell.useSolo', {});
    expect(back).toMatchObject({
      ok: true,
      result: { current: { kind: 'solo' }, lastServer: `https://127.0.0.1:${proxyPort}` },
    });
    expect(await shell('workspace.status', {})).toMatchObject({ ok: true, result: { initialized: false } });
    const again = await shell('shell.connectTeam', { url });
    expect(again).toMatchObject({ ok: true, result: { outcome: 'connected' } });
    expect(await shell('workspace.status', {})).toMatchObject({ ok: true, result: { initialized: true } });
  });

  it('refuses a certificate that changed after it was trusted', async () => {
    await closeProxy(proxy);
    const other = selfSigned(dir, 'second');
    proxy = await tlsProxy(other, server.port, proxyPort);
    // The open connection's next call: refused before anything is sent.
    const call = await shell('clients.list', {}, 'en');
    expect(call).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: expect.stringMatching(/certificate of 127\.0\.0\.1:\d+ changed/) },
    });
    const reconnect = await shell('shell.connectTeam', { url });
    expect(reconnect).toMatchObject({
      ok: true,
      result: { outcome: 'untrusted', changed: true, certificate: { fingerprint256: other.fingerprint } },
    });
  });
});
