import type { Page } from 'playwright-core';
import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import { startWorkbench, type Workbench } from './harness';
import { seedArchiveWorld, type ArchiveWorldIds } from './pages/ArchiveWorld';
import { textIn } from './pages/text';

/**
 * In the page: number every control a mouse could use in <main> (and the shell around it), and
 * list the things that look clickable (pointer cursor) but that no key can reach.
 */
const MARK = `(() => {
  const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const controls = [...document.querySelectorAll(
    'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), ' +
    'textarea:not([disabled]), summary, [contenteditable=true], [tabindex]:not([tabindex="-1"])'
  )].filter((el) => visible(el) && !el.closest('[inert], [aria-hidden=true]'));
  controls.forEach((el, i) => el.setAttribute('data-kb', String(i)));
  const focusable = (el) => el.matches('[data-kb]') && el.tabIndex >= 0;
  // Pointer-cursor elements with no key path. Only the outermost of a clickable block counts, and
  // it has a path when it is a control or holds one (a row whose button does what a click on the
  // row does), sits in a label, is a roving item (tabindex=-1: the list's own arrow keys focus it),
  // or is an option of a listbox that a combobox drives.
  const pointer = (el) => visible(el) && getComputedStyle(el).cursor === 'pointer';
  const mouseOnly = [...document.querySelectorAll('main *')].filter((el) => {
    if (!pointer(el) || (el.parentElement && pointer(el.parentElement))) return false;
    if (el.closest('[data-kb], label, [tabindex="-1"]') || el.querySelector('[data-kb]')) return false;
    const option = el.closest('[role=option]');
    const listbox = option?.closest('[role=listbox]');
    return !(listbox && document.querySelector('[role=combobox][aria-controls="' + listbox.id + '"]'));
  }).map((el) => el.outerHTML.slice(0, 120));
  return { count: controls.length, mouseOnly };
})()`;

/** What each tab stop is, for a readable failure. */
const DESCRIBE = `[...document.querySelectorAll('[data-kb]')].map((el) => ({
  kb: el.getAttribute('data-kb'),
  tabbable: el.tabIndex >= 0,
  roving: el.closest('[role=toolbar]') !== null,
  what: (el.getAttribute('aria-label') || el.textContent || el.getAttribute('name') || el.tagName).trim().slice(0, 60),
}))`;

interface Stop {
  kb: string;
  tabbable: boolean;
  roving: boolean;
  what: string;
}

/**
 * Press Tab from the top of the page until focus comes round again, and return the controls never
 * reached. Buttons inside a toolbar are one Tab stop; ←/→ reach the rest (checked separately).
 */
/**
 * Whether the focused control shows it: a ring (outline of 2px or more, or a box shadow) on it or on
 * the box that frames it (a rich-text editor's frame, a choice card).
 */
const FOCUS_SHOWN = `(() => {
  let el = document.activeElement;
  for (let i = 0; el && i < 3; i++, el = el.parentElement) {
    const cs = getComputedStyle(el);
    if (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2) return true;
    if (cs.boxShadow !== 'none') return true;
  }
  return false;
})()`;

async function tabWalk(page: Page): Promise<{ missed: Stop[]; mouseOnly: string[]; stops: number; unseen: string[] }> {
  const { count, mouseOnly } = (await page.evaluate(MARK)) as { count: number; mouseOnly: string[] };
  await page.evaluate('document.activeElement?.blur(); window.scrollTo(0, 0)');
  const reached = new Set<string>();
  const unseen: string[] = [];
  let stops = 0;
  let first = '';
  let previous = '';
  // A date field takes several Tabs (day, month, year): only a return to the first stop ends the walk.
  for (let i = 0; i < count * 4 + 30; i++) {
    await page.keyboard.press('Tab');
    const kb = (await page.evaluate(`document.activeElement?.getAttribute('data-kb') ?? ''`)) as string;
    if (kb === '' || kb === previous) continue;
    if (kb === first) break; // came round
    first ||= kb;
    previous = kb;
    reached.add(kb);
    stops++;
    if (!(await page.evaluate(FOCUS_SHOWN)))
      unseen.push((await page.evaluate('document.activeElement.outerHTML.slice(0, 120)')) as string);
  }
  const all = (await page.evaluate(DESCRIBE)) as Stop[];
  const missed = all.filter((s) => !reached.has(s.kb) && !(s.roving && !s.tabbable));
  return { missed, mouseOnly, stops, unseen };
}

