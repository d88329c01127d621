import type { CallName } from '../contract';
import type { ChangeEvent, ChangeKind } from './changes';

/**
 * Which reads each kind of change can make stale: the one map from the change feed to the query
 * cache (a query's key starts with its call name, api/queries.ts). Generous on purpose — a
 * refetch of something unchanged costs one call, a missed one leaves a stale screen.
 * `workspace` is not listed: it refetches everything.
 */
export const READS_BY_KIND: Record<Exclude<ChangeKind, 'workspace'>, readonly CallName[]> = {
  quote: [
    'quotes.list',
    'quotes.get',
    'proposals.list',
    'proposals.get',
    'approvals.queue',
    'archive.search',
    'archive.filterOptions',
    'archive.timeline',
    'archive.pipeline',
    'accounts.analytics',
    'forecast.pipeline',
    'clients.get',
    'audit.list',
  ],
  proposal: [
    'proposals.list',
    'proposals.get',
    'proposals.history',
    'proposals.versions',
    'proposals.version',
    'quotes.list',
    'approvals.queue',
    'archive.search',
    'archive.filterOptions',
    'archive.timeline',
    'archive.pipeline',
    'accounts.analytics',
    'keyAccounts.list',
    'forecast.pipeline',
    'payments.plan',
    'receivables.overview',
    'receivables.client',
    'acceptance.get',
    'clients.get',
    'audit.list',
  ],
  approval: [
    'approvals.queue',
    'proposals.get',
    'proposals.list',
    'proposals.history',
    'archive.timeline',
    'audit.list',
  ],
  client: [
    'clients.list',
    'clients.get',
    'quotes.list',
    'quotes.get',
    'proposals.list',
    'proposals.get',
    'accounts.analytics',
    'keyAccounts.list',
    'care.upcoming',
    'receivables.overview',
    'receivables.client',
    'archive.search',
    'archive.filterOptions',
    'archive.pipeline',
    'audit.list',
  ],
  care: [
    'visits.list',
    'complaints.list',
    'surveys.list',
    'costToServe.list',
    'care.upcoming',
    'clients.get',
    'accounts.analytics',
    'keyAccounts.list',
    'audit.list',
  ],
  payment: [
    'payments.templates',
    'payments.plan',
    'receivables.overview',
    'receivables.client',
    'clients.get',
    'accounts.analytics',
    'audit.list',
  ],
  library: [
    'rateCard.list',
    'market.list',
    'proposalTemplates.list',
    'contentBlocks.list',
    'archive.savedSearches',
    'audit.list',
  ],
  settings: [
    'settings.get',
    'branding.get',
    'proposalSettings.get',
    'clientSettings.get',
    'forecast.settings',
    'forecast.pipeline',
    'exchangeRates.list',
    'export.capabilities',
    'accounts.analytics',
    'receivables.overview',
    'audit.list',
  ],
  // A role or an activation changed: who this window is may have changed too (auth.session).
  user: ['users.list', 'auth.session', 'approvals.queue', 'audit.list'],
  backup: ['backups.list', 'audit.list'],
};

/** The call names an event makes stale; null: everything. */
export function staleReads(event: ChangeEvent): Set<string> | null {
  const names = new Set<string>();
  for (const change of event.changes) {
    if (change.kind === 'workspace') return null;
    for (const name of READS_BY_KIND[change.kind]) names.add(name);
  }
  return names;
}
