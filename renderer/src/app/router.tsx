import { createBrowserRouter, createHashRouter, type RouteObject } from 'react-router';
import { ArchiveScreen } from '../features/archive/ArchiveScreen';
import { ClientsScreen } from '../features/clients/ClientsScreen';
import { FinanceScreen } from '../features/finance/FinanceScreen';
import { HomeScreen } from '../features/home/HomeScreen';
import { ProposalsScreen } from '../features/proposals/ProposalsScreen';
import { QuotesScreen } from '../features/quotes/QuotesScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { NotFound } from './NotFound';
import { RouteError } from './RouteError';
import { WorkspaceGate } from './WorkspaceGate';

const routes: RouteObject[] = [
  {
    path: '/',
    element: <WorkspaceGate />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomeScreen /> },
      { path: 'clients', element: <ClientsScreen /> },
      { path: 'quotes', element: <QuotesScreen /> },
      { path: 'proposals', element: <ProposalsScreen /> },
      { path: 'archive', element: <ArchiveScreen /> },
      { path: 'finance', element: <FinanceScreen /> },
      { path: 'settings', element: <SettingsScreen /> },
      { path: '*', element: <NotFound /> },
    ],
  },
];

/**
 * Browser history: real paths, which browser mode's server answers with index.html, so a reload
 * stays on the screen. A page loaded from a file (an Electron build that uses loadFile) has no
 * server to do that, so it keeps the route in the fragment instead.
 */
export function createAppRouter() {
  return window.location.protocol === 'file:' ? createHashRouter(routes) : createBrowserRouter(routes);
}
