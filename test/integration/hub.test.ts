import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountAnalytics, ClientWork, HomeOverview, ProposalDetail } from '@shared/contract';
import { openTestCore } from './support/core';
import { openProposalWorld, type ProposalWorld } from './support/proposal-world';

/**
 * Issue 15: the client record as the hub, Home for each role, the audit trail's filters. Today is
 * Monday 2026-11-23 (08:00 UTC): this week runs 2026-11-23 … 2026-11-29, this year from 2026-01-01.
 *
 * The lead's client 星河乳业 has two open proposals (发布会提案: draft waiting for finance; 社媒提案:
 * sent as v1 on Sunday) and two wins: 五月项目 on 2026-05-01 (this year, the healthy quote) and
 * 十月项目 on 2025-10-01 (last year, the thin quote).
 */
const NOW = new Date('2026-11-23T08:00:00.000Z');

/** Percent with one decimal, half away from zero, from integers: an independent reckoning. */
function percent(part: number, whole: number): string {
  const tenths = (BigInt(part) * 2000n + BigInt(whole)) / (2n * BigInt(whole));
  return `${tenths / 10n}.${tenths % 10n}`;
}

describe('issue 15: the client hub, Home and the audit trail', () => {
  let w: ProposalWorld;
  let launch: ProposalDetail;
  let social: ProposalDetail;
  const won: Record<string, { id: number; net: number; cost: number }> = {};

  beforeAll(async () => {
    w = await openProposalWorld(() => NOW);
    const { t, lead } = w;
    launch = await w.as<ProposalDetail>(lead, 'proposals.create', {
      clientId: w.clientId,
      title: '发布会提案',
      quoteId: w.healthy.id,
    });
    social = await w.as<ProposalDetail>(lead, 'proposals.create', {
      clientId: w.clientId,
      title: '社媒提案',
      quoteId: w.thin.id,
    });
    // The draft waits for finance; the other went out as v1 yesterday.
    await t.query(
      `insert into proposal_approvals (proposal_id, content_hash, snapshot, reasons, status, requested_by, requested_at)
       values (?, ?, '{}', '["margin_below_floor"]', 'pending', ?, ?)`,
      launch.id,
      'a'.repeat(64),
      lead.id,
      '2026-11-22T09:00:00.000Z',
    );
    await t.query(`update proposals set status = 'sent' where id = ?`, social.id);
    await t.query(
      `insert into proposal_versions (proposal_id, number, snapshot, content_hash, currency, total, margin_percent, language, sent_at, sent_by)
       values (?, 1, '{}', ?, 'CNY', 100, '10.0', 'zh-CN', ?, ?)`,
      social.id,
      'b'.repeat(64),
      '2026-11-22T10:00:00.000Z',
      lead.id,
    );
    // Two wins, their figures frozen from the linked quote by the database (migrations 010, 017).
    for (const [title, quoteId, day] of [
      ['五月项目', w.healthy.id, '2026-05-01'],
      ['十月项目', w.thin.id, '2025-10-01'],
    ] as const) {
      const at = `${day}T08:00:00.000Z`;
      const [row] = await t.query<{ id: number }>(
        `insert into proposals (client_id, quote_id, title, status, sections, owner_id, created_at, updated_at, decided_at)
         values (?, ?, ?, 'won', '[]', ?, ?, ?, ?) returning id`,
        w.clientId,
        quoteId,
        title,
        lead.id,
        at,
        at,
        at,
      );
      const [fig] = await t.query<{ won_net: number; won_cost: number }>(
        'select won_net, won_cost from proposals where id = ?',
        row!.id,
      );
      won[title] = { id: row!.id, net: Number(fig!.won_net), cost: Number(fig!.won_cost) };
    }
    // Visits: one this week (the lead's), one last Sunday, one next Monday.
    for (const [visitedOn, purpose] of [
      ['2026-11-25', '季度回顾'],
      ['2026-11-22', '上周拜访'],
      ['2026-11-30', '下周拜访'],
    ] as const)
      await w.as(lead, 'visits.save', {
        clientId: w.clientId,
        visitedOn,
        contactId: null,
        purpose,
        plan: '',
        outcome: '',
        nextStep: '',
      });
  });
  afterAll(() => w.t.dispose());

  it('the client record lists its quotes and proposals with status and amounts, a win at its frozen amount', async () => {
    const work = await w.as<ClientWork>(w.lead, 'clients.work', { clientId: w.clientId });
    expect(work.quotes.map((q) => q.title).sort()).toEqual(['发布会报价', '社交媒体报价']);
    const byTitle = new Map(work.proposals.map((p) => [p.title, p]));
    expect(byTitle.get('发布会提案')).toMatchObject({
      status: 'draft',
      versions: 0,
      lastSentAt: null,
      net: w.healthy.computed.net,
    });
    expect(byTitle.get('社媒提案')).toMatchObject({
      status: 'sent',
      versions: 1,
      lastSentAt: '2026-11-22T10:00:00.000Z',
      net: w.thin.computed.net,
    });
    expect(byTitle.get('五月项目')).toMatchObject({ status: 'won', net: won['五月项目']!.net, currency: 'CNY' });
    // Another client's work is not listed; a client that does not exist is refused.
    const missing = await w.raw(w.lead, 'clients.work', { clientId: 99_999 });
    expect(missing.ok).toBe(false);
  });

  it('won revenue and margin this year and all time are the analytics’ figures', async () => {
    const a = await w.as<AccountAnalytics>(w.lead, 'accounts.analytics', {});
    const f = a.clients.find((c) => c.clientId === w.clientId)!;
    const may = won['五月项目']!;
    const october = won['十月项目']!;
    expect(f).toMatchObject({
      projects: 2,
      revenue: may.net + october.net,
      cost: may.cost + october.cost,
      marginPercent: percent(may.net + october.net - may.cost - october.cost, may.net + october.net),
      // Only the May win is in 2026.
      projectsThisYear: 1,
      revenueThisYear: may.net,
      profitThisYear: may.net - may.cost,
      marginPercentThisYear: percent(may.net - may.cost, may.net),
    });
    // Archiving the May win (filing, not an outcome) keeps it in this year's figures.
    await w.as(w.lead, 'proposals.transition', { id: may.id, to: 'archived' });
    const after = await w.as<AccountAnalytics>(w.lead, 'accounts.analytics', {});
    expect(after.clients.find((c) => c.clientId === w.clientId)).toMatchObject({
      revenueThisYear: may.net,
      marginPercentThisYear: percent(may.net - may.cost, may.net),
    });
  });

  it('Home: the lead’s open proposals with their next step, this week’s visits, the team’s recent sends', async () => {
    const home = await w.as<HomeOverview>(w.lead, 'home.overview', {});
    expect(home).toMatchObject({ today: '2026-11-23', weekStart: '2026-11-23', weekEnd: '2026-11-29' });
    expect(home.myOpenProposals.map((p) => [p.title, p.nextStep]).sort()).toEqual([
      ['发布会提案', 'await_approval'],
      ['社媒提案', 'follow_up'],
    ]);
    expect(home.visitsThisWeek.map((v) => v.purpose)).toEqual(['季度回顾']);
    expect(home.recentSends).toEqual([
      expect.objectContaining({ proposalId: social.id, title: '社媒提案', number: 1, sentBy: '陈磊' }),
    ]);
    // A proposal has been sent: the getting-started checklist is gone.
    expect(home.checklist).toBeNull();
    // Finance owns no proposal: nothing of the lead's is listed as theirs.
    expect((await w.as<HomeOverview>(w.finance, 'home.overview', {})).myOpenProposals).toEqual([]);
  });

  it('the audit trail filters by who, what, which object and dates, pages, and names the proposal', async () => {
    type Page = { items: { action: string; entityLabel: string | null; userName: string | null }[]; hasMore: boolean };
    const audit = (args: Record<string, unknown>) => w.as<Page>(w.finance, 'audit.list', args);
    const created = await audit({ action: 'proposals.create' });
    expect(created.items.map((e) => e.entityLabel)).toEqual(['社媒提案', '发布会提案']);
    expect(created.hasMore).toBe(false);
    const byLead = await audit({ userId: w.lead.id });
    expect(byLead.items.length).toBeGreaterThan(0);
    expect(new Set(byLead.items.map((e) => e.userName))).toEqual(new Set(['陈磊']));
    const one = await audit({ entity: 'proposal', entityId: String(launch.id) });
    expect(one.items.map((e) => e.action)).toEqual(['proposals.create']);
    // The world was built "today": nothing before, everything on it.
    expect((await audit({ to: '2026-11-22' })).items).toEqual([]);
    expect((await audit({ from: '2026-11-23', to: '2026-11-23', action: 'proposals.create' })).items).toHaveLength(2);
    const first = await audit({ limit: 1, action: 'proposals.create' });
    expect(first).toMatchObject({ hasMore: true, items: [{ entityLabel: '社媒提案' }] });
    const second = await audit({ limit: 1, offset: 1, action: 'proposals.create' });
    expect(second).toMatchObject({ hasMore: false, items: [{ entityLabel: '发布会提案' }] });
    // A reversed range is refused with a message in both languages; the lead may not read the trail.
    const reversed = await w.raw(w.finance, 'audit.list', { from: '2026-11-23', to: '2026-11-01' }, 'en');
    expect(reversed.ok).toBe(false);
    if (!reversed.ok) expect(JSON.stringify(reversed.error)).toContain('The end date cannot be before the start date');
    expect((await w.raw(w.lead, 'audit.list', {})).ok).toBe(false);
  });
});

describe('issue 15: a new workspace’s getting-started checklist', () => {
  it('lists the steps done until the first proposal is sent', async () => {
    const t = await openTestCore(() => NOW);
    try {
      await t.ok('workspace.setup', { mode: 'empty', adminName: '王经理', companyName: '星火传播', language: 'zh-CN' });
      const checklist = async () => (await t.ok<HomeOverview>('home.overview')).checklist;
      expect(await checklist()).toEqual({
        company: true,
        rateCard: false,
        client: false,
        quote: false,
        proposalSent: false,
      });
      await t.ok('rateCard.save', {
        role: '客户经理',
        currency: 'CNY',
        rate: 200_000,
        costRate: 100_000,
        effectiveFrom: '2026-01-01',
      });
      await t.ok('clients.save', {
        name: '青禾茶饮',
        industry: '餐饮',
        status: 'active',
        priceSensitivity: 'insensitive',
        ownerId: null,
        character: null,
        professionalism: null,
        decisionProcess: '',
        tags: [],
        relatedSales: 0,
        contacts: [],
        dates: [],
      });
      expect(await checklist()).toMatchObject({ rateCard: true, client: true, quote: false });
    } finally {
      await t.dispose();
    }
  });
});
