import { useEffect } from 'react';
import type { User } from '@shared/contract';
import { usePreferences } from './preferences';

/**
 * Keep the chosen user valid: a stored id from another workspace, or a user since deactivated,
 * falls back to the first active admin (else the first active user).
 */
export function useCurrentUser(users: User[]): User | undefined {
  const { userId, setUserId } = usePreferences();
  const active = users.filter((u) => u.active);
  const chosen = active.find((u) => u.id === userId);
  const fallback = active.find((u) => u.role === 'admin') ?? active[0];
  useEffect(() => {
    if (!chosen && fallback && fallback.id !== userId) setUserId(fallback.id);
  }, [chosen, fallback, userId, setUserId]);
  return chosen ?? fallback;
}
