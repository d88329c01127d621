import { backupHandlers } from './backups';
import { listHandlers } from './lists';
import { quoteHandlers } from './quotes';
import { settingsHandlers } from './settings';
import type { HandlerMap } from './types';
import { usersHandlers } from './users';
import { workspaceHandlers } from './workspace';

/** Every call of the contract, answered. The type makes a missing or misspelt handler a compile error. */
export const handlers: HandlerMap = {
  ...workspaceHandlers,
  ...settingsHandlers,
  ...usersHandlers,
  ...listHandlers,
  ...quoteHandlers,
  ...backupHandlers,
};
