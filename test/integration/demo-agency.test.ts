import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysBetween } from '@shared/analytics/care';
import type {
  AuditEntry,
  HomeOverview,
  ProposalDetail,
  ProposalSummary,
  ProposalVersion,
  Receivables,
  StatusChange,
  User,
  VersionSummary,
} from '@shared/contract';
import { localToday } from '@shared/dates/local';
import { weekOf } from '@shared/dates/week';
import { LOSS_REASONS } from '@shared/proposal';
import { openTestCore, type TestCore } from './support/core';

/**
 * Issue 15: the demo is a real agency. Every proposal of the demo, read through the API as the
 * app reads it: what was sent has its frozen versions with sections, its status history and an
 * audit entry per send; what was lost says why, from the one list; nothing won is below cost;
 * several people own the work, finance decided the approvals, and the archive's placeholder
 * suggests words that find something.
 */
const NOW = new Date('2027-06-30T04:00:00.000Z');
/** The day the demo is created, as the user's Home counts it. */
const TODAY = localToday(NOW);
const SENT: readonly string[] = ['sent', 'negotiating', 'won', 'lost'];

/**
 * The archive search's placeholder in each catalogue (`archiveWork.searchPlaceholder`), read from
 * the renderer's source (this project's tests do not compile the renderer): Chinese first.
 */
const [ZH_PLACEHOLDER, EN_PLACEHOLDER] = [
  ...readFileSync(new URL('../../renderer/src/features/archive/i18n.ts', import.meta.url), 'utf8').matchAll(
    /searchPlaceholder: '([^']+)'/g,
  ),
].map((m) => m[1]!);

/**
 * Home's week on the day the demo is created, whatever the weekday: two care dates or more (one
 * today), a visit today and another of the week's visits, the signed-in admin's first.
 */
function expectAPlannedWeek(home: HomeOverview): void {
  expect(home.careThisWeek.length).toBeGreaterThanOrEqual(2);
  expect(home.careThisWeek.every((r) => r.date >= home.weekStart && r.date <= home.weekEnd)).toBe(true);
  expect(home.careThisWeek.some((r) => r.daysAway === 0)).toBe(true);
  expect(home.visitsThisWeek.length).toBeGreaterThanOrEqual(2);
  expect(home.visitsThisWeek.some((v) => v.visitedOn === home.today)).toBe(true);
  expect(home.visitsThisWeek.every((v) => v.visitedOn >= home.weekStart && v.visitedOn <= home.weekEnd)).toBe(true);
}

/** The example words of a placeholder, as each catalogue writes them. */
function placeholderWords(placeholder: string): string[] {
  const quoted = [...placeholder.matchAll(/“([^”]+)”/g)].map((m) => m[1]!);
  if (quoted.length > 0) return quoted;
  const examples = placeholder.split('e.g.')[1] ?? '';
  return examples.split(',').map((w) => w.trim());
}

interface Lived {
  summary: ProposalSummary;
  detail: ProposalDetail;
  versions: VersionSummary[];
  history: StatusChange[];
  latest: ProposalVersion | null;
}

