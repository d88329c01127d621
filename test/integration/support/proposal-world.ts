import type { ProposalDetail, QuoteRecord, User } from '@shared/contract';
import { editableSections, type EditableSection } from '@shared/proposal';
import { insertClient } from '../../../electron/core/repos/clients';
import { healthyQuote, thinQuote } from '../../../electron/core/seed/proposal-demo';
import { openTestCore, type TestCore } from './core';

export interface ProposalWorld {
  t: TestCore;
  admin: User;
  lead: User;
  finance: User;
  clientId: number;
  /** A quote above the floor with a 5% discount (conditioned). */
  healthy: QuoteRecord;
  /** A quote under the margin floor with a 12% discount. */
  thin: QuoteRecord;
  /** Call as a user and unwrap. */
  as<T>(user: User, name: string, args: unknown): Promise<T>;
  /** Call as a user and return the raw response. */
  raw(user: User, name: string, args: unknown, lang?: 'zh-CN' | 'en'): ReturnType<TestCore['core']['call']>;
}

export const PRE_COMM = {
  date: '2026-11-20',
  channel: 'meeting',
  withWhom: '市场总监张伟',
  costAgreed: '总价在预算内',
  disputedPoints: '场地待定',
} as const;
export const SELF_CHECK = {
  practicality: 4,
  dataSupport: 4,
  strategy: 4,
  creativity: 4,
  feasibility: 4,
  costEconomy: 4,
};

/** Everyone's password in the world (tests of sign-in use their own). */
export const WORLD_PASSWORD = 'world password 1';

/** An empty workspace with an admin, an account lead, finance, one client and two quotes. */
export async function openProposalWorld(
  now: () => Date = () => new Date('2026-11-23T08:00:00.000Z'),
): Promise<ProposalWorld> {
  const t = await openTestCore(now);
  await t.ok('workspace.setup', {
    mode: 'empty',
    adminName: '王经理',
    companyName: '星火传播',
    language: 'zh-CN',
    adminPassword: WORLD_PASSWORD,
  });
  const admin = (await t.ok<{ items: User[] }>('users.list')).items[0]!;
  // Three users: everyone signs in, so every call of the world names who acts (the admin unless said).
  t.defaultUserId = admin.id;
  const lead = await t.ok<User>('users.create', { name: '陈磊', role: 'account_lead', password: WORLD_PASSWORD });
  const finance = await t.ok<User>('users.create', { name: '周敏', role: 'finance', password: WORLD_PASSWORD });
  const at = now().toISOString();
  const clientId = await insertClient(t.core.store.db, {
    name: '星河乳业',
    industry: '快消',
    status: 'active',
    price_sensitivity: 'sensitive',
    owner_id: lead.id,
    created_at: at,
    updated_at: at,
  });
  const today = at.slice(0, 10);
  const healthy = await t.ok<QuoteRecord>(
    'quotes.create',
    { clientId, title: '发布会报价', document: healthyQuote('zh-CN', '发布会报价', '星河乳业', today) },
    lead.id,
  );
  const thin = await t.ok<QuoteRecord>(
    'quotes.create',
    { clientId, title: '社交媒体报价', document: thinQuote('zh-CN', '社交媒体报价', '星河乳业') },
    lead.id,
  );
  return {
    t,
    admin,
    lead,
    finance,
    clientId,
    healthy,
    thin,
    as: (user, name, args) => t.ok(name, args, user.id),
    raw: (user, name, args, lang) => t.core.call(name, args, { userId: user.id, lang }),
  };
}

/** The sections with one paragraph written into a section. */
export function withText(sections: EditableSection[], key: EditableSection['key'], text: string): EditableSection[] {
  return sections.map((s) => (s.key === key ? { ...s, blocks: [{ type: 'paragraph', runs: [{ text }] }] } : s));
}

/** proposals.save args from a detail, with changes. */
export function saveArgs(p: ProposalDetail, changes: Partial<Record<string, unknown>> = {}) {
  return {
    id: p.id,
    revision: p.revision,
    title: p.title,
    quoteId: p.quote?.id ?? null,
    sections: p.sections,
    preCommunication: p.preCommunication,
    selfCheck: p.selfCheck,
    ...changes,
  };
}

export { editableSections };
