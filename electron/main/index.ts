/**
 * The Electron shell: one window on the core, and nothing the core could do itself. Wiring only;
 * the decisions live in window-policy.ts (security), call-router.ts / shell-calls.ts (calls) and
 * menu-template.ts (menu).
 */
import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, session } from 'electron';
import { sharedCatalogs } from '@shared/i18n/catalog';
import type { Lang } from '@shared/i18n/lang';
import { APP_NAME, DB_FILE_NAME } from '../common/app-paths';
import { createLogger, type Logger } from '../common/log';
import { createCallRouter } from './call-router';
import { startCoreProcess, type CoreProcess } from './core-process';
import { denyPermissions, lockDownWebContents } from './hardening';
import { registerCallChannel } from './ipc';
import { dbPathFromArgv } from './launch-args';
import { installMenu } from './menu';
import { menuLang } from './menu-template';
import { electronNativeBinding } from './native-binding';
import { registerAppScheme, serveRenderer } from './protocol';
import { createShellCalls } from './shell-calls';
import { createWorkspaces } from './workspaces';
import { rendererEntryUrl, windowOptions } from './window-policy';

/** scripts/start.mjs waits for this line to know the window really came up (else it falls back to browser mode). */
const WINDOW_READY_LINE = 'Workbench window ready';

const here = dirname(fileURLToPath(import.meta.url));
// electron-vite dev sets this; a packaged app never trusts it (an environment variable could point the window anywhere).
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL || undefined;
const dev = devServerUrl !== undefined;

// Starts on stderr; moves to the log file once the app knows its paths.
let sink: Logger = createLogger();
const log: Logger = { error: (m, d) => sink.error(m, d), info: (m, d) => sink.info(m, d) };

let mainWindow: BrowserWindow | null = null;

/**
 * The language the window shows, which the menu and native dialogs speak: the OS's until the page
 * says its own (shell.useLanguage, on start and on every switch). English before boot has read it.
 */
let lang: Lang = 'en';

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow(windowOptions(join(here, '../preload/index.cjs'), { dev }));
  win.once('ready-to-show', () => {
    win.show();
    process.stdout.write(`${WINDOW_READY_LINE}\n`);
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  // An editor with unsaved changes holds the unload (beforeunload); Electron shows no prompt of
  // its own, so ask here. Leaving loses nothing typed: the draft is autosaved and offered back.
  win.webContents.on('will-prevent-unload', (event) => {
    const say = sharedCatalogs[lang].desktop;
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      buttons: [say.leave, say.stay],
      defaultId: 1,
      cancelId: 1,
      title: say.unsavedTitle,
      message: say.unsavedMessage,
      detail: say.unsavedDetail,
    });
    // preventDefault here means: ignore the page's hold and close.
    if (choice === 0) event.preventDefault();
  });
  win.loadURL(rendererEntryUrl(devServerUrl)).catch((e: unknown) => {
    log.error('the renderer did not load', e);
    win.show();
  });
  return win;
}

/** Close the database cleanly (WAL checkpoint) before the process goes away. */
function closeCoreOnQuit(core: CoreProcess): void {
  let closed = false;
  app.on('before-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    core
      .stop()
      .catch((e: unknown) => log.error('closing the workspace failed', e))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
}

function osLocale(): string {
  return app.getSystemLocale() || app.getPreferredSystemLanguages()[0] || app.getLocale();
}

async function boot(): Promise<void> {
  const logDir = app.getPath('logs');
  mkdirSync(logDir, { recursive: true });
  sink = createLogger(join(logDir, 'workbench.log'));

  lang = menuLang(osLocale());
  const dbPath = dbPathFromArgv(process.argv, process.cwd()) ?? join(app.getPath('userData'), DB_FILE_NAME);
  mkdirSync(dirname(dbPath), { recursive: true });
  // The core runs in its own process; calls made before the workspace is open wait for it there.
  const core = startCoreProcess({
    mainDir: here,
    workspace: { kind: 'file', dbPath, nativeBinding: electronNativeBinding(app.getAppPath()) },
    logFile: join(logDir, 'workbench.log'),
    log,
  });
  closeCoreOnQuit(core);
  core.link.ready.then(() => log.info('workspace open', { dbPath }), fail);
  // A damaged file found by the background integrity check ends in the dialog that names the newest backup.
  core.link.onFatal((message) => fail(new Error(message)));

  denyPermissions(session.defaultSession);
  serveRenderer(session.defaultSession, join(here, '../renderer'));
  installMenu({ lang, dev, appName: APP_NAME });
  const useLanguage = (next: Lang) => {
    if (next === lang) return;
    lang = next;
    installMenu({ lang, dev, appName: APP_NAME });
  };

  // Solo (the core above) or a team server the person connected to (Settings → or the header).
  const workspaces = await createWorkspaces({
    solo: core.link,
    file: join(app.getPath('userData'), 'team-servers.json'),
    log,
  });

  const shell = createShellCalls({
    async chooseSavePath(suggestedName, filters) {
      const allFiles = { name: sharedCatalogs[lang].desktop.allFiles, extensions: ['*'] };
      const options = { defaultPath: join(app.getPath('documents'), suggestedName), filters: [...filters, allFiles] };
      const chosen = mainWindow
        ? await dialog.showSaveDialog(mainWindow, options)
        : await dialog.showSaveDialog(options);
      return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
    },
    writeFile: (path, bytes) => writeFile(path, bytes),
    workspaces,
    useLanguage,
    log,
  });
  registerCallChannel({
    route: createCallRouter({ target: () => workspaces.target(), shell, fallbackLang: lang }),
    window: () => mainWindow,
    devServerUrl,
    fallbackLang: lang,
    log,
  });

  // The window opens while the core opens the workspace and checks it in the background (writes wait for it).
  mainWindow = createWindow();
}

function fail(e: unknown): void {
  const message = (e as Error)?.message ?? String(e);
  log.error('the workbench could not start', e);
  // A better-sqlite3 built for another ABI is the one failure a user can fix themselves.
  const say = sharedCatalogs[lang].desktop;
  const hint = /NODE_MODULE_VERSION|better_sqlite3|better-sqlite3/.test(message) ? `\n\n${say.runSetup}` : '';
  dialog.showErrorBox(say.startFailed, `${message}${hint}`);
  app.exit(1);
}

// Same folder browser mode uses by default (common/app-paths.ts), whatever package.json calls the app.
app.setName(APP_NAME);
app.setPath('userData', join(app.getPath('appData'), APP_NAME));

if (!app.requestSingleInstanceLock()) {
  // A second launch only brings the first window forward (see 'second-instance' below).
  app.quit();
} else {
  app.enableSandbox();
  registerAppScheme();
  lockDownWebContents(devServerUrl, log);
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(boot).catch(fail);
}
