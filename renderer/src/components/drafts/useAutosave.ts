import { useCallback, useEffect, useRef, useState } from 'react';

/** How long typing may pause before the draft is written: a crash loses at most this much. */
export const AUTOSAVE_DELAY_MS = 700;

/**
 * Autosave of an editor's working state into the core (not only this browser's storage: a crash
 * of the window, or a reload, must not lose it). Writes only when the state differs from what was
 * saved or loaded (`clean`, compared by identity: editors keep the loaded object until an edit),
 * a pause after the last change. The quote and the proposal editor both use it.
 */
export function useAutosave<S>(opts: {
  state: S;
  clean: S;
  /** Off for a read-only editor. */
  enabled?: boolean;
  write(state: S): Promise<{ savedAt: string }>;
}): { savedAt: string | null; failed: boolean; settled(): Promise<void> } {
  const { state, clean, enabled = true } = opts;
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const latest = useRef({ state, write: opts.write });
  // The write in flight, if any: a save waits for it, so a draft can never land after the save
  // that made it obsolete (the save discards this session's draft).
  const inflight = useRef<Promise<void>>(Promise.resolve());
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => {
    latest.current = { state, write: opts.write };
  });

  useEffect(() => {
    if (!enabled || state === clean) return;
    timer.current = window.setTimeout(() => {
      const { state: s, write } = latest.current;
      inflight.current = write(s).then(
        (result) => {
          setSavedAt(result.savedAt);
          setFailed(false);
        },
        () => setFailed(true),
      );
    }, AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(timer.current);
  }, [state, clean, enabled]);

  // Before a save: no draft write may start during it (a pending one is dropped — the save stores
  // the same state), and one already in flight is waited for.
  const settled = useCallback(() => {
    window.clearTimeout(timer.current);
    return inflight.current;
  }, []);
  return { savedAt, failed, settled };
}
