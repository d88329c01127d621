import type { CallName, DomainEventType } from '@shared/contract';

/**
 * The domain events each write may emit. The dispatcher refuses (as a fault of the code, logged)
 * an event a handler did not declare here, and test/integration/domain-events.test.ts checks that
 * every write of the contract is listed and that what a write changes is what its events say. A
 * write that changes nothing the events describe declares an empty list, on purpose.
 */
export const HANDLER_EVENTS = {
  'workspace.setup': ['workspace.replaced'],
  'workspace.importArchive': ['workspace.replaced'],
  'backups.restore': ['workspace.replaced'],
  'backups.create': [],
  'auth.signIn': [],
  'auth.signOut': [],
  'auth.changePassword': [],
  // The quotes that inherit the workspace's defaults are recomputed: their stored figures change.
  'settings.update': ['quote.saved'],
  'users.create': [],
  'users.update': [],
  'users.setPassword': [],
  'clients.save': ['client.saved', 'client.renamed'],
  'clients.delete': ['client.deleted'],
  'clients.archive': ['client.saved'],
  'keyAccounts.add': ['client.saved'],
  'keyAccounts.retire': ['client.saved'],
  'visits.save': [],
  'visits.delete': [],
  'complaints.save': [],
  'complaints.delete': [],
  'surveys.save': [],
  'surveys.delete': [],
  'exchangeRates.save': [],
  'exchangeRates.delete': [],
  'clientSettings.update': [],
  'quotes.create': ['quote.saved'],
  'quotes.save': ['quote.saved'],
  'quotes.duplicate': ['quote.saved'],
  'quotes.delete': ['quote.deleted'],
  'rateCard.save': [],
  'rateCard.delete': [],
  'market.save': [],
  'market.delete': [],
  'market.importCsv': [],
  'proposals.create': ['proposal.saved'],
  'proposals.save': ['proposal.saved', 'proposal.relinked'],
  'proposals.transition': ['proposal.saved'],
  'proposals.send': ['proposal.saved', 'version.frozen'],
  'proposals.requestApproval': [],
  'approvals.decide': [],
  'proposalTemplates.create': [],
  'proposalTemplates.delete': [],
  'contentBlocks.create': [],
  'contentBlocks.delete': [],
  'proposalSettings.update': [],
  'branding.update': [],
  'branding.setLogo': [],
  'branding.setTemplate': [],
  'archive.saveSearch': [],
  'archive.deleteSavedSearch': [],
  'archive.clone': ['quote.saved', 'proposal.saved'],
  'payments.saveTemplates': [],
  'payments.setPlan': [],
  'payments.markTrigger': [],
  'payments.invoice': [],
  'payments.receive': [],
  'costToServe.add': [],
  'costToServe.delete': [],
  'forecast.saveSettings': [],
  'forecast.setProposal': ['proposal.saved'],
  // Through the workflow's move to won (proposals.transition).
  'acceptance.record': ['proposal.saved'],
} as const satisfies Partial<Record<CallName, readonly DomainEventType[]>>;

export type DeclaringCall = keyof typeof HANDLER_EVENTS;

export function declaredEvents(name: CallName): readonly DomainEventType[] | undefined {
  return (HANDLER_EVENTS as Partial<Record<CallName, readonly DomainEventType[]>>)[name];
}
