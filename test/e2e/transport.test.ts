import { afterEach, describe, expect, it } from 'vitest';
import { startWorkbench, type Workbench } from './harness';
import { ShellPage } from './pages/ShellPage';

interface BridgeCall {
  name: string;
  options: { lang: string };
}

describe('transport choice', () => {
  let wb: Workbench | undefined;
  afterEach(async () => {
    await wb?.close();
    wb = undefined;
  });

  it('talks through window.workbench.call when the Electron preload provides it, with the language only', async () => {
    wb = await startWorkbench({
      open: false,
      setup: { mode: 'empty', adminName: '周敏', companyName: '青橙互动', language: 'zh-CN' },
    });
    // Stand-in for the preload bridge: same signature, relayed to the core over browser mode.
    await wb.context.addInitScript(`
      window.__bridgeCalls = [];
      window.workbench = {
        call: async (name, args, options) => {
          window.__bridgeCalls.push({ name, options });
          const headers = { 'Content-Type': 'application/json', 'X-Workbench-Lang': options.lang,
            Authorization: 'Bearer ${wb.server.token}' };
          const response = await fetch('/api/' + name, { method: 'POST', headers, body: JSON.stringify(args ?? {}) });
          return response.json();
        },
      };
    `);
    // No token in the address: in Electron none is needed, so no "open the printed address" page.
    await wb.page.goto(`http://127.0.0.1:${wb.server.port}/`);
    const shell = new ShellPage(wb.page);
    await shell.waitForReady();
    await shell.switchLanguage('en');
    await shell.open('clients');

    const calls = (await wb.page.evaluate('window.__bridgeCalls')) as BridgeCall[];
    const names = calls.map((c) => c.name);
    expect(names).toContain('workspace.status');
    expect(names).toContain('clients.list');
    // Only the language travels: who acts is the host's session, never something the page says.
    const clientsCall = calls.find((c) => c.name === 'clients.list')!;
    expect(clientsCall.options).toEqual({ lang: 'en' });
    expect(wb.pageErrors).toEqual([]);
  });
});
