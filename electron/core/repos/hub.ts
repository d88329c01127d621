import type { ExpressionBuilder, Kysely } from 'kysely';
import type { ClientWork, HomeOverview } from '@shared/contract';
import type { CurrencyCode } from '@shared/money';
import { OPEN_STATUSES } from '@shared/proposal/next-step';
import type { ProposalStatus } from '@shared/proposal/status';
import type { Database } from '../db/schema';
import type { ApprovalStatus } from './approvals';

/**
 * Sent versions of the outer query's proposal: how many, and when the last went out. Correlated
 * subqueries, so each is one lookup in the (proposal_id, number) index rather than a grouping of
 * every version.
 */
function versionFigures(eb: ExpressionBuilder<Database, 'proposals'>) {
  const ofThis = eb.selectFrom('proposal_versions').whereRef('proposal_versions.proposal_id', '=', 'proposals.id');
  return [
    ofThis.select((e) => e.fn.countAll<number>().as('n')).as('versions'),
    ofThis.select((e) => e.fn.max('proposal_versions.sent_at').as('m')).as('lastSentAt'),
  ];
}

/** One client's quotes and proposals, newest change first (the client record as the hub). */
export async function clientWork(db: Kysely<Database>, clientId: number): Promise<ClientWork> {
  const [quotes, proposals] = await Promise.all([
    db
      .selectFrom('quotes')
      .leftJoin('users', 'users.id', 'quotes.owner_id')
      .select([
        'quotes.id',
        'quotes.title',
        'quotes.currency',
        'quotes.net',
        'quotes.total',
        'quotes.margin_percent as marginPercent',
        'users.name as ownerName',
        'quotes.updated_at as updatedAt',
      ])
      .where('quotes.client_id', '=', clientId)
      .orderBy('quotes.updated_at', 'desc')
      .orderBy('quotes.id', 'desc')
      .execute(),
    db
      .selectFrom('proposals')
      .leftJoin('quotes', 'quotes.id', 'proposals.quote_id')
      .leftJoin('users', 'users.id', 'proposals.owner_id')
      .select([
        'proposals.id',
        'proposals.title',
        'proposals.status',
        'proposals.quote_id as quoteId',
        'proposals.outcome',
        'proposals.won_net as wonNet',
        'proposals.won_currency as wonCurrency',
        'quotes.net as quoteNet',
        'quotes.total as quoteTotal',
        'quotes.currency as quoteCurrency',
        'users.name as ownerName',
        'proposals.updated_at as updatedAt',
      ])
      .select(versionFigures)
      .where('proposals.client_id', '=', clientId)
      .orderBy('proposals.updated_at', 'desc')
      .orderBy('proposals.id', 'desc')
      .execute(),
  ]);
  return {
    quotes: quotes.map((q) => ({ ...q, currency: q.currency as CurrencyCode, ownerName: q.ownerName ?? null })),
    proposals: proposals.map((p) => {
      // A won project counts with the amount frozen when it was won, as the analytics count it.
      const won = p.outcome === 'won' && p.wonNet !== null && p.wonCurrency !== null;
      return {
        id: p.id,
        title: p.title,
        status: p.status as ProposalStatus,
        quoteId: p.quoteId,
        currency: ((won ? p.wonCurrency : p.quoteCurrency) ?? null) as CurrencyCode | null,
        net: (won ? p.wonNet : p.quoteNet) ?? null,
        total: won ? null : (p.quoteTotal ?? null),
        versions: Number(p.versions ?? 0),
        lastSentAt: p.lastSentAt ?? null,
        ownerName: p.ownerName ?? null,
        updatedAt: p.updatedAt,
      };
    }),
  };
}

