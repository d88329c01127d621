import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelFromIpc } from '@shared/host/channel';
import type { InitMessage, WorkspaceTarget } from '@shared/host/protocol';
import { createMemoryLogger } from '../../electron/common/log';
import { startCore, type Core } from '../../electron/core/host/entry';
import { createCallRouter, type RouteCall } from '../../electron/main/call-router';
import { createCoreLink, type CallTarget, type CoreLink } from '../../electron/main/core-link';
import { createShellCalls } from '../../electron/main/shell-calls';
import { createTestDatabase, testEngine, type TestDatabase } from '../support/engine';
import { readDocx } from './support/docx-reader';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ENTRY = join(ROOT, 'electron/core/host/process.ts');

const CLIENT = {
  name: '星河乳业',
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
};

/** A quote long enough that its Word export takes a noticeable time (the README's bench: ~2 s at 1,000 lines). */
function bigQuote(lines: number) {
  return {
    format: 'workbench.quote/1',
    title: '年度整合传播报价',
    currency: 'CNY',
    difficulty: { level: 2, rationale: '' },
    sections: Array.from({ length: lines / 50 }, (_, s) => ({
      title: `第 ${s + 1} 部分`,
      lines: Array.from({ length: 50 }, (_, n) => ({
        kind: 'labor',
        id: `l${s}-${n}`,
        role: `策划 ${s}-${n}`,
        headcount: '1',
        days: '2',
        rate: 300000,
        costRate: 100000,
      })),
    })),
  };
}

/**
 * The desktop app's core runs in its own process (Electron's utilityProcess, with a MessagePort to
 * the main process's relay). Here the same entry runs in a Node child started with
 * child_process.fork, its IPC channel standing in for the port: the same messages, validated by
 * the same schemas (shared/host/protocol.ts), the same relay code (electron/main).
 */