describe('the demo agency (zh-CN)', () => {
  let t: TestCore;
  let admin: User;
  let users: User[];
  const lived: Lived[] = [];
  let sends: AuditEntry[];

  beforeAll(async () => {
    t = await openTestCore(() => NOW);
    await t.ok('workspace.setup', { mode: 'demo', adminName: '王经理', companyName: '星火传播', language: 'zh-CN' });
    users = (await t.ok<{ items: User[] }>('users.list')).items;
    admin = users.find((u) => u.role === 'admin')!;
    t.defaultUserId = admin.id;
    const { items } = await t.ok<{ items: ProposalSummary[] }>('proposals.list');
    for (const summary of items) {
      const id = summary.id;
      const versions = (await t.ok<{ items: VersionSummary[] }>('proposals.versions', { id })).items;
      lived.push({
        summary,
        detail: await t.ok<ProposalDetail>('proposals.get', { id }),
        versions,
        history: (await t.ok<{ items: StatusChange[] }>('proposals.history', { id })).items,
        latest:
          versions.length === 0
            ? null
            : await t.ok<ProposalVersion>('proposals.version', { id, number: versions.at(-1)!.number }),
      });
    }
    sends = (
      await t.ok<{ items: AuditEntry[] }>('audit.list', { action: 'proposals.send', entity: 'proposal', limit: 500 })
    ).items;
  }, 180_000);
  afterAll(() => t.dispose());

  it('has proposals in every status, sent ones among them', () => {
    expect(new Set(lived.map((p) => p.summary.status))).toEqual(
      new Set(['draft', 'pre_communicated', 'sent', 'negotiating', 'won', 'lost', 'archived']),
    );
    expect(lived.filter((p) => SENT.includes(p.summary.status)).length).toBeGreaterThan(80);
  });

  it('every sent, won and lost proposal has frozen versions with sections, numbered v1, v2… as sent', () => {
    for (const p of lived.filter((x) => SENT.includes(x.summary.status))) {
      const where = `${p.summary.title} (${p.summary.status})`;
      expect(p.versions.length, where).toBeGreaterThanOrEqual(1);
      expect(
        p.versions.map((v) => v.number),
        where,
      ).toEqual(p.versions.map((_, i) => i + 1));
      const sections = p.latest!.snapshot.document.proposal?.sections ?? [];
      const withText = sections.filter((s) => (s.blocks?.length ?? 0) > 0 || (s.text ?? '') !== '');
      expect(withText.length, where).toBeGreaterThanOrEqual(5);
      expect(
        p.detail.sections.some((s) => s.blocks.length > 0),
        where,
      ).toBe(true);
    }
    // Some went out again after the client's feedback.
    expect(lived.filter((p) => p.versions.length >= 2).length).toBeGreaterThanOrEqual(10);
  });

  it('every status history runs from the draft to today’s status, dated, each step by someone', () => {
    for (const p of lived) {
      const where = `${p.summary.title} (${p.summary.status})`;
      expect(p.history[0], where).toMatchObject({ from: null, to: 'draft' });
      expect(p.history.at(-1)!.to, where).toBe(p.summary.status);
      for (const [i, h] of p.history.entries()) {
        expect(h.userName, where).not.toBeNull();
        if (i > 0) expect(h.from, where).toBe(p.history[i - 1]!.to);
        if (i > 0) expect(h.at >= p.history[i - 1]!.at, where).toBe(true);
      }
      // Each send is in the history with the version it froze.
      const sentVersions = p.history.filter((h) => h.to === 'sent').map((h) => h.version);
      expect(sentVersions, where).toEqual(p.versions.map((v) => v.number));
    }
  });

  it('every lost proposal names a reason from the one list, with the lead’s note', () => {
    const lost = lived.filter((p) => p.summary.status === 'lost');
    expect(lost.length).toBeGreaterThanOrEqual(5);
    for (const p of lost) {
      expect(LOSS_REASONS).toContain(p.detail.lostReason);
      expect(p.detail.lostNote).toBeTruthy();
      expect(p.history.at(-1)).toMatchObject({ to: 'lost', reasonCode: p.detail.lostReason });
    }
    // Not one reason for everything: the win/loss analysis has something to show.
    expect(new Set(lost.map((p) => p.detail.lostReason)).size).toBeGreaterThanOrEqual(4);
  });

  it('no won proposal is below cost, in the version the client accepted', () => {
    const won = lived.filter((p) => p.summary.status === 'won');
    expect(won.length).toBeGreaterThan(50);
    for (const p of won) {
      const { net, cost } = p.latest!.snapshot.document.computed;
      expect(net, p.summary.title).toBeGreaterThanOrEqual(cost);
    }
  });

  it('the audit trail has an entry for each send, by the proposal’s owner, dated over three years', () => {
    const versionCount = lived.reduce((n, p) => n + p.versions.length, 0);
    expect(sends).toHaveLength(versionCount);
    for (const p of lived) {
      const mine = sends.filter((s) => s.entityId === String(p.summary.id));
      expect(mine, p.summary.title).toHaveLength(p.versions.length);
      for (const s of mine) expect(s.userName).toBe(p.summary.ownerName);
    }
    const days = sends.map((s) => s.at.slice(0, 10)).sort();
    expect(days[0]! < '2025-01-01').toBe(true);
    expect(days.at(-1)! >= '2027-06-01').toBe(true);
  });

  it('several people did the work: leads own proposals, finance decided the approvals', async () => {
    const owners = new Set(lived.map((p) => p.summary.ownerName));
    expect(owners.size).toBeGreaterThanOrEqual(3);
    const finance = users.find((u) => u.role === 'finance')!;
    const leads = users.filter((u) => u.role === 'account_lead');
    expect(leads.length).toBeGreaterThanOrEqual(2);
    for (const lead of leads) expect(owners).toContain(lead.name);
    const decisions = (await t.ok<{ items: AuditEntry[] }>('audit.list', { action: 'approvals.decide', limit: 500 }))
      .items;
    expect(decisions.length).toBeGreaterThan(0);
    expect(new Set(decisions.map((d) => d.userName))).toEqual(new Set([finance.name]));
    const requests = (
      await t.ok<{ items: AuditEntry[] }>('audit.list', { action: 'proposals.requestApproval', limit: 500 })
    ).items;
    expect(requests.every((r) => leads.some((l) => l.name === r.userName) || r.userName === admin.name)).toBe(true);
    // One request still waits for finance.
    const pending = await t.ok<{ items: unknown[] }>('approvals.queue', { state: 'pending' });
    expect(pending.items).toHaveLength(1);
  });

  it('Home’s "my open proposals" lists the admin’s own, not everyone’s', async () => {
    const home = await t.ok<HomeOverview>('home.overview');
    const open = lived.filter((p) => ['draft', 'pre_communicated', 'sent', 'negotiating'].includes(p.summary.status));
    const adminsOpen = open.filter((p) => p.summary.ownerName === admin.name);
    expect(adminsOpen.length).toBeGreaterThan(0);
    expect(home.myOpenProposals.map((p) => p.id).sort()).toEqual(adminsOpen.map((p) => p.summary.id).sort());
    expect(home.myOpenProposals.length).toBeLessThan(open.length);
    // The week's care dates are never empty in the demo: a contact's birthday is today, another this week.
    expect(home.careThisWeek.some((r) => r.kind === 'birthday' && r.daysAway === 0)).toBe(true);
    expectAPlannedWeek(home);
  });

  it('collects what it won: nothing won over 120 days ago is overdue, a few recent wins are, one over 60 days', async () => {
    const r = await t.ok<Receivables>('receivables.overview');
    const wonOn = new Map(
      lived
        .filter((p) => p.summary.status === 'won')
        .map((p) => [p.summary.id, p.history.findLast((h) => h.to === 'won')!.at]),
    );
    expect(r.overdue.length).toBeGreaterThan(0);
    for (const o of r.overdue) {
      const won = wonOn.get(o.proposalId);
      expect(won, o.proposalTitle).toBeDefined();
      expect(daysBetween(localToday(new Date(won!)), TODAY), o.proposalTitle).toBeLessThanOrEqual(120);
    }
    // A few late payers, not a third of the book.
    const late = new Set(r.overdue.map((o) => o.proposalId));
    expect(late.size).toBeLessThanOrEqual(Math.ceil(wonOn.size / 10));
    expect(r.overdue.some((o) => o.daysOverdue > 60)).toBe(true);
    expect(r.totals.collectedThisYear).toBeGreaterThan(0);
    // Money, signatures and visits already done are dated today at the latest.
    const [after] = await t.query<{ receipts: number | string; acceptances: number | string; visits: number | string }>(
      `select (select count(*) from payment_receipts where received_on > ?) as receipts,
              (select count(*) from proposal_acceptances where accepted_on > ?) as acceptances,
              (select count(*) from visits where visited_on > ? and outcome <> '') as visits`,
      TODAY,
      TODAY,
      TODAY,
    );
    expect([after!.receipts, after!.acceptances, after!.visits].map(Number)).toEqual([0, 0, 0]);
  });

  it('each word the archive search placeholder suggests finds something', async () => {
    const words = placeholderWords(ZH_PLACEHOLDER!);
    expect(words.length).toBeGreaterThanOrEqual(2);
    for (const query of words) {
      const r = await t.ok<{ hits: unknown[] }>('archive.search', { query, filters: {}, sort: 'relevance' });
      expect(r.hits.length, query).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('the demo agency (en), created on a Sunday', () => {
  it('plans its week from that day, and each word the English placeholder suggests finds something', async () => {
    // The last day of the user's week: the week's other days are all behind.
    const sunday = new Date(NOW.getTime() + 4 * 86_400_000);
    const t = await openTestCore(() => sunday);
    try {
      await t.ok('workspace.setup', { mode: 'demo', adminName: 'Alex', companyName: 'Demo Agency', language: 'en' });
      const home = await t.ok<HomeOverview>('home.overview');
      expect(weekOf(home.today).end).toBe(home.today);
      expectAPlannedWeek(home);
      const words = placeholderWords(EN_PLACEHOLDER!);
      expect(words.length).toBeGreaterThanOrEqual(2);
      for (const query of words) {
        const r = await t.ok<{ hits: unknown[] }>('archive.search', { query, filters: {}, sort: 'relevance' });
        expect(r.hits.length, query).toBeGreaterThanOrEqual(1);
      }
    } finally {
      await t.dispose();
    }
  }, 120_000);
});
