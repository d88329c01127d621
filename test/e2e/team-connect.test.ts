import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '@shared/i18n/lang';
import { createMemoryLogger } from '../../electron/common/log';
import { openCore, type Core } from '../../electron/core';
import { createCallRouter } from '../../electron/main/call-router';
import { createShellCalls } from '../../electron/main/shell-calls';
import { createWorkspaces } from '../../electron/main/workspaces';
import { startServer, type RunningServer } from '../../electron/server/server';
import { closeProxy, selfSigned, tlsProxy } from '../support/tls';
import { STATIC_DIR, eventually, startWorkbench, type Workbench } from './harness';
import { SignInPage } from './pages/SignInPage';
import { textIn } from './pages/text';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
/** `WORKBENCH_SAVE_SCREENSHOTS=1` writes the screens into docs/screenshots; otherwise a temp folder. */
const SHOTS = process.env.WORKBENCH_SAVE_SCREENSHOTS
  ? join(ROOT, 'docs/screenshots')
  : join(tmpdir(), 'workbench-team-shots');
const SIZES = { '': { width: 1366, height: 768 }, '-wide': { width: 1920, height: 1080 } } as const;

/**
 * The desktop window as a team client, in Chromium. There is no Electron binary here, so the page
 * gets the preload's one bridge (`window.workbench.call`) wired to the main process's real relay
 * modules running in this process — the router, the shell's calls, the workspaces and the team
 * link — exactly as ipc.ts wires them under Electron. The solo workspace is a real core; the team
 * server a real one behind real TLS with a self-signed certificate.
 */
describe('connect to a team server (desktop relay in Chromium)', () => {
  let wb: Workbench | undefined;
  let team: { core: Core; server: RunningServer; proxy: Server; dir: string } | undefined;

  afterEach(async () => {
    await wb?.close();
    if (team) {
      await closeProxy(team.proxy);
      await team.server.close();
      await team.core.close();
      rmSync(team.dir, { recursive: true, force: true });
    }
    wb = undefined;
    team = undefined;
  });

  async function desktop(lang: Lang) {
    const dir = mkdtempSync(join(tmpdir(), 'workbench-team-e2e-'));
    const core = await openCore({ dbPath: join(dir, 'team.db'), log: createMemoryLogger() });
    const server = await startServer({ core, staticDir: STATIC_DIR });
    const setup = await core.call('workspace.setup', {
      mode: 'empty',
      adminName: '王经理',
      companyName: '星火传播集团',
      language: 'zh-CN',
      adminPassword: 'admin password 1',
    });
    expect(setup.ok).toBe(true);
    const lead = await core.call(
      'users.create',
      { name: '陈磊', role: 'account_lead', password: 'lead password 1' },
      { userId: 1 },
    );
    expect(lead.ok).toBe(true);
    const cert = selfSigned(dir, 'team');
    const proxy = await tlsProxy(cert, server.port);
    team = { core, server, proxy, dir };
    const url = `https://127.0.0.1:${(proxy.address() as AddressInfo).port}/#token=${server.token}`;

    wb = await startWorkbench({
      lang,
      open: false,
      setup: { mode: 'empty', adminName: '李娜', companyName: '李娜工作室', language: lang },
    });
    const log = createMemoryLogger();
    const workspaces = await createWorkspaces({ solo: wb.core, file: join(dir, 'team-servers.json'), log });
    const shell = createShellCalls({ chooseSavePath: async () => null, writeFile: async () => {}, workspaces, log });
    const route = createCallRouter({ target: () => workspaces.target(), shell, fallbackLang: lang });
    await wb.page.exposeFunction('__relay', (name: unknown, args: unknown, options: unknown) =>
      route(name, args, options),
    );
    await wb.context.addInitScript('window.workbench = { call: (n, a, o) => window.__relay(n, a, o) };');
    await wb.page.goto(`http://127.0.0.1:${wb.server.port}/`);
    return { url, cert, log };
  }

  async function shoot(name: string) {
    const page = wb!.page;
    mkdirSync(SHOTS, { recursive: true });
    for (const [suffix, size] of Object.entries(SIZES)) {
      await page.setViewportSize(size);
      await page.evaluate('document.fonts.ready');
      await page.waitForTimeout(200);
      await page.screenshot({ path: join(SHOTS, `${name}${suffix}.png`) });
    }
  }

  for (const lang of ['zh-CN', 'en'] as const) {
    it(`connects after the fingerprint is confirmed, says which workspace is open, and switches back (${lang})`, async () => {
      const { url, cert, log } = await desktop(lang);
      const t = textIn(lang);
      const page = wb!.page;
      const label = page.getByTestId('workspace-label');
      await expect.poll(() => label.textContent()).toBe(t('workspace.solo'));
      await shoot(`${lang}-workspace-solo`);

      await page.getByRole('button', { name: t('workspace.connect'), exact: true }).click();
      const dialog = page.getByTestId('connect-team-dialog');
      const field = dialog.getByLabel(t('workspace.url'), { exact: true });
      // Validation before anything leaves: plain http to another machine, a path.
      await field.fill('http://192.168.1.20:8443');
      await dialog.getByRole('button', { name: t('workspace.connectButton'), exact: true }).click();
      await dialog.getByText(lang === 'en' ? /must use HTTPS/ : /必须使用 HTTPS/).waitFor();
      await shoot(`${lang}-team-connect-invalid`);
      await field.fill('https://127.0.0.1:1');
      await dialog.getByRole('button', { name: t('workspace.connectButton'), exact: true }).click();
      await dialog
        .getByRole('alert')
        .filter({ hasText: lang === 'en' ? /Cannot reach 127\.0\.0\.1:1/ : /无法连接到 127\.0\.0\.1:1/ })
        .waitFor();

      // The self-signed certificate: its fingerprint shown, nothing connected until it is trusted.
      await field.fill(url);
      await dialog.getByRole('button', { name: t('workspace.connectButton'), exact: true }).click();
      await expect.poll(() => dialog.getByTestId('certificate-fingerprint').textContent()).toBe(cert.fingerprint);
      expect(await label.textContent()).toBe(t('workspace.solo'));
      await shoot(`${lang}-team-connect-certificate`);
      await dialog.getByRole('button', { name: t('workspace.trust'), exact: true }).click();

      // The team's workspace: its sign-in first, the header naming the server.
      const host = new URL(url).host;
      const signIn = new SignInPage(page, lang);
      await signIn.waitForVisible();
      await expect.poll(() => label.textContent()).toBe(t('workspace.team', { host }));
      await shoot(`${lang}-team-sign-in`);
      await signIn.signIn('陈磊', 'lead password 1');
      await page.getByTestId('company-name').filter({ hasText: '星火传播集团' }).waitFor();
      await expect.poll(() => label.textContent()).toBe(t('workspace.team', { host }));
      await shoot(`${lang}-team-home`);

      // Back to the solo workspace: its own company, no sign-in.
      await page.getByRole('button', { name: t('workspace.useSolo'), exact: true }).click();
      await page.getByTestId('company-name').filter({ hasText: '李娜工作室' }).waitFor();
      await expect.poll(() => label.textContent()).toBe(t('workspace.solo'));
      await eventually(() => expect(wb!.pageErrors).toEqual([]));
      expect(log.entries.filter((e) => e.level === 'error')).toEqual([]);
    });
  }
});
