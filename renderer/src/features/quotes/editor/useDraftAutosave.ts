import type { EditorQuote } from '@shared/contract';
import { callSliced } from '../../../api';
import { useAutosave } from '../../../components/drafts/useAutosave';

/** The quote editor's working state, autosaved as this session's draft of the quote. */
export function useDraftAutosave(opts: {
  quoteId: number;
  sessionId: string;
  baseRevision: number;
  state: EditorQuote;
  clean: EditorQuote;
}): { savedAt: string | null; failed: boolean; settled(): Promise<void> } {
  const { quoteId, sessionId, baseRevision, state, clean } = opts;
  return useAutosave({
    state,
    clean,
    // Sliced: a 10,000-line quote's JSON is megabytes; unchanged lines reuse their JSON.
    write: (s) => callSliced('quotes.draftSave', { quoteId, sessionId, baseRevision, state: s }),
  });
}
