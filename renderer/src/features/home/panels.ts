import type { UserRole } from '@shared/contract/access';
import { mayCall } from '@shared/contract/may-call';

/**
 * Which of Home's panels depend on the role: HomeScreen shows them, and app/firstData.ts asks for
 * their reads as soon as the session says who acts — not once Home has rendered — so Home's first
 * render has them and nothing above the company panel grows a moment later (issue 18).
 */
export function homePanels(role: UserRole | null): { financeQueue: boolean; forecast: boolean; activity: boolean } {
  const finance = role === 'finance' || role === 'admin';
  return {
    financeQueue: finance && mayCall('receivables.overview', role),
    forecast: finance,
    activity: mayCall('audit.list', role),
  };
}

/** The args of those panels' reads, one object each: the early ask and the panel share the cache key. */
export const APPROVAL_QUEUE_ARGS = { state: 'pending' } as const;
export const ACTIVITY_ARGS = { limit: 12 } as const;