describe('the core in its own process, behind the relay', () => {
  let dir: string;
  let pg: TestDatabase | null = null;
  let target: WorkspaceTarget;
  let child: ChildProcess;
  let link: CoreLink;
  let route: RouteCall;
  /** Every session the core handed to the relay (to show none reaches the page). */
  const sessionsSeen: string[] = [];
  const log = createMemoryLogger();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'workbench-core-process-'));
    if (testEngine() === 'postgres') {
      pg = await createTestDatabase();
      target = { kind: 'team', url: pg.url, ownerUrl: pg.ownerUrl, poolMax: 4 };
    } else {
      target = { kind: 'file', dbPath: join(dir, 'workbench.db') };
    }
    child = fork(ENTRY, [], {
      execArgv: ['--import', 'tsx'],
      cwd: ROOT,
      env: { ...process.env, TSX_TSCONFIG_PATH: join(ROOT, 'tsconfig.node.json') },
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    link = createCoreLink(channelFromIpc(child), log);
    child.on('exit', (code) => link.stopped(`exited ${code}`));
    const init: InitMessage = { type: 'init', workspace: target, logFile: join(dir, 'core.log') };
    child.send(init);
    const recording: CallTarget = {
      call: (name, args, options) =>
        link.call(name, args, {
          ...options,
          onSession: (id) => {
            if (id) sessionsSeen.push(id);
            options.onSession?.(id);
          },
        }),
    };
    const shell = createShellCalls({ chooseSavePath: async () => null, writeFile: async () => {}, log });
    route = createCallRouter({ target: () => recording, shell, fallbackLang: 'en' });
    await link.ready;
  }, 120_000);

  afterAll(async () => {
    if (child.exitCode === null) {
      await link.close();
      child.kill();
    }
    await pg?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const ok = async <T = any>(name: string, args: unknown = {}): Promise<T> => {
    const r = await route(name, args, { lang: 'en' });
    if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
    return r.result as T;
  };

  it('answers calls, holds the window session in the relay, and exports a Word file', async () => {
    await ok('workspace.setup', {
      mode: 'empty',
      adminName: '王经理',
      companyName: '星火传播',
      language: 'zh-CN',
      adminPassword: 'admin password 1',
    });
    // A second user: from now on everyone signs in; the admin who added them keeps working on a
    // session the core hands the relay.
    await ok('users.create', { name: '陈磊', role: 'account_lead', password: 'lead password 1' });
    expect(sessionsSeen).toHaveLength(1);
    await ok('clients.list');
    await ok('auth.signOut');
    const before = await route('clients.list', {}, { lang: 'zh-CN' });
    expect(before).toMatchObject({ ok: false, error: { code: 'sign_in_required' } });
    if (!before.ok) expect(before.error.message).toMatch(/请先登录/);

    const signIn = await route('auth.signIn', { userId: 1, password: 'admin password 1' }, { lang: 'en' });
    expect(signIn).toMatchObject({ ok: true, result: { user: { id: 1, name: '王经理' } } });
    expect(sessionsSeen).toHaveLength(2);
    // The page gets who is signed in, never the session itself.
    expect(JSON.stringify(signIn)).not.toContain(sessionsSeen[1]);
    // A session the page makes up is ignored: the relay's own is used.
    expect(await route('auth.session', {}, { lang: 'en', sessionId: 'forged' })).toMatchObject({
      ok: true,
      result: { user: { name: '王经理' } },
    });

    const client = await ok<{ id: number }>('clients.save', CLIENT);
    const quote = await ok<{ id: number }>('quotes.create', {
      clientId: client.id,
      title: '品牌发布会报价',
      document: { ...bigQuote(50), title: '品牌发布会报价' },
    });
    const file = await ok<{ fileName: string; bytesBase64: string }>('export.quoteDocx', { quoteId: quote.id });
    expect(file.fileName).toMatch(/\.docx$/);
    const docx = readDocx(Buffer.from(file.bytesBase64, 'base64'));
    expect(docx.text.join('\n')).toContain('品牌发布会报价');
    expect(docx.text.join('\n')).toContain('策划 0-49');

    await ok('auth.signOut');
    expect(await route('clients.list', {}, { lang: 'en' })).toMatchObject({
      ok: false,
      error: { code: 'sign_in_required' },
    });
  });

  it('refuses a malformed message but still answers the caller', async () => {
    // What a broken relay could send: not a call at all, and a call without its fields.
    const answers: unknown[] = [];
    child.on('message', (m) => answers.push(m));
    child.send({ type: 'call', id: 999_001, name: 42 });
    child.send('garbage');
    await expect.poll(() => answers.length).toBeGreaterThan(0);
    expect(answers[0]).toMatchObject({
      type: 'result',
      id: 999_001,
      response: { ok: false, error: { code: 'validation' } },
    });
    expect(await link.ping()).toBeGreaterThanOrEqual(0);
  });

  it('keeps the relay free while a long export runs in the core', async () => {
    await ok('auth.signIn', { userId: 1, password: 'admin password 1' });
    const client = await ok<{ id: number }>('clients.save', { ...CLIENT, name: 'Acme Foods' });
    const quote = await ok<{ id: number }>('quotes.create', {
      clientId: client.id,
      title: 'Long quote',
      document: { ...bigQuote(1000), title: 'Long quote' },
    });

    // The relay's event loop: a 10 ms timer, and how late it ever fires while the export runs.
    let last = performance.now();
    let worstLate = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      worstLate = Math.max(worstLate, now - last - 10);
      last = now;
    }, 10);
    const started = performance.now();
    let exportDone = false;
    const exporting = ok<{ bytesBase64: string }>('export.quoteDocx', { quoteId: quote.id }).finally(() => {
      exportDone = true;
    });
    // While it runs, the relay answers the window: a shell call is answered by main itself.
    const whileExporting = await route(
      'shell.saveFile',
      { fileName: 'a.csv', mimeType: 'text/csv', bytes: 'YQ==' },
      {
        lang: 'en',
      },
    );
    expect(whileExporting).toEqual({ ok: true, result: { savedTo: null } });
    expect(exportDone).toBe(false);
    const file = await exporting;
    const took = performance.now() - started;
    clearInterval(timer);
    expect(readDocx(Buffer.from(file.bytesBase64, 'base64')).text.join('\n')).toContain('策划 19-49');

    // The same export on the relay's own thread, as the app did before: the window would wait for all of it.
    const inProcess: Core = await startCore(target, { log: createMemoryLogger() });
    let lastIn = performance.now();
    let worstLateIn = 0;
    const timerIn = setInterval(() => {
      const now = performance.now();
      worstLateIn = Math.max(worstLateIn, now - lastIn - 10);
      lastIn = now;
    }, 10);
    const startedIn = performance.now();
    const r = await inProcess.call('export.quoteDocx', { quoteId: quote.id }, { userId: 1 });
    const tookIn = performance.now() - startedIn;
    clearInterval(timerIn);
    await inProcess.close();
    expect(r.ok).toBe(true);

    console.log(
      `export through the core process: ${took.toFixed(0)} ms, relay timer at most ${worstLate.toFixed(0)} ms late; ` +
        `in the relay's own process: ${tookIn.toFixed(0)} ms, timer at most ${worstLateIn.toFixed(0)} ms late`,
    );
    // In-process, the loop stalls for a good part of the export; behind the relay it keeps ticking.
    expect(worstLateIn).toBeGreaterThan(worstLate);
    expect(worstLate).toBeLessThan(Math.max(100, took / 4));
  }, 120_000);

  it('answers every waiting call when the core process dies, and later ones too', async () => {
    const pending = route('clients.list', {}, { lang: 'zh-CN' });
    child.kill('SIGKILL');
    const r = await pending;
    // Either it was answered before the kill, or it is refused as "the data process stopped".
    if (!r.ok) expect(r.error.message).toMatch(/数据进程已停止/);
    await expect.poll(() => child.exitCode !== null || child.signalCode !== null).toBe(true);
    expect(await route('clients.list', {}, { lang: 'en' })).toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringMatching(/data process stopped/) },
    });
  });
});
