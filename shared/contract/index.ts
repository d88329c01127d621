import type * as z from 'zod';
import { auditContract } from './areas/audit';
import { backupsContract } from './areas/backups';
import { clientsContract } from './areas/clients';
import { proposalsContract } from './areas/proposals';
import { quotesContract } from './areas/quotes';
import { settingsContract } from './areas/settings';
import { usersContract } from './areas/users';
import { workspaceContract } from './areas/workspace';

/**
 * The API: every call the renderer can make, by name, with the zod schemas of its args and result.
 * The core validates with these, the renderer's client is typed from them, and the forms use them.
 */
export const contract = {
  ...workspaceContract,
  ...settingsContract,
  ...usersContract,
  ...clientsContract,
  ...quotesContract,
  ...proposalsContract,
  ...auditContract,
  ...backupsContract,
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

export * from './envelope';
export type { Endpoint } from './define';
export * from './areas/audit';
export * from './areas/backups';
export * from './areas/clients';
export * from './areas/proposals';
export * from './areas/quotes';
export * from './areas/settings';
export * from './areas/users';
export * from './areas/workspace';
