import type { QueryClient } from '@tanstack/react-query';
import type { CallArgs, CallName } from '@shared/contract';
import { call, callKey, needsToken } from '../api';

/**
 * Starts the first screen's reads before React mounts, so they travel while the code is parsed
 * and the shell renders, instead of one after the other as each component mounts (the gate asks
 * for the workspace's status, and only then Home for its own data). The keys are the ones the
 * hooks use, so the components find the answers in the cache.
 */
export function prefetchFirstData(client: QueryClient, path: string): void {
  if (needsToken()) return;
  const prefetch = <N extends CallName>(name: N, args: CallArgs<N>) =>
    void client.prefetchQuery({ queryKey: callKey(name, args), queryFn: () => call(name, args) });
  prefetch('workspace.status', {});
  prefetch('settings.get', {});
  // Home's own read, for every role (the audit list is finance's and admins' only: asked once the role is known).
  if (path === '/') prefetch('home.overview', {});
}
