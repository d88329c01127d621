import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProposalDetail, ProposalDraft } from '@shared/contract';
import { ApiError, call, useCallMutation, useCallQuery } from '../../api';
import { editorSessionId } from '../../components/drafts/editorSession';
import { useAutosave } from '../../components/drafts/useAutosave';
import { copyOf, sameCopy, type WorkingCopy } from './workingCopy';

const CLOSED = ['won', 'lost', 'archived'];

/** What stood in the way of a save: someone saved since, and what they saved. */
export interface Conflict {
  error: ApiError;
  stored: ProposalDetail;
}

/**
 * The proposal as loaded and the working copy being edited, with what the quote editor has:
 * autosaved drafts offered back on reopen, a save that names the revision it started from (a
 * save by someone else meanwhile is a conflict, shown, never overwritten silently), and the
 * state a leave guard needs. The copy is taken once per opening: refetches after a save or a
 * status change do not reset what is being typed.
 */
export function useProposalDraft(id: number) {
  const query = useCallQuery('proposals.get', { id });
  // Read once per opening, never from another screen's cache: the offer is about this opening.
  const [opened] = useState(() => Date.now());
  const storedDraft = useQuery({
    queryKey: ['proposals.draftGet', { proposalId: id }, opened],
    queryFn: () => call('proposals.draftGet', { proposalId: id }),
    staleTime: Infinity,
    gcTime: 0,
  });
  const [sessionId] = useState(editorSessionId);
  const [copy, setCopy] = useState<WorkingCopy | null>(null);
  const [base, setBase] = useState<{ revision: number; clean: WorkingCopy } | null>(null);
  const [draftOffer, setDraftOffer] = useState<ProposalDraft | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  // Bumped when the copy is replaced from outside the editors (a restored draft, the stored
  // content after a conflict): the rich-text editors remount with the new text.
  const [generation, setGeneration] = useState(0);
  const loadedFor = useRef<number | null>(null);

  useEffect(() => {
    if (!query.data || !storedDraft.data || loadedFor.current === id) return;
    loadedFor.current = id;
    const loaded = copyOf(query.data);
    setCopy(loaded);
    setBase({ revision: query.data.revision, clean: loaded });
    const draft = storedDraft.data.draft;
    const closed = CLOSED.includes(query.data.status);
    setDraftOffer(draft && !closed && !sameCopy(draft.state, loaded) ? draft : null);
  }, [query.data, storedDraft.data, id]);

  const save = useCallMutation('proposals.save');
  const dirty = copy !== null && base !== null && copy !== base.clean;
  const readOnly = !query.data || CLOSED.includes(query.data.status);

  const autosave = useAutosave({
    state: copy,
    clean: base?.clean ?? null,
    enabled: !readOnly && copy !== null && base !== null,
    write: (state) =>
      call('proposals.draftSave', { proposalId: id, sessionId, baseRevision: base!.revision, state: state! }),
  });

  const edit = useCallback((change: (c: WorkingCopy) => WorkingCopy) => {
    setCopy((c) => (c ? change(c) : c));
  }, []);

  const latest = useRef({ copy, base, dirty });
  useEffect(() => {
    latest.current = { copy, base, dirty };
  });

  const { settled } = autosave;
  const write = useCallback(
    async (revision: number, overwrite = false): Promise<ProposalDetail> => {
      await settled();
      const snapshot = latest.current.copy!;
      try {
        const saved = await save.mutateAsync({
          id,
          revision,
          ...snapshot,
          sessionId,
          ...(overwrite ? { overwrite: true } : {}),
        });
        // What was sent is now clean; typing during the save stays dirty.
        setBase({ revision: saved.revision, clean: snapshot });
        setConflict(null);
        setDraftOffer(null);
        return saved;
      } catch (error) {
        if (error instanceof ApiError && error.code === 'conflict' && query.data && !CLOSED.includes(query.data.status))
          setConflict({ error, stored: await call('proposals.get', { id }) });
        throw error;
      }
    },
    [id, save, sessionId, query.data, settled],
  );

  /** Save if anything changed; the proposal as stored afterwards (with its new revision). */
  const ensureSaved = useCallback(async (): Promise<ProposalDetail> => {
    const { dirty: d, base: b } = latest.current;
    if (!d || !b) return query.data!;
    return write(b.revision);
  }, [query.data, write]);

  /**
   * The conflict view's "keep mine": save over the revision the view showed (theirs), as a new
   * revision whose audit entry says it overwrote theirs. A third save since is a new conflict.
   */
  const overwrite = useCallback(async () => {
    const stored = conflict?.stored ?? (await call('proposals.get', { id }));
    return write(stored.revision, true);
  }, [conflict, id, write]);

  /** The conflict view's "take theirs": the stored content replaces the copy (the draft keeps mine). */
  const loadStored = useCallback(() => {
    if (!conflict) return;
    const theirs = copyOf(conflict.stored);
    setCopy(theirs);
    setBase({ revision: conflict.stored.revision, clean: theirs });
    setConflict(null);
    setGeneration((g) => g + 1);
  }, [conflict]);

  const restoreDraft = useCallback(() => {
    if (!draftOffer || !base) return;
    setCopy(draftOffer.state);
    // Based on an older revision: saving it must meet the conflict check, not silently win.
    setBase({ revision: Math.min(base.revision, draftOffer.baseRevision), clean: base.clean });
    setDraftOffer(null);
    setGeneration((g) => g + 1);
  }, [draftOffer, base]);

  const discardDraft = useCallback(() => {
    void call('proposals.draftDiscard', { proposalId: id });
    setDraftOffer(null);
  }, [id]);

  return {
    query,
    loading: query.isPending || storedDraft.isPending,
    loadError: query.error ?? storedDraft.error,
    copy,
    dirty,
    edit,
    ensureSaved,
    saving: save.isPending,
    saveError: save.error,
    autosave,
    draftOffer,
    restoreDraft,
    discardDraft,
    conflict,
    overwrite,
    loadStored,
    generation,
  };
}
