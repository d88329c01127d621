import { m001Workspace } from './001_workspace';
import { m002Clients } from './002_clients';
import { m003QuotesProposals } from './003_quotes_proposals';
import { m004QuoteBuilder } from './004_quote_builder';
import { m005ClientsCare } from './005_clients_care';
import { m006Branding } from './006_branding';
import { m007Proposals } from './007_proposals';
import { m008Search } from './008_search';
import { m009SavedSearches } from './009_saved_searches';
import { m010WonFigures } from './010_won_figures';
import { m011Evidence } from './011_evidence';
import { m012ForeignKeyIndexes } from './012_foreign_key_indexes';
import { m013Collection } from './013_collection';
import { m014Acceptance } from './014_acceptance';
import { m015Passwords } from './015_passwords';
import { m016ProposalDrafts } from './016_proposal_drafts';
import { m017Outcome } from './017_outcome';
import { m018HubIndexes } from './018_hub_indexes';
import { m019Sessions } from './019_sessions';
import { m020AnalyticsVersion } from './020_analytics_version';
import { m021AnalyticsDirty } from './021_analytics_dirty';
import { m022SearchVectors } from './022_search_vectors';
import type { Migration } from './types';

/** Every schema change, in order. Append only: a released migration is never edited. */
export const MIGRATIONS: readonly Migration[] = [
  m001Workspace,
  m002Clients,
  m003QuotesProposals,
  m004QuoteBuilder,
  m005ClientsCare,
  m006Branding,
  m007Proposals,
  m008Search,
  m009SavedSearches,
  m010WonFigures,
  m011Evidence,
  m012ForeignKeyIndexes,
  m013Collection,
  m014Acceptance,
  m015Passwords,
  m016ProposalDrafts,
  m017Outcome,
  m018HubIndexes,
  m019Sessions,
  m020AnalyticsVersion,
  m021AnalyticsDirty,
  m022SearchVectors,
];
export const LATEST_VERSION = MIGRATIONS.length;
export type { Migration } from './types';
