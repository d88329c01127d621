import { useEffect, useRef, useState } from 'react';
import type { EditorQuote } from '@shared/contract';
import { call } from '../../../api';

const SESSION_KEY = 'workbench.editorSession';

/** This tab's editor session: survives a reload of the tab, differs between tabs and windows. */
export function editorSessionId(): string {
  try {
    const existing = window.sessionStorage.getItem(SESSION_KEY);
    if (existing) return existing;
    const id = `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
    window.sessionStorage.setItem(SESSION_KEY, id);
    return id;
  } catch {
    return `t${Date.now().toString(36)}`;
  }
}

/** How long typing may pause before the draft is written: a crash loses at most this much. */
export const AUTOSAVE_DELAY_MS = 700;

/**
 * Autosave of the working state into the core (not only this browser's storage: a crash of the
 * window, or a reload, must not lose it). Only when the state differs from what was saved or
 * loaded; a write in flight is followed by one more if typing went on meanwhile.
 */
export function useDraftAutosave(opts: {
  quoteId: number;
  sessionId: string;
  baseRevision: number;
  state: EditorQuote;
  clean: EditorQuote;
}): { savedAt: string | null; failed: boolean } {
  const { quoteId, sessionId, baseRevision, state, clean } = opts;
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const latest = useRef({ state, baseRevision });
  useEffect(() => {
    latest.current = { state, baseRevision };
  });

  useEffect(() => {
    if (state === clean) return;
    const timer = window.setTimeout(() => {
      const { state: s, baseRevision: r } = latest.current;
      call('quotes.draftSave', { quoteId, sessionId, baseRevision: r, state: s }).then(
        (result) => {
          setSavedAt(result.savedAt);
          setFailed(false);
        },
        () => setFailed(true),
      );
    }, AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [state, clean, quoteId, sessionId]);

  return { savedAt, failed };
}
