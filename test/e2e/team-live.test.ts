import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallArgs, CallName, CallResult, User } from '@shared/contract';
import { openCore, type Core } from '../../electron/core';
import { createMemoryLogger } from '../../electron/common/log';
import { thinQuote } from '../../electron/core/seed/proposal-demo';
import { cookieName } from '../../electron/server/session-cookie';
import { startServer, type RunningServer } from '../../electron/server/server';
// @ts-expect-error -- a plain .mjs helper shared with the test set-up and the bench
import { startThrowawayPostgres } from '../../scripts/lib/throwaway-postgres.mjs';
import { assertBuilt, eventually, launchChromium, STATIC_DIR } from './harness';
import { FinanceQueuePage } from './pages/FinanceQueuePage';
import { ProposalEditorPage } from './pages/ProposalEditorPage';
import { QuoteEditorPage } from './pages/QuoteEditorPage';
import { text } from './pages/text';

const t = (key: string, vars?: Record<string, string | number>) => text('zh-CN', key, vars);
const ADMIN_PASSWORD = 'team admin password';

/**
 * The team workspace live, end to end: a throwaway PostgreSQL, the team core on it (migrated as the
 * owner, serving as the server role), browser mode over that core, and two browser contexts — an
 * account lead and finance — each signed in with their own session. Nobody reloads: what one does
 * reaches the other's screen through LISTEN/NOTIFY → server-sent events → query invalidation.
 */
