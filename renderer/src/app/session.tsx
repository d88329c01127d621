import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { mayCall, type CallName, type SessionState, type User } from '@shared/contract';

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
