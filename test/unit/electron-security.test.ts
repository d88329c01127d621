import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/common/csp';
import { createLogger } from '../../electron/common/log';
import { createCallRouter } from '../../electron/main/call-router';
import type { RelayOptions } from '../../electron/main/core-link';
import { menuTemplate } from '../../electron/main/menu-template';
import { rendererResponse } from '../../electron/main/renderer-protocol';
import { createShellCalls, type ShellDeps } from '../../electron/main/shell-calls';
import {
  APP_URL,
  CALL_CHANNEL,
  PRIVILEGED_SCHEME,
  WINDOW_OPEN_RESPONSE,
  isAllowedNavigation,
  isAllowedSender,
  isPermissionAllowed,
  windowOptions,
} from '../../electron/main/window-policy';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('BrowserWindow options', () => {
  const prefs = windowOptions('/app/out/preload/index.cjs').webPreferences;

  it('isolates and sandboxes the renderer, without Node', () => {
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    });
  });

  it('has DevTools only in development', () => {
    expect(prefs.devTools).toBe(false);
    expect(windowOptions('/p', { dev: true }).webPreferences.devTools).toBe(true);
  });

  it('does not load blink features or anything not listed', () => {
    expect(Object.keys(prefs)).not.toContain('enableBlinkFeatures');
    expect(Object.keys(prefs)).not.toContain('additionalArguments');
  });
});

describe('the privileged scheme', () => {
  it('is a secure standard scheme that does not bypass the CSP', () => {
    expect(PRIVILEGED_SCHEME.scheme).toBe('app');
    expect(PRIVILEGED_SCHEME.privileges).toMatchObject({ standard: true, secure: true });
    expect(PRIVILEGED_SCHEME.privileges).not.toHaveProperty('bypassCSP');
    expect(APP_URL).toBe('app://workbench/');
  });
});

describe('Content-Security-Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values];
    }),
  );

  it('allows only our own scripts, without eval or inline code', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
  });

  it('forbids plugins, framing, and talking to anyone but ourselves', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });
});

describe('sender and navigation checks', () => {
  const ours = ['app://workbench/', 'app://workbench/index.html', 'app://workbench/#/quotes/3'];
  const foreign = [
    'http://evil.example/',
    'https://evil.example/app://workbench/',
    'file:///etc/passwd',
    'file:///work/main/out/renderer/index.html',
    'app://workbench.evil/',
    'app://evil/workbench',
    'app://workbench@evil/',
    'app://user:pw@workbench/',
    'app://workbench:8080/',
    'about:blank',
    'data:text/html,<script>alert(1)</script>',
    'javascript:alert(1)',
    'devtools://devtools/bundled/inspector.html',
    'http://localhost:5173/',
    '',
    'not a url',
  ];

  it.each(ours)('accepts our own page %s', (url) => {
    expect(isAllowedSender(url)).toBe(true);
    expect(isAllowedNavigation(url)).toBe(true);
  });

  it.each(foreign)('refuses %s', (url) => {
    expect(isAllowedSender(url)).toBe(false);
    expect(isAllowedNavigation(url)).toBe(false);
  });

  it('trusts the dev server only when one is given, and only its exact origin', () => {
    const dev = 'http://localhost:5173';
    expect(isAllowedSender('http://localhost:5173/#/clients', dev)).toBe(true);
    expect(isAllowedSender('http://localhost:5174/', dev)).toBe(false);
    expect(isAllowedSender('http://localhost.evil.example:5173/', dev)).toBe(false);
    expect(isAllowedNavigation('http://evil.example/', dev)).toBe(false);
  });

  it('denies window.open and every permission', () => {
    expect(WINDOW_OPEN_RESPONSE).toEqual({ action: 'deny' });
    for (const p of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
      'hid',
      'usb',
    ]) {
      expect(isPermissionAllowed(p)).toBe(false);
    }
  });
});

