import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, eventually, startWorkbench, type Workbench } from './harness';
import { DataSafetyPage } from './pages/DataSafetyPage';
import { SettingsPage } from './pages/SettingsPage';
import { ShellPage } from './pages/ShellPage';
import { text } from './pages/text';
import { WelcomePage } from './pages/WelcomePage';
import { requireFile } from '../../electron/core/workspace';
import { SignInPage } from './pages/SignInPage';

const SETUP = { mode: 'demo', adminName: '王芳', companyName: '星河整合传播', language: 'zh-CN' } as const;

describe('data safety: backups, restore, workspace archive', () => {
  const open: Workbench[] = [];
  let dir: string | undefined;
  afterEach(async () => {
    for (const wb of open.splice(0)) await wb.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('backs up now, previews it, restores it over a later change, and exports an archive a fresh workspace imports', async () => {
    const wb = await startWorkbench({ setup: SETUP, lang: 'zh-CN' });
    open.push(wb);
    const { page } = wb;
    const shell = new ShellPage(page);
    await shell.waitForReady();
    await shell.open('settings');
    const data = new DataSafetyPage(page);
    await data.waitForVisible();
    expect(await data.folder().textContent()).toBe(requireFile(wb.core.workspace).backupDir);

    // Back up now: the list shows it, by its localized reason.
    await data.backUpNow();
    await data.rows('manual').first().waitFor();
    expect(await data.rows('manual').count()).toBe(1);

    // Preview: integrity, and counts that match the workspace.
    const users = await wb.call('users.list', {});
    const clients = await wb.call('clients.list', {});
    await data.preview(data.rows('manual').first());
    expect(await data.previewIntegrity()).toBe(text('zh-CN', 'dataSafety.integrityOk'));
    expect(await data.previewCount('users')).toBe(users.items.length);
    expect(await data.previewCount('clients')).toBe(clients.items.length);
    expect(await data.previewCount('quotes')).toBeGreaterThan(0);

    // A change after the backup…
    const settings = new SettingsPage(page);
    await settings.addUser('后来的同事', 'finance', 'colleague password');
    expect((await wb.call('users.list', {})).items.map((u) => u.name)).toContain('后来的同事');

    // …is gone once that backup is restored; the dialog said the live workspace is backed up first.
    const said = await data.restore(data.rows('manual').first());
    expect(said).toContain('恢复之前，当前工作区会先自动备份');
    await eventually(async () =>
      expect(await settings.usersTable().getByRole('cell', { name: '后来的同事', exact: true }).count()).toBe(0),
    );
    expect((await wb.call('users.list', {})).items.map((u) => u.name)).not.toContain('后来的同事');
    await data.rows('pre-restore').first().waitFor();

    // Export the whole workspace: a .json.gz download.
    const download = await data.exportArchive();
    expect(download.suggestedFilename()).toMatch(/\.json\.gz$/);
    dir = mkdtempSync(join(tmpdir(), 'workbench-archive-'));
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    expect(statSync(file).size).toBeGreaterThan(100);
    expect(wb.pageErrors).toEqual([]);

    // A fresh workspace: first run → import from the archive file → the same company and clients.
    const fresh = await startWorkbench({ lang: 'en' });
    open.push(fresh);
    const welcome = new WelcomePage(fresh.page, 'en');
    await welcome.waitForVisible();
    await welcome.importArchive(file);
    // The archive brings its users and their password hashes: they sign in as before.
    await new SignInPage(fresh.page, 'en').signIn('王芳', DEMO_PASSWORD);
    const freshShell = new ShellPage(fresh.page, 'en'); // the interface keeps the language chosen on this screen
    await eventually(
      async () => expect(await fresh.page.getByTestId('company-name').textContent()).toBe('星河整合传播'),
      20_000,
    );
    const freshClients = await fresh.call('clients.list', {});
    expect(freshClients.items.map((c) => c.name).sort()).toEqual(clients.items.map((c) => c.name).sort());
    await freshShell.waitForReady();
    await expect.poll(() => freshShell.companyName(), { timeout: 10_000 }).toBe('星河整合传播');
    expect(fresh.pageErrors).toEqual([]);
  }, 120_000);

  it('refuses a file that is not an archive on the first-run screen, with the core’s message, and stays on it', async () => {
    const wb = await startWorkbench({ lang: 'en' });
    open.push(wb);
    const welcome = new WelcomePage(wb.page, 'en');
    await welcome.waitForVisible();
    dir = mkdtempSync(join(tmpdir(), 'workbench-archive-'));
    const bogus = join(dir, 'not-an-archive.json.gz');
    writeFileSync(bogus, 'just some text');
    await welcome.importArchive(bogus);
    await welcome.importError().waitFor();
    expect(await welcome.importError().textContent()).toBe('Not a workbench archive (expected a .json.gz file)');
    expect((await wb.call('workspace.status', {})).initialized).toBe(false);
    await welcome.waitForVisible();
  }, 60_000);

  it('imports market references from a CSV file in the library, and refuses a bad one naming the column', async () => {
    const wb = await startWorkbench({ setup: { ...SETUP, mode: 'empty' }, lang: 'zh-CN' });
    open.push(wb);
    const { page } = wb;
    await page.goto(new URL('/quotes/library', wb.server.url).href);
    const input = page.getByLabel(text('zh-CN', 'dataSafety.csvImportLabel'), { exact: true });
    dir = mkdtempSync(join(tmpdir(), 'workbench-csv-'));
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'kind,name,unit,price,currency,source,date\nrole,资深策划,人天,3200,CNY,报告,2026-03-01\n');
    await input.setInputFiles(bad);
    const alert = page.locator('.library-csv [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('未导入任何数据');
    expect(await alert.textContent()).toContain('“price”');
    expect((await wb.call('market.list', {})).items).toEqual([]);

    const good = join(dir, 'good.csv');
    writeFileSync(
      good,
      '\uFEFFkind,name,unit,unitPrice,currency,source,date\r\nrole,资深策划,人天,"3,200",CNY,2026 行业薪酬报告,2026-03-01\r\n',
    );
    await input.setInputFiles(good);
    await page.getByText(text('zh-CN', 'dataSafety.csvImported', { count: 1 })).waitFor();
    await page.getByRole('cell', { name: '资深策划', exact: true }).waitFor();
    expect((await wb.call('market.list', {})).items.map((i) => [i.name, i.unitPrice])).toEqual([['资深策划', 320000]]);
    expect(wb.pageErrors).toEqual([]);
  }, 60_000);
});