async function settle(page: Page): Promise<void> {
  await page.locator('.loading-state').first().waitFor({ state: 'detached' });
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForTimeout(200);
}

/**
 * Issue 20: on each main screen every control a mouse can use is reached with Tab (composite
 * widgets with their arrow keys), and nothing clickable is mouse-only.
 */
describe('keyboard paths on the main screens', () => {
  let wb: Workbench;
  let world: ArchiveWorldIds;
  const lang = 'zh-CN';
  const t = textIn(lang);
  beforeAll(async () => {
    wb = await startWorkbench({
      setup: { mode: 'demo', adminName: '王芳', companyName: '星河整合传播', language: lang },
      lang,
    });
    await wb.page.setViewportSize({ width: 1366, height: 768 });
    world = await seedArchiveWorld(wb);
  });
  afterAll(async () => {
    await wb.close();
  });
  afterEach(() => {
    expect(wb.pageErrors).toEqual([]);
  });

  const screens: [string, () => string][] = [
    ['home', () => '/'],
    ['client list', () => '/clients'],
    ['client record', () => `/clients/${world.clientId}`],
    ['key accounts', () => '/clients/key-accounts'],
    ['client analytics', () => '/clients/analytics'],
    ['quote list', () => '/quotes'],
    ['rate card and market library', () => '/quotes/library'],
    ['proposal list', () => '/proposals'],
    ['proposal editor', () => `/proposals/${world.proposalId}`],
    ['archive', () => '/archive?q=%E5%93%81%E7%89%8C'],
    ['pipeline', () => '/archive/pipeline'],
    ['timeline', () => `/archive/proposals/${world.proposalId}`],
    ['compare', () => `/archive/proposals/${world.proposalId}/compare?from=1&to=2`],
    ['finance', () => '/finance'],
    ['receivables', () => '/finance/receivables'],
    ['settings', () => '/settings'],
  ];
  for (const [name, path] of screens) {
    it(`reaches every control of the ${name} screen with Tab, each with a visible focus ring`, async () => {
      await wb.page.goto(new URL(path(), wb.server.url).href);
      await settle(wb.page);
      const { missed, mouseOnly, stops, unseen } = await tabWalk(wb.page);
      expect(stops).toBeGreaterThan(5);
      expect(missed, JSON.stringify(missed, null, 1)).toEqual([]);
      expect(mouseOnly).toEqual([]);
      expect(unseen, 'focus without a visible ring').toEqual([]);
    });
  }

  it('reaches every cell and button of the quote editor with Tab', async () => {
    const quote = (await wb.call('quotes.list', {})).items.find((q) => q.title === '品牌焕新发布会报价')!;
    await wb.page.goto(new URL(`/quotes/${quote.id}`, wb.server.url).href);
    await settle(wb.page);
    const { missed, mouseOnly, unseen } = await tabWalk(wb.page);
    expect(missed, JSON.stringify(missed, null, 1)).toEqual([]);
    expect(mouseOnly).toEqual([]);
    expect(unseen, 'focus without a visible ring').toEqual([]);
  });

  it('moves along a section editor toolbar with ←/→, Home and End, one Tab stop for the lot', async () => {
    await wb.page.goto(new URL(`/proposals/${world.proposalId}`, wb.server.url).href);
    await settle(wb.page);
    const toolbar = wb.page.getByRole('toolbar').first();
    const buttons = toolbar.getByRole('button');
    const n = await buttons.count();
    expect(await toolbar.locator('button[tabindex="0"]').count()).toBe(1);
    await buttons.first().focus();
    const names: string[] = [];
    for (let i = 0; i < n; i++) {
      names.push((await wb.page.evaluate(`document.activeElement.getAttribute('aria-label')`)) as string);
      await wb.page.keyboard.press('ArrowRight');
    }
    expect(new Set(names).size).toBe(n); // each button once
    expect(names[1]).toBe(`H1 ${t('proposalEditor.toolbar.h1')}`);
    await wb.page.keyboard.press('End');
    expect(await wb.page.evaluate(`document.activeElement.getAttribute('aria-label')`)).toBe(names[n - 1]);
    await wb.page.keyboard.press('Home');
    expect(await wb.page.evaluate(`document.activeElement.getAttribute('aria-label')`)).toBe(names[0]);
    // Tab leaves the toolbar for the text it formats.
    await wb.page.keyboard.press('Tab');
    expect(await wb.page.evaluate(`document.activeElement.getAttribute('role')`)).toBe('textbox');
  });
});
