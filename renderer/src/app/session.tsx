import { createContext, useCallback, useContext, type ReactNode } from 'react';
// Types only from the contract's index (its schemas load with the screens that need them), and
// mayCall from its zod-free module: this file is in the entry, before Home's first paint (issue 18).
import type { CallName, SessionState, User } from '@shared/contract';
import { mayCall } from '@shared/contract/may-call';

/** Who this window acts as, from the host's session (or the solo user); set by the session gate. */
const SessionContext = createContext<(SessionState & { user: User }) | null>(null);

export function SessionProvider({ state, children }: { state: SessionState & { user: User }; children: ReactNode }) {
  return <SessionContext.Provider value={state}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState & { user: User } {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside the signed-in shell');
  return value;
}

/**
 * May the acting user make this call? From the contract's role declarations, so the UI hides or
 * disables exactly what the core would refuse (the core still decides).
 */
export function useCan(): (name: CallName) => boolean {
  const value = useContext(SessionContext);
  const role = value?.user.role ?? null;
  return useCallback((name: CallName) => mayCall(name, role), [role]);
}
