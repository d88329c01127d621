import { createBrowserRouter, createHashRouter, type RouteObject } from 'react-router';
import { ArchiveScreen } from '../features/archive/ArchiveScreen';
import { CompareScreen } from '../features/archive/CompareScreen';
import { PipelineScreen } from '../features/archive/PipelineScreen';
import { TimelineScreen } from '../features/archive/TimelineScreen';
import { ClientsScreen } from '../features/clients/ClientsScreen';
import { FinanceScreen } from '../features/finance/FinanceScreen';
import { HomeScreen } from '../features/home/HomeScreen';
import { ProposalsScreen } from '../features/proposals/ProposalsScreen';
import { ProposalEditorScreen } from '../features/proposals/ProposalEditorScreen';
import { QuoteEditorScreen } from '../features/quotes/editor/QuoteEditorScreen';
import { LibraryScreen } from '../features/quotes/library/LibraryScreen';
import { QuotesScreen } from '../features/quotes/QuotesScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { VersionScreen } from '../features/versions/VersionScreen';
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
      { path: 'clients/*', element: <ClientsScreen /> },
      { path: 'quotes', element: <QuotesScreen /> },
      { path: 'quotes/library', element: <LibraryScreen /> },
      { path: 'quotes/:id', element: <QuoteEditorScreen /> },
      { path: 'proposals', element: <ProposalsScreen /> },
      { path: 'proposals/:id', element: <ProposalEditorScreen /> },
      { path: 'proposals/:id/versions/:number', element: <VersionScreen from="proposal" /> },
      { path: 'archive', element: <ArchiveScreen /> },
      { path: 'archive/pipeline', element: <PipelineScreen /> },
      { path: 'archive/proposals/:id', element: <TimelineScreen /> },
      { path: 'archive/proposals/:id/versions/:number', element: <VersionScreen from="archive" /> },
      { path: 'archive/proposals/:id/compare', element: <CompareScreen /> },
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
