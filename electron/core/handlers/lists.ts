import { auditActors, listAudit } from '../repos/audit';
import { listClientSummaries } from '../repos/clients';
import { listProposalSummaries } from '../repos/proposals';
import { listQuoteSummaries } from '../repos/quotes';
import { defineHandlers } from './types';

/** Read-only lists of the areas whose editors come with their own issues. */
export const listHandlers = defineHandlers({
  'clients.list': async (_a, { db }) => ({ items: await listClientSummaries(db) }),
  'quotes.list': async (_a, { db }) => ({ items: await listQuoteSummaries(db) }),
  'proposals.list': async (_a, { db }) => ({ items: await listProposalSummaries(db) }),
  'audit.list': async (filter, { db }) => ({ ...(await listAudit(db, filter)), actors: await auditActors(db) }),
});