/** The user's proposals still in play, with their latest approval request's state. */
export async function openProposalsOf(db: Kysely<Database>, ownerId: number) {
  const rows = await db
    .selectFrom('proposals')
    .innerJoin('clients', 'clients.id', 'proposals.client_id')
    .select([
      'proposals.id',
      'proposals.title',
      'proposals.client_id as clientId',
      'clients.name as clientName',
      'proposals.status',
      'proposals.expected_decision_month as expectedDecisionMonth',
      'proposals.updated_at as updatedAt',
    ])
    .select((eb) =>
      eb
        .selectFrom('proposal_versions')
        .whereRef('proposal_versions.proposal_id', '=', 'proposals.id')
        .select((e) => e.fn.max('proposal_versions.sent_at').as('m'))
        .as('lastSentAt'),
    )
    .where('proposals.owner_id', '=', ownerId)
    .where('proposals.status', 'in', [...OPEN_STATUSES])
    .orderBy('proposals.updated_at', 'desc')
    .orderBy('proposals.id', 'desc')
    .limit(50)
    .execute();
  const ids = rows.map((r) => r.id);
  const approvals =
    ids.length === 0
      ? []
      : await db
          .selectFrom('proposal_approvals')
          .select(['proposal_id', 'status'])
          .where('proposal_id', 'in', ids)
          .orderBy('id', 'desc')
          .execute();
  const latest = new Map<number, ApprovalStatus>();
  for (const a of approvals) if (!latest.has(a.proposal_id)) latest.set(a.proposal_id, a.status as ApprovalStatus);
  return rows.map((r) => ({
    ...r,
    status: r.status as ProposalStatus,
    approval: latest.get(r.id) ?? null,
    lastSentAt: r.lastSentAt ?? null,
    expectedDecisionMonth: r.expectedDecisionMonth ?? null,
  }));
}

/** Visits dated in [from, to], the given user's first, then by day. */
export async function visitsBetween(
  db: Kysely<Database>,
  from: string,
  to: string,
  userId: number | null,
): Promise<HomeOverview['visitsThisWeek']> {
  const rows = await db
    .selectFrom('visits')
    .innerJoin('clients', 'clients.id', 'visits.client_id')
    .leftJoin('contacts', 'contacts.id', 'visits.contact_id')
    .leftJoin('users', 'users.id', 'visits.owner_id')
    .select([
      'visits.id',
      'visits.client_id as clientId',
      'clients.name as clientName',
      'visits.visited_on as visitedOn',
      'visits.purpose',
      'contacts.name as contactName',
      'visits.owner_id as ownerId',
      'users.name as ownerName',
    ])
    .where('visits.visited_on', '>=', from)
    .where('visits.visited_on', '<=', to)
    .orderBy('visits.visited_on')
    .orderBy('visits.id')
    .limit(50)
    .execute();
  const mine = (r: (typeof rows)[number]) => (userId !== null && r.ownerId === userId ? 0 : 1);
  return [...rows]
    .sort((a, b) => mine(a) - mine(b))
    .map(({ ownerId: _owner, ...r }) => ({ ...r, contactName: r.contactName ?? null, ownerName: r.ownerName ?? null }));
}

/** The team's latest sent versions. */
export async function recentSends(db: Kysely<Database>, limit: number): Promise<HomeOverview['recentSends']> {
  const rows = await db
    .selectFrom('proposal_versions')
    .innerJoin('proposals', 'proposals.id', 'proposal_versions.proposal_id')
    .innerJoin('clients', 'clients.id', 'proposals.client_id')
    .leftJoin('users', 'users.id', 'proposal_versions.sent_by')
    .select([
      'proposals.id as proposalId',
      'proposals.title',
      'clients.id as clientId',
      'clients.name as clientName',
      'proposal_versions.number',
      'proposal_versions.sent_at as sentAt',
      'users.name as sentBy',
    ])
    .orderBy('proposal_versions.sent_at', 'desc')
    .orderBy('proposal_versions.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, sentBy: r.sentBy ?? null }));
}

/** Whether each table holds at least one row: the getting-started checklist. */
export async function hasRows(db: Kysely<Database>) {
  const any = async (table: 'rate_card_roles' | 'clients' | 'quotes' | 'proposal_versions') =>
    (await db.selectFrom(table).select('id').limit(1).executeTakeFirst()) !== undefined;
  const [rateCard, client, quote, proposalSent] = await Promise.all([
    any('rate_card_roles'),
    any('clients'),
    any('quotes'),
    any('proposal_versions'),
  ]);
  return { rateCard, client, quote, proposalSent };
}
