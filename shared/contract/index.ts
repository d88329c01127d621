import type * as z from 'zod';
import { archiveContract } from './areas/archive';
import { authContract } from './areas/auth';
import { auditContract } from './areas/audit';
import { backupsContract } from './areas/backups';
import { brandingContract } from './areas/branding';
import { exportContract } from './areas/export';
import { clientsContract } from './areas/clients';
import { collectionContract } from './areas/collection';
import { accountsContract } from './areas/accounts';
import { careContract } from './areas/care';
import { exchangeRatesContract } from './areas/exchange-rates';
import { hubContract } from './areas/hub';
import { clientSettingsContract } from './areas/client-settings';
import { proposalsContract } from './areas/proposals';
import { approvalsContract } from './areas/approvals';
import { proposalLibraryContract } from './areas/proposal-library';
import { marketContract } from './areas/market';
import { quotesContract } from './areas/quotes';
import { rateCardContract } from './areas/rate-card';
import { settingsContract } from './areas/settings';
import { usersContract } from './areas/users';
import { workspaceContract } from './areas/workspace';
import { workspaceArchiveContract } from './areas/workspace-archive';

/**
 * The API: every call the renderer can make, by name, with the zod schemas of its args and result.
 * The core validates with these, the renderer's client is typed from them, and the forms use them.
 */
export const contract = {
  ...workspaceContract,
  ...authContract,
  ...workspaceArchiveContract,
  ...settingsContract,
  ...usersContract,
  ...clientsContract,
  ...careContract,
  ...exchangeRatesContract,
  ...clientSettingsContract,
  ...accountsContract,
  ...quotesContract,
  ...rateCardContract,
  ...marketContract,
  ...proposalsContract,
  ...approvalsContract,
  ...proposalLibraryContract,
  ...auditContract,
  ...backupsContract,
  ...brandingContract,
  ...exportContract,
  ...archiveContract,
  ...collectionContract,
  ...hubContract,
};

export type Contract = typeof contract;
export type CallName = keyof Contract;
/** What a caller passes (before defaults are applied). */
export type CallArgs<N extends CallName> = z.input<Contract[N]['args']>;
/** What the handler receives (after validation). */
export type ParsedArgs<N extends CallName> = z.output<Contract[N]['args']>;
export type CallResult<N extends CallName> = z.output<Contract[N]['result']>;

export function isCallName(name: string): name is CallName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export { mayCall } from './may-call';
export * from './envelope';
export * from './roles';
export * from './events';
export type { Endpoint } from './define';
export * from './areas/archive';
export * from './areas/auth';
export * from './areas/audit';
export * from './areas/backups';
export * from './areas/branding';
export * from './areas/export';
export * from './areas/clients';
export * from './areas/collection';
export * from './areas/accounts';
export * from './areas/care';
export * from './areas/exchange-rates';
export * from './areas/hub';
export * from './areas/client-settings';
export * from './areas/proposals';
export * from './areas/approvals';
export * from './areas/proposal-library';
export * from './areas/market';
export * from './areas/quotes';
export * from './areas/rate-card';
export * from './areas/settings';
export * from './areas/users';
export * from './areas/workspace';
export * from './areas/workspace-archive';
export * from './shell';
