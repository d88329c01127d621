import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { CallArgs, CallName, CallResult, WorkspaceSetup } from '@shared/contract';
import type { Lang } from '@shared/i18n/lang';
import { openCore, type Core } from '../../electron/core';
import { createMemoryLogger } from '../../electron/common/log';
import { firstActiveAdmin } from '../../electron/core/repos/users';
import { cookieName } from '../../electron/server/session-cookie';
import { startServer, type RunningServer } from '../../electron/server/server';
import { copyDemoWorkspace } from '../support/demo-workspace';
import { requireTool } from '../support/tools';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const STATIC_DIR = join(process.env.WORKBENCH_OUT_DIR ?? join(ROOT, 'out'), 'renderer');
export const VIEWPORT = { width: 1280, height: 800 };

export interface WorkbenchOptions {
  /** Set the workspace up through the API before the page opens (skips the first-run screen). */
  setup?: WorkspaceSetup;
  /** The UI language stored in the browser before the first load (as if chosen earlier). */
  lang?: Lang;
  /** Open the page at its start-up URL; false leaves `page` blank. */
  open?: boolean;
  /**
   * Sign the page in as the admin before it opens (a session cookie, as a sign-in would set).
   * Default: on when the setup has several users (the demo) and names no password of its own,
   * so a test of another screen starts signed in; the harness then gives the admin DEMO_PASSWORD.
   */
  signedIn?: boolean;
}

/** The admin's password in workspaces the harness sets up without one. */
export const DEMO_PASSWORD = 'demo admin password';

/**
 * One test's whole workbench: a fresh database in a temp folder, the core opened in-process with
 * result validation on, browser mode serving the built renderer, and the Chromium the preflight found
 * on the printed URL. `close()` takes it all down and deletes the folder.
 */
export interface Workbench {
  core: Core;
  server: RunningServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Errors the page threw or logged: a test ends by checking there were none. */
  pageErrors: string[];
  /** Ask the core directly (as the first active admin), to check what the UI stored. */
  call<N extends CallName>(name: N, args: CallArgs<N>): Promise<CallResult<N>>;
  /** Give the browser a session of this user (the cookie a sign-in sets), without the sign-in screen. */
  signInAs(userId: number, password: string): Promise<void>;
  close(): Promise<void>;
}

export function assertBuilt(): void {
  if (!existsSync(join(STATIC_DIR, 'index.html'))) {
    throw new Error(`No built renderer in ${STATIC_DIR}: run \`npx electron-vite build\` (npm test does it for you).`);
  }
  requireTool('chromium');
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    // The browser the preflight found (or, run alone, the same search); a missing one fails in one line.
    executablePath: requireTool('chromium'),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
}

export async function startWorkbench(options: WorkbenchOptions = {}): Promise<Workbench> {
  assertBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'workbench-e2e-'));
  const log = createMemoryLogger();
  const dbPath = join(dir, 'workspace.db');
  const several = options.setup?.mode === 'demo';
  const autoSignIn = options.setup
    ? (options.signedIn ?? (several && options.setup.adminPassword === undefined))
    : false;
  const setup =
    options.setup && autoSignIn
      ? { ...options.setup, adminPassword: options.setup.adminPassword ?? DEMO_PASSWORD }
      : options.setup;
  // The demo agency is a copy of the run's played demo (test/support/demo-workspace.ts): the same
  // workspace the setup call makes, without playing it again for every test. No test here is about
  // the set-up itself (the first-run tests go through the welcome screen).
  if (setup?.mode === 'demo') await copyDemoWorkspace(dbPath, setup, null);
  const core = await openCore({ dbPath, validateResults: true, log });
  // A file with data starts its integrity check and daily backup in the background: done before the
  // page opens, so the backups the test makes are the newest (integration/support/core.ts alike).
  if (setup?.mode === 'demo') await core.workspace.idle();
  const server = await startServer({ core, staticDir: STATIC_DIR });
  const browser = await launchChromium();
  // The page runs in the core's time zone, as it does for real (the desktop app, or browser mode on
  // the same machine): a browser a day ahead of the core would record tomorrow's dates from "today".
  const timezoneId = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN', timezoneId });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // A refusal the test provoked shows up as a 4xx in the console; that is the API working.
    if (
      m.type() === 'error' &&
      !/Failed to load resource: the server responded with a status of 4\d\d/.test(m.text())
    ) {
      pageErrors.push(`console: ${m.text()}`);
    }
  });

  const call = async <N extends CallName>(name: N, args: CallArgs<N>): Promise<CallResult<N>> => {
    // In-process, as the first active admin (nobody before set-up): the test's own back door.
    const admin = await firstActiveAdmin(core.store.db);
    const response = await core.call(name, args, { userId: admin?.id });
    if (!response.ok) throw new Error(`${name} refused: ${response.error.code} ${response.error.messages.en}`);
    return response.result as CallResult<N>;
  };

  const signInAs = async (userId: number, password: string) => {
    let session: string | null = null;
    const r = await core.call('auth.signIn', { userId, password }, { onSession: (id) => (session = id) });
    if (!r.ok || !session) throw new Error(`sign-in of user ${userId} refused: ${JSON.stringify(r)}`);
    await context.addCookies([
      {
        name: cookieName(server.port),
        value: session,
        url: `http://127.0.0.1:${server.port}/`,
        httpOnly: true,
        sameSite: 'Strict',
      },
    ]);
  };

  if (setup) {
    if (setup.mode !== 'demo') await call('workspace.setup', setup);
    if (autoSignIn) await signInAs((await firstActiveAdmin(core.store.db))!.id, setup.adminPassword!);
  }
  if (options.lang) {
    const lang = options.lang;
    // A string, not a function: this project's TypeScript has no DOM types.
    await context.addInitScript(
      `if (!localStorage.getItem('workbench.lang')) localStorage.setItem('workbench.lang', ${JSON.stringify(lang)});`,
    );
  }
  if (options.open !== false) await page.goto(server.url);

  return {
    core,
    server,
    browser,
    context,
    page,
    pageErrors,
    call,
    signInAs,
    async close() {
      await browser.close().catch(() => {});
      await server.close();
      await core.close();
      rmSync(dir, { recursive: true, force: true });
      const errors = log.entries.filter((e) => e.level === 'error');
      if (errors.length > 0) throw new Error(`The core logged errors: ${JSON.stringify(errors, null, 2)}`);
    },
  };
}

/** Retry an assertion until it holds (or the time is up), like Playwright's web-first assertions. */
export async function eventually<T>(check: () => Promise<T> | T, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      return await check();
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw last;
    await new Promise((r) => setTimeout(r, 100));
  }
}
