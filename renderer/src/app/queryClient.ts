import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api';

/** A refusal the core meant to give will not change on a second try; only a failed transport might. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.code !== 'internal') return false;
  return failureCount < 1;
}

export function createQueryClient(): QueryClient {
  // A session that ended (expired, signed out elsewhere, user deactivated) refuses every call with
  // sign_in_required: ask again who acts, and the session gate shows the sign-in screen.
  const onError = (error: unknown) => {
    if (error instanceof ApiError && error.code === 'sign_in_required')
      void client.invalidateQueries({ queryKey: ['auth.session'] });
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        // Data changes when this window writes (and then we refetch) or when the change feed says
        // someone else wrote (app/live/LiveRefresh): no polling.
        staleTime: 30_000,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
  return client;
}
