import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api';

/** A refusal the core meant to give will not change on a second try; only a failed transport might. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.code !== 'internal') return false;
  return failureCount < 1;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        // One person, one local core: data changes when this window writes (and then we refetch).
        staleTime: 30_000,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