describe('the preload bridge', () => {
  const file = join(root, 'electron/preload/index.ts');
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);

  function exposures(): ts.CallExpression[] {
    const found: ts.CallExpression[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && node.expression.getText(source).endsWith('exposeInMainWorld')) found.push(node);
      ts.forEachChild(node, visit);
    };
    visit(source);
    return found;
  }

  it('exposes exactly one key, `workbench`, holding only `call`', () => {
    const calls = exposures();
    expect(calls).toHaveLength(1);
    const [key, api] = calls[0]!.arguments;
    expect(key && ts.isStringLiteral(key) ? key.text : null).toBe('workbench');
    expect(api && ts.isObjectLiteralExpression(api)).toBe(true);
    const names = (api as ts.ObjectLiteralExpression).properties.map((p) => p.name?.getText(source));
    expect(names).toEqual(['call']);
  });

  it('never hands out ipcRenderer, only invokes on the one channel', () => {
    const uses = source.text.match(/ipcRenderer[.\w]*/g) ?? [];
    expect(uses.filter((u) => u !== 'ipcRenderer')).toEqual(['ipcRenderer.invoke']);
    expect(source.text).not.toMatch(/exposeInIsolatedWorld|executeInMainWorld/);
    expect(source.text).toContain(`'${CALL_CHANNEL}'`);
  });

  it('imports nothing but electron (a sandboxed preload cannot load modules)', () => {
    const imports = source.statements
      .filter(ts.isImportDeclaration)
      .map((d) => (d.moduleSpecifier as ts.StringLiteral).text);
    expect(imports).toEqual(['electron']);
  });
});

describe('the app:// protocol', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'wb-renderer-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>wb</title>');
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(dir, '..', 'wb-secret.txt'), 'secret');
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(join(dir, '..', 'wb-secret.txt'), { force: true });
  });

  it('serves the renderer with the CSP as a response header', async () => {
    const res = await rendererResponse('app://workbench/', 'GET', dir);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('<title>wb</title>');
    const js = await rendererResponse('app://workbench/assets/app.js', 'GET', dir);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it.each([
    'app://workbench/../wb-secret.txt',
    'app://workbench/%2e%2e/wb-secret.txt',
    'app://workbench/..%2fwb-secret.txt',
    'app://workbench/assets/..%5c..%5cwb-secret.txt',
  ])('refuses to step outside the renderer folder: %s', async (url) => {
    const res = await rendererResponse(url, 'GET', dir);
    expect(await res.text()).not.toContain('secret');
  });

  it('answers nothing for another host or a write', async () => {
    expect((await rendererResponse('app://workbench.evil/', 'GET', dir)).status).toBe(404);
    expect((await rendererResponse('app://workbench/', 'POST', dir)).status).toBe(405);
  });
});

