import type { ComponentType } from 'react';
import { createBrowserRouter, createHashRouter, type RouteObject } from 'react-router';
import { HomeScreen } from '../features/home/HomeScreen';
import { NotFound } from './NotFound';
import { RouteError } from './RouteError';
import { WorkspaceGate } from './WorkspaceGate';

/**
 * A screen loaded on first visit: each route's code (and what only it uses — recharts, TipTap) is
 * its own chunk, so the first paint of Home downloads and parses only Home. The router's `lazy`
 * rather than React.lazy: a navigation waits for the chunk and then commits, so the new screen is
 * there when the location changes (focus moves to its title, as with Alt+1…7) and no half-empty
 * page flashes in between.
 */
function screen<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): RouteObject['lazy'] {
  return async () => ({ Component: pick(await load()) });
}

const routes: RouteObject[] = [
  {
    path: '/',
    element: <WorkspaceGate />,
    errorElement: <RouteError />,
    children: [
      // Home is in the main chunk: it is the first paint.
      { index: true, element: <HomeScreen /> },
      {
        path: 'clients/*',
        lazy: screen(
          () => import('../features/clients/ClientsScreen'),
          (m) => m.ClientsScreen,
        ),
      },
      {
        path: 'quotes',
        lazy: screen(
          () => import('../features/quotes/QuotesScreen'),
          (m) => m.QuotesScreen,
        ),
      },
      {
        path: 'quotes/library',
        lazy: screen(
          () => import('../features/quotes/library/LibraryScreen'),
          (m) => m.LibraryScreen,
        ),
      },
      {
        path: 'quotes/:id',
        lazy: screen(
          () => import('../features/quotes/editor/QuoteEditorScreen'),
          (m) => m.QuoteEditorScreen,
        ),
      },
      {
        path: 'proposals',
        lazy: screen(
          () => import('../features/proposals/ProposalsScreen'),
          (m) => m.ProposalsScreen,
        ),
      },
      {
        path: 'proposals/:id',
        lazy: screen(
          () => import('../features/proposals/ProposalEditorScreen'),
          (m) => m.ProposalEditorScreen,
        ),
      },
      {
        path: 'proposals/:id/versions/:number',
        lazy: screen(
          () => import('../features/versions/VersionScreen'),
          (m) => m.ProposalVersionScreen,
        ),
      },
      {
        path: 'archive',
        lazy: screen(
          () => import('../features/archive/ArchiveScreen'),
          (m) => m.ArchiveScreen,
        ),
      },
      {
        path: 'archive/pipeline',
        lazy: screen(
          () => import('../features/archive/PipelineScreen'),
          (m) => m.PipelineScreen,
        ),
      },
      {
        path: 'archive/proposals/:id',
        lazy: screen(
          () => import('../features/archive/TimelineScreen'),
          (m) => m.TimelineScreen,
        ),
      },
      {
        path: 'archive/proposals/:id/versions/:number',
        lazy: screen(
          () => import('../features/versions/VersionScreen'),
          (m) => m.ArchiveVersionScreen,
        ),
      },
      {
        path: 'archive/proposals/:id/compare',
        lazy: screen(
          () => import('../features/archive/CompareScreen'),
          (m) => m.CompareScreen,
        ),
      },
      {
        path: 'audit',
        lazy: screen(
          () => import('../features/audit/AuditScreen'),
          (m) => m.AuditScreen,
        ),
      },
      {
        path: 'finance',
        lazy: screen(
          () => import('../features/finance/FinanceScreen'),
          (m) => m.FinanceScreen,
        ),
      },
      {
        path: 'finance/receivables',
        lazy: screen(
          () => import('../features/collection/ReceivablesScreen'),
          (m) => m.ReceivablesScreen,
        ),
      },
      {
        path: 'settings',
        lazy: screen(
          () => import('../features/settings/SettingsScreen'),
          (m) => m.SettingsScreen,
        ),
      },
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
