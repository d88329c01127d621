import { acceptanceHandlers } from './acceptance';
import { accountHandlers } from './accounts';
import { costToServeHandlers } from './cost-to-serve';
import { forecastHandlers } from './forecast';
import { paymentHandlers } from './payments';
import { archiveHandlers } from './archive';
import { authHandlers } from './auth';
import { backupHandlers } from './backups';
import { brandingHandlers } from './branding';
import { careHandlers } from './care';
import { clientSettingsHandlers } from './client-settings';
import { clientHandlers } from './clients';
import { exchangeRateHandlers } from './exchange-rates';
import { exportHandlers } from './export';
import { hubHandlers } from './hub';
import { listHandlers } from './lists';
import { marketHandlers } from './market';
import { proposalHandlers } from './proposals';
import { approvalHandlers } from './approvals';
import { proposalLibraryHandlers } from './proposal-library';
import { quoteHandlers } from './quotes';
import { rateCardHandlers } from './rate-card';
import { settingsHandlers } from './settings';
import type { HandlerMap } from './types';
import { usersHandlers } from './users';
import { workspaceHandlers } from './workspace';
import { workspaceArchiveHandlers } from './workspace-archive';

/** Every call of the contract, answered. The type makes a missing or misspelt handler a compile error. */
export const handlers: HandlerMap = {
  ...workspaceHandlers,
  ...authHandlers,
  ...workspaceArchiveHandlers,
  ...settingsHandlers,
  ...usersHandlers,
  ...listHandlers,
  ...clientHandlers,
  ...careHandlers,
  ...exchangeRateHandlers,
  ...clientSettingsHandlers,
  ...accountHandlers,
  ...quoteHandlers,
  ...rateCardHandlers,
  ...marketHandlers,
  ...proposalHandlers,
  ...approvalHandlers,
  ...proposalLibraryHandlers,
  ...backupHandlers,
  ...brandingHandlers,
  ...exportHandlers,
  ...archiveHandlers,
  ...paymentHandlers,
  ...costToServeHandlers,
  ...forecastHandlers,
  ...acceptanceHandlers,
  ...hubHandlers,
};