describe('shell calls', () => {
  const log = createLogger();
  function shellWith(chosen: string | null) {
    const written: { path: string; bytes: Uint8Array }[] = [];
    const deps: ShellDeps = {
      chooseSavePath: async () => chosen,
      writeFile: async (path, bytes) => void written.push({ path, bytes }),
      log,
    };
    return { shell: createShellCalls(deps), written };
  }
  const core = { call: async (name: string) => ({ ok: true as const, result: { core: name } }) };

  it('does not offer shell.openExternal (or any shell call but saveFile)', async () => {
    const { shell } = shellWith('/tmp/x');
    const route = createCallRouter({ target: () => core, shell, fallbackLang: 'en' });
    for (const name of [
      'shell.openExternal',
      'shell.openPath',
      'shell.showItemInFolder',
      'shell.__proto__',
      'shell.constructor',
    ]) {
      const res = await route(name, { url: 'https://evil.example' }, {});
      expect(res).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
  });

  it('routes everything else to the core and refuses names that are not strings', async () => {
    const route = createCallRouter({ target: () => core, shell: shellWith(null).shell, fallbackLang: 'en' });
    expect(await route('workspace.status', {}, undefined)).toEqual({ ok: true, result: { core: 'workspace.status' } });
    expect(await route({ toString: () => 'x' }, {}, undefined)).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('keeps the window session in the main process and ignores a user id or session the page sends', async () => {
    const seen: unknown[] = [];
    let next: string | null = 'session-a';
    const recording = {
      call: async (name: string, _args: unknown, options: RelayOptions) => {
        const o = options as RelayOptions & { userId?: number };
        seen.push({ name, sessionId: o.sessionId, userId: o.userId, lang: o.lang });
        // A sign-in hands the host a session, as the real dispatcher does after its write commits.
        if (name === 'auth.signIn' || name === 'auth.signOut') o.onSession?.(next);
        return { ok: true as const, result: {} };
      },
    };
    const route = createCallRouter({ target: () => recording, shell: shellWith(null).shell, fallbackLang: 'en' });
    await route('clients.list', {}, { userId: 1, sessionId: 'forged', lang: 'zh-CN' });
    await route('auth.signIn', { userId: 2, password: 'x' }, { lang: 'en' });
    await route('clients.list', {}, { userId: 1 });
    next = null;
    await route('auth.signOut', {}, {});
    await route('clients.list', {}, {});
    expect(seen).toEqual([
      { name: 'clients.list', sessionId: undefined, userId: undefined, lang: 'zh-CN' },
      { name: 'auth.signIn', sessionId: undefined, userId: undefined, lang: 'en' },
      { name: 'clients.list', sessionId: 'session-a', userId: undefined, lang: 'en' },
      { name: 'auth.signOut', sessionId: 'session-a', userId: undefined, lang: 'en' },
      { name: 'clients.list', sessionId: undefined, userId: undefined, lang: 'en' },
    ]);
  });

  it('saves base64 or raw bytes where the user chose, and nothing when cancelled', async () => {
    const saved = shellWith('/home/u/文档/报价');
    const args = {
      fileName: '报价.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    };
    expect(
      await saved.shell('shell.saveFile', { ...args, bytes: Buffer.from('PK').toString('base64') }, 'zh-CN'),
    ).toEqual({
      ok: true,
      result: { savedTo: '/home/u/文档/报价.docx' },
    });
    await saved.shell('shell.saveFile', { ...args, bytes: new Uint8Array([1, 2]) }, 'zh-CN');
    expect(saved.written.map((w) => [...w.bytes])).toEqual([
      [80, 75],
      [1, 2],
    ]);

    const cancelled = shellWith(null);
    expect(await cancelled.shell('shell.saveFile', { ...args, bytes: 'UEs=' }, 'en')).toEqual({
      ok: true,
      result: { savedTo: null },
    });
    expect(cancelled.written).toEqual([]);
  });

  it('refuses malformed save requests', async () => {
    const { shell, written } = shellWith('/tmp/x');
    for (const bad of [
      {},
      { fileName: '', mimeType: 'x', bytes: 'UEs=' },
      { fileName: 'a.docx', mimeType: 'x', bytes: 'not base64!' },
      { fileName: 'a', mimeType: 'x', bytes: [1, 2] },
    ]) {
      expect(await shell('shell.saveFile', bad, 'en')).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
    expect(written).toEqual([]);
  });
});

describe('the menu', () => {
  const labels = (dev: boolean) =>
    JSON.stringify(
      menuTemplate({ lang: 'en', dev, platform: 'linux', appName: 'Agency Workbench', onAbout: () => {} }),
      (k, v) => (k === 'click' ? undefined : v),
    );

  it('offers DevTools only in development', () => {
    expect(labels(false)).not.toContain('toggleDevTools');
    expect(labels(true)).toContain('toggleDevTools');
  });

  it('follows the language the page says it shows (shell.useLanguage), worded from the catalogue', async () => {
    const shown: string[] = [];
    const shell = createShellCalls({
      chooseSavePath: async () => null,
      writeFile: async () => undefined,
      useLanguage: (lang) => {
        const edit = menuTemplate({ lang, dev: false, platform: 'linux', appName: 'A', onAbout: () => {} })[1]!;
        shown.push(String(edit.label));
      },
      log: { error: () => {}, info: () => {} },
    });
    const core = { call: async () => ({ ok: true as const, result: null }) };
    const route = createCallRouter({ target: () => core, shell, fallbackLang: 'en' });
    expect(await route('shell.useLanguage', {}, { lang: 'zh-CN' })).toEqual({ ok: true, result: { lang: 'zh-CN' } });
    expect(await route('shell.useLanguage', {}, { lang: 'en' })).toEqual({ ok: true, result: { lang: 'en' } });
    // Only the options' language counts: arguments are refused, and change nothing.
    expect(await route('shell.useLanguage', { lang: 'zh-CN' }, { lang: 'en' })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(shown).toEqual(['编辑', 'Edit']);
  });
});