describe('team server on PostgreSQL: two people, one workspace, live', () => {
  let cluster: { url: string; stop(): Promise<void> };
  let core: Core;
  let server: RunningServer;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let dir: string;
  let lead: User;
  let finance: User;
  const pageErrors: string[] = [];

  const as =
    (user: () => User) =>
    async <N extends CallName>(name: N, args: CallArgs<N>): Promise<CallResult<N>> => {
      const r = await core.call(name, args, { userId: user().id });
      if (!r.ok) throw new Error(`${name} refused: ${r.error.code} ${r.error.messages.en}`);
      return r.result as CallResult<N>;
    };
  const asAdmin = async <N extends CallName>(name: N, args: CallArgs<N>): Promise<CallResult<N>> => {
    // Nobody before set-up; the first admin after it.
    const initialized = (await core.call('workspace.status', {})) as { ok: boolean; result?: { initialized: boolean } };
    const r = await core.call(name, args, initialized.result?.initialized ? { userId: 1 } : {});
    if (!r.ok) throw new Error(`${name} refused: ${r.error.code} ${r.error.messages.en}`);
    return r.result as CallResult<N>;
  };

  /** A browser context signed in as this user (the cookie a sign-in sets), with the page open. */
  async function contextFor(user: User, password: string): Promise<{ context: BrowserContext; page: Page }> {
    let session: string | null = null;
    const r = await core.call('auth.signIn', { userId: user.id, password }, { onSession: (id) => (session = id) });
    if (!r.ok || !session) throw new Error(`sign-in refused: ${JSON.stringify(r)}`);
    const timezoneId = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', timezoneId });
    await context.addCookies([
      {
        name: cookieName(server.port),
        value: session,
        url: `http://127.0.0.1:${server.port}/`,
        httpOnly: true,
        sameSite: 'Strict',
      },
    ]);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (e) => pageErrors.push(`${user.name} pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (
        m.type() === 'error' &&
        !/Failed to load resource: the server responded with a status of 4\d\d/.test(m.text())
      )
        pageErrors.push(`${user.name} console: ${m.text()}`);
    });
    await page.goto(server.url);
    return { context, page };
  }

  beforeAll(async () => {
    assertBuilt();
    cluster = await startThrowawayPostgres();
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query(`create role live_owner login password 'owner'`);
    await admin.query(`create role live_app login password 'app'`);
    await admin.query(`create database live_team owner live_owner encoding 'UTF8' locale 'C' template template0`);
    await admin.end();
    const at = (user: string, password: string) => {
      const u = new URL(cluster.url);
      u.username = user;
      u.password = password;
      u.pathname = '/live_team';
      return u.toString();
    };
    core = await openCore({
      team: { url: at('live_app', 'app'), ownerUrl: at('live_owner', 'owner'), poolMax: 6 },
      log: createMemoryLogger(),
      validateResults: true,
    });
    dir = mkdtempSync(join(tmpdir(), 'workbench-team-live-'));
    server = await startServer({ core, staticDir: STATIC_DIR });
    browser = await launchChromium();
    await asAdmin('workspace.setup', {
      mode: 'demo',
      adminName: '王芳',
      companyName: '星河整合传播',
      language: 'zh-CN',
      adminPassword: ADMIN_PASSWORD,
    });
    const users = (await asAdmin('users.list', {})).items;
    lead = users.find((u) => u.role === 'account_lead')!;
    finance = users.find((u) => u.role === 'finance')!;
    await asAdmin('users.setPassword', { id: lead.id, password: 'lead password 1' });
    await asAdmin('users.setPassword', { id: finance.id, password: 'finance password 1' });
  });

  afterAll(async () => {
    await browser?.close().catch(() => {});
    await server?.close();
    await core?.close();
    await cluster?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the lead requests approval, finance sees it without a reload and approves, the lead sees it and sends', async () => {
    const asLead = as(() => lead);
    // The lead's new proposal on a below-floor quote, ready but for finance's approval.
    const client = (await asLead('clients.list', {})).items[1]!;
    const quote = await asLead('quotes.create', {
      clientId: client.id,
      title: '全年直播报价（让利版）',
      document: thinQuote('zh-CN', '全年直播报价（让利版）', client.name),
    });
    const demo = (await asLead('proposals.list', {})).items.find((p) => p.status === 'draft')!;
    const model = await asLead('proposals.get', { id: demo.id });
    const created = await asLead('proposals.create', { clientId: client.id, title: '全年直播提案', quoteId: quote.id });
    const saved = await asLead('proposals.save', {
      id: created.id,
      revision: created.revision,
      title: created.title,
      quoteId: quote.id,
      sections: model.sections,
      preCommunication: model.preCommunication,
      selfCheck: model.selfCheck,
    });
    await asLead('proposals.transition', { id: saved.id, to: 'pre_communicated' });

    const financeTab = await contextFor(finance, 'finance password 1');
    const leadTab = await contextFor(lead, 'lead password 1');
    // Finance has the queue open before the request exists.
    await financeTab.page.goto(new URL('/finance', server.url.split('#')[0]).href);
    const queue = new FinanceQueuePage(financeTab.page);
    await queue.table.waitFor();
    expect(await queue.row('全年直播提案').count()).toBe(0);

    // The lead asks for approval from the editor.
    await leadTab.page.goto(new URL(`/proposals/${saved.id}`, server.url.split('#')[0]).href);
    const editor = new ProposalEditorPage(leadTab.page);
    await editor.heading('全年直播提案').waitFor();
    await editor.requestApproval('战略客户：年度合同补足毛利');

    // Finance's queue shows it — no reload, no navigation.
    await queue.row('全年直播提案').waitFor();
    await queue.select('全年直播提案');
    await queue.decide('approve', '同意：以年度合同为条件');

    // The lead's open editor turns to approved by itself, and the lead sends.
    await leadTab.page.locator('[data-testid="approval-state"][data-state="approved"]').waitFor();
    await editor.send(1);
    await editor.statusIs('sent');
    const versions = await asLead('proposals.versions', { id: saved.id });
    expect(versions.items.map((v) => v.number)).toEqual([1]);
    // And finance's "decided" list already has it, again without a reload.
    await queue.showDecided();
    await queue.row('全年直播提案').waitFor();
    await leadTab.context.close();
    await financeTab.context.close();
    expect(pageErrors).toEqual([]);
  });

  it('both edit one quote: the second save gets the conflict view; keep-mine and take-theirs both, nothing lost', async () => {
    const asLead = as(() => lead);
    const client = (await asLead('clients.list', {})).items[0]!;
    const quote = await asLead('quotes.create', {
      clientId: client.id,
      title: '秋季路演报价',
      document: thinQuote('zh-CN', '秋季路演报价', client.name),
    });
    const leadTab = await contextFor(lead, 'lead password 1');
    const financeTab = await contextFor(finance, 'finance password 1');
    const mine = new QuoteEditorPage(leadTab.page);
    const theirs = new QuoteEditorPage(financeTab.page);
    await mine.open(server.url, quote.id);
    await theirs.open(server.url, quote.id);

    // The lead saves first (revision 2).
    await mine.header('title').focus();
    await mine.replace('秋季路演报价（陈磊改）');
    await mine.save();
    await mine
      .status()
      .getByText(t('quoteEditor.savedRevision', { revision: 2 }))
      .waitFor();

    // Finance, on revision 1, saves: refused, and the conflict view says who, and what differs.
    await theirs.header('title').focus();
    await theirs.replace('秋季路演报价（财务改）');
    await theirs.waitForDraftSaved();
    await theirs.save();
    const conflict = theirs.conflict();
    await conflict.waitFor();
    const said = (await conflict.textContent()) ?? '';
    expect(said).toContain(lead.name);
    expect(said).toContain('修订 2');
    const titleRow = conflict.locator('tr[data-key="title"]');
    await expect(titleRow.textContent()).resolves.toBe(
      `${t('quoteEditor.title')}秋季路演报价（陈磊改）秋季路演报价（财务改）`,
    );
    // Nothing of finance's was written; it is still in the editor and in finance's draft.
    expect((await asLead('quotes.get', { id: quote.id })).document.title).toBe('秋季路演报价（陈磊改）');
    expect(await theirs.header('title').inputValue()).toBe('秋季路演报价（财务改）');
    const draft = await as(() => finance)('quotes.draftGet', { quoteId: quote.id });
    expect(draft.draft?.state.title).toBe('秋季路演报价（财务改）');

    // Keep mine: saved over the lead's revision 2 as revision 3.
    await conflict.getByRole('button', { name: t('live.conflict.keepMine') }).click();
    await theirs
      .status()
      .getByText(t('quoteEditor.savedRevision', { revision: 3 }))
      .waitFor();
    const stored = await asLead('quotes.get', { id: quote.id });
    expect([stored.revision, stored.document.title, stored.updatedBy]).toEqual([
      3,
      '秋季路演报价（财务改）',
      finance.name,
    ]);

    // The lead, still on revision 2, edits and saves: conflict the other way; take theirs.
    await mine.header('title').focus();
    await mine.replace('秋季路演报价（陈磊再改）');
    await mine.save();
    await mine.conflict().waitFor();
    await expect(mine.conflict().textContent()).resolves.toContain(finance.name);
    await mine
      .conflict()
      .getByRole('button', { name: t('live.conflict.takeTheirs') })
      .click();
    await mine.conflict().waitFor({ state: 'detached' });
    expect(await mine.header('title').inputValue()).toBe('秋季路演报价（财务改）');
    // What the lead typed is one undo away, and the store kept finance's revision 3.
    await mine.page.keyboard.press('ControlOrMeta+Z');
    await eventually(async () => expect(await mine.header('title').inputValue()).toBe('秋季路演报价（陈磊再改）'));
    expect((await asLead('quotes.get', { id: quote.id })).revision).toBe(3);
    await leadTab.context.close();
    await financeTab.context.close();
    expect(pageErrors).toEqual([]);
  });
});
