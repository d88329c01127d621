import {
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationOptions,
  type UseQueryOptions,
} from '@tanstack/react-query';
import type { CallArgs, CallName, CallResult } from '@shared/contract';
import { call } from './client';
import type { ApiError } from './errors';

/** A query's key is the call itself: its name, then its args. */
export function callKey<N extends CallName>(name: N, args: CallArgs<N>): readonly [N, CallArgs<N>] {
  return [name, args] as const;
}

type QueryOptions<N extends CallName> = Omit<UseQueryOptions<CallResult<N>, ApiError>, 'queryKey' | 'queryFn'>;

/** Read from the core through the query cache. */
export function useCallQuery<N extends CallName>(name: N, args: CallArgs<N>, options: QueryOptions<N> = {}) {
  return useQuery<CallResult<N>, ApiError>({
    queryKey: callKey(name, args),
    queryFn: () => call(name, args),
    ...options,
  });
}

type MutationOptions<N extends CallName> = Omit<
  UseMutationOptions<CallResult<N>, ApiError, CallArgs<N>>,
  'mutationFn'
> & {
  /**
   * The write changes who acts (sign-in, sign-out, a password change, setting up or importing a
   * workspace): every cached read is dropped and asked again as whoever acts now, so nothing one
   * user saw is shown to the next.
   */
  sessionChange?: boolean;
};

/**
 * Write to the core. On success every cached read is marked stale: each write is audited (the
 * home screen's activity list), may change counts and names shown elsewhere, and the set of
 * cached reads is small, so refetching what is on screen is cheaper than tracking dependencies.
 * A session change resets instead, and only that: refetching first would render the next screen
 * (the sign-in form) which the reset then blanks for a moment, with a click on it lost.
 */
export function useCallMutation<N extends CallName>(name: N, options: MutationOptions<N> = {}) {
  const queryClient = useQueryClient();
  const { sessionChange, ...rest } = options;
  return useMutation<CallResult<N>, ApiError, CallArgs<N>>({
    ...rest,
    mutationFn: (args) => call(name, args),
    onSuccess: async (...params) => {
      await (sessionChange ? queryClient.resetQueries() : queryClient.invalidateQueries());
      await rest.onSuccess?.(...params);
    },
  });
}
