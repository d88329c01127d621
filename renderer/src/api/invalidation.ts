import type { QueryClient } from '@tanstack/react-query';
import type { ChangeEvent } from '@shared/live/changes';
import { staleReads } from '@shared/live/stale-reads';

/** Mark what the event touched stale: what is on screen refetches now, the rest when next shown. */
export async function invalidateForChange(queryClient: QueryClient, event: ChangeEvent): Promise<void> {
  const names = staleReads(event);
  if (names === null) return queryClient.invalidateQueries();
  await queryClient.invalidateQueries({ predicate: (q) => names.has(String(q.queryKey[0])) });
}
