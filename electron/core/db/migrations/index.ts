import { m001Workspace } from './001_workspace';
import { m002Clients } from './002_clients';
import { m003QuotesProposals } from './003_quotes_proposals';
import type { Migration } from './types';

/** Every schema change, in order. Append only: a released migration is never edited. */
export const MIGRATIONS: readonly Migration[] = [m001Workspace, m002Clients, m003QuotesProposals];
export const LATEST_VERSION = MIGRATIONS.length;
export type { Migration } from './types';
