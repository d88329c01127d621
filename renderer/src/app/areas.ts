/**
 * The areas of the workbench, in navigation order. Alt+1…7 follows this order, so the list is
 * the single place that decides paths, labels and shortcuts.
 */
export const AREAS = [
  { id: 'home', path: '/', label: 'nav.home', icon: 'home' },
  { id: 'clients', path: '/clients', label: 'nav.clients', icon: 'clients' },
  { id: 'quotes', path: '/quotes', label: 'nav.quotes', icon: 'quotes' },
  { id: 'proposals', path: '/proposals', label: 'nav.proposals', icon: 'proposals' },
  { id: 'archive', path: '/archive', label: 'nav.archive', icon: 'archive' },
  { id: 'finance', path: '/finance', label: 'nav.finance', icon: 'finance' },
  { id: 'settings', path: '/settings', label: 'nav.settings', icon: 'settings' },
] as const;

export type Area = (typeof AREAS)[number];
export type AreaId = Area['id'];
